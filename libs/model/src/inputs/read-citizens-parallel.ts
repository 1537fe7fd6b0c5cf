// citizens.csv read by one worker thread per byte range (issue 17: the national run on every core).
// The file is split at line starts; each worker reads its range with the same table as one reader
// (citizen-rows.ts) straight into its own region of shared columns, numbering lines from its
// range's start (the first range knows its true first line, the others count from 1), while
// the whole file is hashed (file-hash.ts). Then this thread closes the gaps between the regions,
// shifts line numbers and joins the rejected rows in file order: the one reader's result, row for
// row. Each region holds the rows its range is expected to have (from the average line of a sample
// at its start, with a margin), so the regions lie close together and joining them moves little.
// Two things no register extract does make a split unusable — a quoted field with a line break
// across a split, or a range with far more rows than its sample promised — and then nothing is
// returned and the caller reads the file with one reader.
import { open, type FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { allocateCitizenColumns, citizenColumnsView, joinCitizenRegions, type CitizenColumns } from './citizen-columns.js';
import { CITIZEN_COLUMNS, maxCitizenRows, type CitizenRowsContext } from './citizen-rows.js';
import { hashFile, type FileHash } from './file-hash.js';
import type { CsvProgress } from './csv-reader.js';
import { resolveHeader, type CsvTablePart } from './csv-table.js';
import { InputError } from './input-error.js';
import { RejectionLog } from './rejection-log.js';
import type { Worker } from 'node:worker_threads';
import { startWorker } from './source-worker.js';

const FILE = 'citizens.csv';
const NEWLINE = 0x0a;
const QUOTE = 0x22;
const WINDOW = 64 * 1024;
const READ = 1 << 20;
const MAX_MUNICIPALITY_CODE = 9999;
/** Below this per thread a file is read by one thread: a worker's start costs more than it would save. */
const MIN_BYTES_PER_THREAD = 16 << 20;

/** Worker threads for a file of `bytes`: one per core, when each gets at least MIN_BYTES_PER_THREAD. */
export function defaultCitizenThreads(bytes: number): number {
  return Math.min(availableParallelism(), Math.floor(bytes / MIN_BYTES_PER_THREAD));
}

/** A worker's job (its one message). */
export interface CitizensWorkerData {
  path: string;
  range: { start: number; end: number; firstLine: number };
  header: string;
  /** The worker's region of the shared columns (count 0). */
  columns: CitizenColumns;
  /** Municipality code → column index, -1 when the geography in force has no such code. */
  municipalityIndex: Int32Array;
  providerNumbers: readonly string[];
  fastPath?: boolean;
}

/** `outgrown` when the range had more rows than its region holds (its rows are then elsewhere). */
export type CitizensWorkerMessage = { type: 'progress'; bytesRead: number } | { type: 'done'; part: CsvTablePart; count: number; outgrown: boolean };

export interface ParallelRead {
  citizens: CitizenColumns;
  log: RejectionLog;
  rowsRead: number;
  accepted: number;
  /** Undefined when the file changed while it was hashed. */
  hash: FileHash | undefined;
}

export async function readCitizensInParallel(
  path: string,
  size: number,
  threads: number,
  ctx: CitizenRowsContext,
  onProgress?: (progress: CsvProgress) => void,
  /** The file's hash when computed elsewhere (when it gives none, it is computed here, beside the workers). */
  hashed?: Promise<FileHash | undefined>,
  /** Workers started already (startCitizensWorkers); more are started as needed, spare ones ended. */
  started: Worker[] = [],
): Promise<ParallelRead | undefined> {
  const layout = await splitFile(path, size, threads);
  const workers = layout ? layout.ranges.map((_, k) => started[k] ?? startCitizensWorkers(1)[0]) : [];
  for (const spare of started.slice(workers.length)) void spare.terminate();
  if (!layout) return undefined;
  const { header, ranges, capacities } = layout;
  const shared = allocateCitizenColumns(capacities.reduce((a, b) => a + b, 0), true);
  const offsets = capacities.map((_, k) => capacities.slice(0, k).reduce((a, b) => a + b, 0));
  const municipalityIndex = new Int32Array(MAX_MUNICIPALITY_CODE + 1);
  for (let code = 0; code <= MAX_MUNICIPALITY_CODE; code++) municipalityIndex[code] = ctx.municipalities.index(code);

  const bytesRead = ranges.map(() => 0);
  const report = () => onProgress?.({ file: FILE, bytesRead: ranges[0].start + bytesRead.reduce((a, b) => a + b, 0), totalBytes: size });
  const [hash, ...results] = await Promise.all([
    hashed?.then((hash) => hash ?? hashFile(path)) ?? hashFile(path),
    ...ranges.map((range, k) =>
      readPart(
        workers[k],
        { path, range, header, columns: citizenColumnsView(shared, offsets[k], capacities[k]), municipalityIndex, providerNumbers: ctx.providerNumbers, fastPath: ctx.fastPath },
        (bytes) => {
          bytesRead[k] = bytes;
          report();
        },
      ),
    ),
  ]);
  if (results.some((r) => r.outgrown) || results.slice(0, -1).some((r) => r.part.endedInQuote)) return undefined;

  const log = new RejectionLog(FILE);
  const regions: Array<{ offset: number; count: number; lineOffset: number }> = [];
  let linesBefore = 1; // the header line
  let rowsRead = 0;
  let accepted = 0;
  results.forEach(({ part, count }, k) => {
    const lineOffset = linesBefore - (ranges[k].firstLine - 1);
    regions.push({ offset: offsets[k], count, lineOffset });
    log.append(part.rejections, lineOffset);
    linesBefore += part.lines;
    rowsRead += part.rowsRead;
    accepted += part.accepted;
  });
  return { citizens: joinCitizenRegions(shared, regions), log, rowsRead, accepted, hash };
}

/**
 * The header, `threads` ranges of whole lines after it and the rows each is expected to hold;
 * undefined when the file is better read by one reader: a header that is empty, quoted, not one
 * line in the first 64 KB, or lacks a column (the one reader then reports it).
 */
async function splitFile(
  path: string,
  size: number,
  threads: number,
): Promise<{ header: string; ranges: Array<{ start: number; end: number; firstLine: number }>; capacities: number[] } | undefined> {
  const handle = await open(path, 'r');
  try {
    const first = Buffer.alloc(Math.min(WINDOW, size));
    await handle.read(first, 0, first.length, 0);
    const nl = first.indexOf(NEWLINE);
    if (nl <= 0 || first.subarray(0, nl).includes(QUOTE)) return undefined;
    let header = first.toString('utf8', 0, first[nl - 1] === 0x0d ? nl - 1 : nl);
    if (header.charCodeAt(0) === 0xfeff) header = header.slice(1);
    if (header === '') return undefined;
    try {
      resolveHeader(FILE, header, CITIZEN_COLUMNS);
    } catch (error) {
      if (error instanceof InputError) return undefined;
      throw error;
    }
    const starts = [nl + 1];
    for (let k = 1; k < threads; k++) {
      const at = await lineStartAtOrAfter(handle, starts[0] + Math.floor(((size - starts[0]) * k) / threads), size);
      if (at > starts.at(-1)! && at < size) starts.push(at);
    }
    // The first range starts on line 2, after the one-line header; the others on lines not yet known.
    const ranges = starts.map((start, k) => ({ start, end: starts[k + 1] ?? size, firstLine: k === 0 ? 2 : 1 }));
    return { header, ranges, capacities: await Promise.all(ranges.map((range) => expectedRows(handle, range))) };
  } finally {
    await handle.close();
  }
}

/** The first line start at or after `position` (the end of the file when there is none). */
async function lineStartAtOrAfter(handle: FileHandle, position: number, size: number): Promise<number> {
  const window = Buffer.alloc(WINDOW);
  for (let from = position - 1; from < size; from += WINDOW) {
    const { bytesRead } = await handle.read(window, 0, WINDOW, from);
    const nl = window.subarray(0, bytesRead).indexOf(NEWLINE);
    if (nl !== -1) return from + nl + 1;
  }
  return size;
}

/** Rows a range may hold: its bytes over the average line of its first 64 KB, 10 % more, never above maxCitizenRows. */
async function expectedRows(handle: FileHandle, range: { start: number; end: number }): Promise<number> {
  const sample = Buffer.alloc(Math.min(WINDOW, range.end - range.start));
  const { bytesRead } = await handle.read(sample, 0, sample.length, range.start);
  let lines = 0;
  for (let nl = sample.indexOf(NEWLINE); nl !== -1 && nl < bytesRead; nl = sample.indexOf(NEWLINE, nl + 1)) lines++;
  const bytes = range.end - range.start;
  const most = maxCitizenRows(bytes);
  return lines === 0 ? most : Math.min(most, Math.ceil(((bytes * lines) / bytesRead) * 1.1) + 64);
}

/** Worker threads for citizens.csv's ranges, started before their jobs are known; idle, they do not keep the process alive. */
export function startCitizensWorkers(count: number): Worker[] {
  return Array.from({ length: count }, () => {
    const worker = startWorker(new URL('./citizens-worker.ts', import.meta.url), undefined);
    worker.unref();
    // A worker that fails before it has a job keeps its error for readPart.
    worker.once('error', (error) => failedBeforeJob.set(worker, error));
    return worker;
  });
}

const failedBeforeJob = new WeakMap<Worker, unknown>();

function readPart(worker: Worker, data: CitizensWorkerData, onBytes: (bytesRead: number) => void): Promise<Extract<CitizensWorkerMessage, { type: 'done' }>> {
  return new Promise((resolve, reject) => {
    const stopped = (code: number) => reject(new Error(`Læsetråden for ${FILE} stoppede uventet (kode ${code}).`));
    if (failedBeforeJob.has(worker)) return reject(failedBeforeJob.get(worker));
    if (worker.threadId === -1) return stopped(-1);
    worker.ref();
    worker.on('message', (message: CitizensWorkerMessage) => (message.type === 'progress' ? onBytes(message.bytesRead) : resolve(message)));
    worker.on('error', reject);
    // After 'done' this changes nothing; before it, the worker died without an error of its own.
    worker.on('exit', stopped);
    worker.postMessage(data);
  });
}
