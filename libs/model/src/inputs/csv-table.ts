// Reads one input CSV into rows with named columns and Danish, located reasons for every rejected
// row. The caller validates the row's meaning (codes, references) with the same `CsvRow` and keeps
// only rows that were not rejected; rowsRead = accepted + rejected always holds.
import type { Problem } from '@fordeling/engine';
import type { InputFileReport } from '../result.js';
import { readCsvFile, type CsvProgress } from './csv-reader.js';
import { CsvRow, type CsvColumn } from './csv-row.js';
import { InputError } from './input-error.js';
import { RejectionLog } from './rejection-log.js';

export interface CsvTableOptions<K extends string> {
  file: string;
  columns: Record<K, CsvColumn>;
  onRow(row: CsvRow<K>): void;
  /**
   * Optional fast path over a quote-free record's bytes, given the header's field order: returns
   * true when it accepted the row; false hands the record to the validating `onRow` path, which
   * then reports any problem (so every reason is written in one place).
   */
  fastRow?(header: string[]): ((buf: Buffer, start: number, end: number, line: number) => boolean) | undefined;
  onProgress?(progress: CsvProgress): void;
  /**
   * Runs after the last row and may reject rows accepted earlier (a check across rows, e.g. a
   * duplicate id): each `reject` moves one row from accepted to rejected.
   */
  afterRead?(reject: (problem: Omit<Problem, 'file'>) => void): void;
}

export async function readCsvTable<K extends string>(path: string, options: CsvTableOptions<K>): Promise<InputFileReport> {
  const { file, columns } = options;
  const log = new RejectionLog(file);
  let row: CsvRow<K> | undefined;
  let fast: ((buf: Buffer, start: number, end: number, line: number) => boolean) | undefined;
  let accepted = 0;
  let rowsRead = 0;

  const validate = (record: string, line: number) => {
    row!.start(record, line);
    if (row!.checkFieldCount()) options.onRow(row!);
    if (!row!.rejected) accepted++;
  };
  const summary = await readCsvFile(path, {
    file,
    onProgress: options.onProgress,
    onHeader(header) {
      const resolved = resolveHeader(file, header, columns);
      row = new CsvRow(file, resolved, log);
      fast = options.fastRow?.(resolved.names);
    },
    onText(record, line) {
      rowsRead++;
      validate(record, line);
    },
    onBytes:
      options.fastRow &&
      ((buf, start, end, line) => {
        rowsRead++;
        if (fast?.(buf, start, end, line)) accepted++;
        else validate(buf.toString('utf8', start, end), line);
      }),
  });
  if (!summary.hadHeader) {
    throw new InputError([{ file, line: 1, column: 0, pointer: '', message: 'filen er tom; den skal have en overskriftslinje' }]);
  }
  options.afterRead?.((problem) => {
    log.add({ file, ...problem });
    accepted--;
  });
  return { file, sha256: summary.sha256, rowsRead, accepted, rejected: rowsRead - accepted, problems: log.problems() };
}

/** Header names → field positions; a missing column makes the file unusable (an InputError). */
function resolveHeader<K extends string>(file: string, header: string, columns: Record<K, CsvColumn>) {
  const names = header.split(',').map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
  const index = {} as Record<K, number>;
  const missing: string[] = [];
  for (const key of Object.keys(columns) as K[]) {
    index[key] = names.indexOf(columns[key].name);
    if (index[key] === -1) missing.push(`»${columns[key].name}« (${columns[key].label})`);
  }
  if (missing.length) {
    throw new InputError([
      {
        file,
        line: 1,
        column: 0,
        pointer: '',
        message: `overskriftslinjen mangler ${missing.length === 1 ? 'kolonnen' : 'kolonnerne'} ${missing.join(', ')}; forventet: ${Object.values<CsvColumn>(columns).map((c) => c.name).join(',')}`,
      },
    ]);
  }
  return { index, width: names.length, names };
}
