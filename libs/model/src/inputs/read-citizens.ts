// citizens.csv into typed-array columns (the table: citizen-rows.ts). On a large file with the
// geography in force, byte ranges are read by worker threads (read-citizens-parallel.ts) and give
// the same columns and report as one reader.
import { availableParallelism } from 'node:os';
import type { InputFileReport } from '../result.js';
import { CitizenColumnsBuilder, type CitizenColumns } from './citizen-columns.js';
import { citizenRows, maxCitizenRows } from './citizen-rows.js';
import type { CsvProgress } from './csv-reader.js';
import { readCsvTable, type CsvTableOptions } from './csv-table.js';
import { findDuplicateIds } from './duplicate-ids.js';
import type { MunicipalityLookup } from './municipality-lookup.js';
import { readCitizensInParallel } from './read-citizens-parallel.js';

/** Below this a file is read by one thread: a worker's start costs more than it would save. */
const MIN_BYTES_PER_THREAD = 16 << 20;

export interface ReadCitizensOptions {
  onProgress?(progress: CsvProgress): void;
  /** The byte-level fast path (on by default). */
  fastPath?: boolean;
  /**
   * Worker threads over byte ranges; by default one per core for a large file. Only with the
   * geography in force (`municipalities.checked`): unchecked codes get their indexes in order of
   * first appearance, which only one reader going through the file in order can give.
   */
  threads?: number;
}

export async function readCitizens(
  path: string,
  fileBytes: number,
  municipalities: MunicipalityLookup,
  providerNumbers: readonly string[],
  options: ReadCitizensOptions = {},
): Promise<{ citizens: CitizenColumns; report: InputFileReport }> {
  const threads = options.threads ?? Math.min(availableParallelism(), Math.floor(fileBytes / MIN_BYTES_PER_THREAD));
  const ctx = { municipalities, providerNumbers, fastPath: options.fastPath };
  if (threads > 1 && municipalities.checked) {
    const parallel = await readCitizensInParallel(path, fileBytes, threads, ctx, options.onProgress);
    if (parallel) {
      const { log, rowsRead, sha256 } = parallel;
      let accepted = parallel.accepted;
      const citizens = withoutRepeatedIds(parallel.citizens, (problem) => {
        log.add({ file: 'citizens.csv', ...problem });
        accepted--;
      });
      return { citizens, report: { file: 'citizens.csv', sha256, rowsRead, accepted, rejected: rowsRead - accepted, problems: log.problems() } };
    }
  }
  const builder = new CitizenColumnsBuilder(maxCitizenRows(fileBytes));
  let citizens: CitizenColumns | undefined;
  const report = await readCsvTable(path, {
    ...citizenRows(builder, ctx),
    onProgress: options.onProgress,
    afterRead: (reject) => (citizens = withoutRepeatedIds(builder.finish(), reject)),
  });
  return { citizens: citizens!, report };
}

/** Ids are unique: a repeated id would count one citizen twice, so the later rows are rejected. */
function withoutRepeatedIds(citizens: CitizenColumns, reject: Parameters<NonNullable<CsvTableOptions<string>['afterRead']>>[0]): CitizenColumns {
  const duplicates = findDuplicateIds(citizens.id, citizens.count);
  if (duplicates.length === 0) return citizens;
  const keep = new Uint8Array(citizens.count).fill(1);
  for (const { index, first } of duplicates) {
    keep[index] = 0;
    reject({ line: citizens.line[index], column: 1, pointer: '/id', message: `id ${citizens.id[index]} står allerede på linje ${citizens.line[first]}` });
  }
  return CitizenColumnsBuilder.filter(citizens, keep);
}
