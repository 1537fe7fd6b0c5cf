// One worker thread's byte range of citizens.csv (read-citizens-parallel.ts): the same table as one
// reader (citizen-rows.ts), straight into this worker's region of the shared columns. The worker may
// start before its range is known (citizens-read-ahead.ts): its one job comes as a message.
import { parentPort } from 'node:worker_threads';
import { CitizenColumnsBuilder } from './citizen-columns.js';
import { citizenRows } from './citizen-rows.js';
import { readCsvTablePart } from './csv-table.js';
import type { CitizensWorkerData, CitizensWorkerMessage } from './read-citizens-parallel.js';

const PROGRESS_EVERY = 8 << 20;

const port = parentPort!;
const post = (message: CitizensWorkerMessage) => port.postMessage(message);

port.once('message', async (data: CitizensWorkerData) => {
  const builder = new CitizenColumnsBuilder(data.columns);
  const municipalities = { index: (code: number) => data.municipalityIndex[code] };
  let reported = 0;
  const part = await readCsvTablePart(data.path, data.range, data.header, {
    ...citizenRows(builder, { municipalities, providerNumbers: data.providerNumbers, fastPath: data.fastPath }),
    blocking: true,
    onProgress({ bytesRead, totalBytes }) {
      if (bytesRead - reported < PROGRESS_EVERY && bytesRead < totalBytes) return;
      reported = bytesRead;
      post({ type: 'progress', bytesRead });
    },
  });
  // A builder that grew holds its rows in memory of its own, not in the shared region.
  post({ type: 'done', part, count: builder.columns.count, outgrown: builder.columns !== data.columns });
});
