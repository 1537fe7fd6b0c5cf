// citizens.csv into typed-array columns (the table: citizen-rows.ts). On a large file with the
// geography in force, byte ranges are read by worker threads (read-citizens-parallel.ts) and give
// the same columns and report as one reader.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { InputFileReport } from '../result.js';
import { CitizenColumnsBuilder, type CitizenColumns } from './citizen-columns.js';
import { citizenRows, maxCitizenRows } from './citizen-rows.js';
import type { CsvProgress } from './csv-reader.js';
import { readCsvTable, type CsvTableOptions } from './csv-table.js';
import { findDuplicateIds } from './duplicate-ids.js';
import type { CitizensReadAhead } from './citizens-read-ahead.js';
import { sameFile } from './file-hash.js';
import { InputError } from './input-error.js';
import type { MunicipalityLookup } from './municipality-lookup.js';
import { defaultCitizenThreads, readCitizensInParallel } from './read-citizens-parallel.js';

const FILE = 'citizens.csv';

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
  /** Reading started before (the hash, the workers); its hash is used when it is of this very file. */
  ahead?: CitizensReadAhead;
}

export async function readCitizens(
  path: string,
  fileBytes: number,
  municipalities: MunicipalityLookup,
  providerNumbers: readonly string[],
  options: ReadCitizensOptions = {},
): Promise<{ citizens: CitizenColumns; report: InputFileReport }> {
  const before = await stat(path);
  const ahead = options.ahead && resolve(options.ahead.path) === resolve(path) ? options.ahead : undefined;
  const known = ahead?.hash.then((hash) => (hash && sameFile(hash, before) ? hash : undefined));
  const started = ahead?.take() ?? [];
  const threads = options.threads ?? defaultCitizenThreads(fileBytes);
  const ctx = { municipalities, providerNumbers, fastPath: options.fastPath };
  let read: { citizens: CitizenColumns; report: InputFileReport } | undefined;
  if (threads > 1 && municipalities.checked) {
    const parallel = await readCitizensInParallel(path, fileBytes, threads, ctx, options.onProgress, known, started);
    if (parallel) {
      const { log, rowsRead, hash } = parallel;
      let accepted = parallel.accepted;
      const citizens = withoutRepeatedIds(parallel.citizens, (problem) => {
        log.add({ file: FILE, ...problem });
        accepted--;
      });
      if (hash) read = { citizens, report: { file: FILE, sha256: hash.sha256, rowsRead, accepted, rejected: rowsRead - accepted, problems: log.problems() } };
    }
  } else for (const unused of started) void unused.terminate();
  if (!read) {
    const builder = new CitizenColumnsBuilder(maxCitizenRows(fileBytes));
    let citizens: CitizenColumns | undefined;
    const report = await readCsvTable(path, {
      ...citizenRows(builder, ctx),
      onProgress: options.onProgress,
      // citizens.csv is the whole of a command's reading: nothing else waits for this thread.
      blocking: true,
      sha256: (await known)?.sha256,
      afterRead: (reject) => (citizens = withoutRepeatedIds(builder.finish(), reject)),
    });
    read = { citizens: citizens!, report };
  }
  // What was hashed and what was parsed must be the same file.
  if (!sameFile(before, await stat(path))) {
    throw new InputError([{ file: FILE, line: 0, column: 0, pointer: '', message: 'filen blev ændret, mens den blev læst; kør igen, når den ikke længere skrives' }]);
  }
  return read;
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
