// Reads one input CSV into rows with named columns and Danish, located reasons for every rejected
// row. The caller validates the row's meaning (codes, references) with the same `CsvRow` and keeps
// only rows that were not rejected; rowsRead = accepted + rejected always holds.
import type { Problem } from '@fordeling/engine';
import type { InputFileReport } from '../result.js';
import { readCsvFile, type CsvProgress, type CsvReadOptions, type CsvReadSummary, type RecordScanner } from './csv-reader.js';
import { CsvRow, type CsvColumn } from './csv-row.js';
import { InputError } from './input-error.js';
import { RejectionLog } from './rejection-log.js';

/** A scanner that also counts the records it accepted (each one a row read and accepted). */
export interface RowScanner extends RecordScanner {
  readonly accepted: number;
}

export interface CsvTableOptions<K extends string> {
  file: string;
  columns: Record<K, CsvColumn>;
  onRow(row: CsvRow<K>): void;
  /**
   * Optional fast path over quote-free records' bytes, given the header's field order. It accepts
   * only rows that are fine; any other record goes to the validating `onRow` path, which then
   * reports the problem (so every reason is written in one place).
   */
  scanner?(header: string[]): RowScanner | undefined;
  onProgress?(progress: CsvProgress): void;
  /** The file's SHA-256 when known already (computed elsewhere): the read then does not hash. */
  sha256?: string;
  /** See CsvReadOptions.blocking. */
  blocking?: boolean;
  /**
   * Runs after the last row and may reject rows accepted earlier (a check across rows, e.g. a
   * duplicate id): each `reject` moves one row from accepted to rejected.
   */
  afterRead?(reject: (problem: Omit<Problem, 'file'>) => void): void;
}

/** What one byte range of a table gave (a worker's part of citizens.csv), its lines numbered from the range's `firstLine`. */
export interface CsvTablePart {
  rowsRead: number;
  accepted: number;
  rejections: ReturnType<RejectionLog['part']>;
  lines: number;
  endedInQuote: boolean;
}

export async function readCsvTable<K extends string>(path: string, options: CsvTableOptions<K>): Promise<InputFileReport> {
  const { file } = options;
  const table = new TableReader(options);
  const summary = await table.read(path, { onHeader: (header) => table.start(header), hash: options.sha256 === undefined });
  if (!summary.hadHeader) {
    throw new InputError([{ file, line: 1, column: 0, pointer: '', message: 'filen er tom; den skal have en overskriftslinje' }]);
  }
  let { rowsRead, accepted } = table.counts();
  options.afterRead?.((problem) => {
    table.log.add({ file, ...problem });
    accepted--;
  });
  return { file, sha256: options.sha256 ?? summary.sha256, rowsRead, accepted, rejected: rowsRead - accepted, problems: table.log.problems() };
}

/** Reads bytes [start, end) of a table whose header line is `header`; see CsvTablePart. */
export async function readCsvTablePart<K extends string>(
  path: string,
  range: { start: number; end: number; firstLine: number },
  header: string,
  options: Omit<CsvTableOptions<K>, 'afterRead'>,
): Promise<CsvTablePart> {
  const table = new TableReader(options);
  table.start(header);
  const summary = await table.read(path, { range, hash: false });
  return { ...table.counts(), rejections: table.log.part(), lines: summary.lines, endedInQuote: summary.endedInQuote };
}

/** The rows of one table (or part): the validating path for decoded records, the scanner for the rest. */
class TableReader<K extends string> {
  readonly log: RejectionLog;
  private row: CsvRow<K> | undefined;
  private scanner: RowScanner | undefined;
  private rowsRead = 0;
  private accepted = 0;

  constructor(private readonly options: Omit<CsvTableOptions<K>, 'afterRead'>) {
    this.log = new RejectionLog(options.file);
  }

  start(header: string): void {
    const resolved = resolveHeader(this.options.file, header, this.options.columns);
    this.row = new CsvRow(this.options.file, resolved, this.log);
    this.scanner = this.options.scanner?.(resolved.names);
  }

  read(path: string, options: Pick<CsvReadOptions, 'onHeader' | 'range' | 'hash'>): Promise<CsvReadSummary> {
    return readCsvFile(path, {
      ...options,
      file: this.options.file,
      onProgress: this.options.onProgress,
      blocking: this.options.blocking,
      scanner: () => this.scanner,
      onText: (record, line) => {
        const row = this.row!;
        this.rowsRead++;
        row.start(record, line);
        if (row.checkFieldCount()) this.options.onRow(row);
        if (!row.rejected) this.accepted++;
      },
    });
  }

  counts(): { rowsRead: number; accepted: number } {
    const fast = this.scanner?.accepted ?? 0;
    return { rowsRead: this.rowsRead + fast, accepted: this.accepted + fast };
  }
}

/** Header names → field positions; a missing column makes the file unusable (an InputError). */
export function resolveHeader<K extends string>(file: string, header: string, columns: Record<K, CsvColumn>) {
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
