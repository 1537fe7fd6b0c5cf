// The shape life_expectancy.csv and projection.csv share: one row per municipality, keyed by a
// municipality code the geography in force knows, each code at most once; the file's own values are
// read by the caller with the same CsvRow checks.
import type { InputFileReport } from '../result.js';
import { readCsvTable } from './csv-table.js';
import type { CsvColumn, CsvRow } from './csv-row.js';
import { UNKNOWN_MUNICIPALITY, type MunicipalityLookup } from './municipality-lookup.js';

export const MUNICIPALITY_CODE_COLUMN: CsvColumn = { name: 'municipality_code', label: 'kommunekode' };

export interface MunicipalityTableOptions<K extends string, T> {
  file: string;
  columns: Record<K | 'municipalityCode', CsvColumn>;
  municipalities: MunicipalityLookup;
  /** The row's values after the municipality code; undefined when the row was rejected. */
  values(row: CsvRow<K | 'municipalityCode'>): T | undefined;
}

export async function readMunicipalityTable<K extends string, T>(
  path: string,
  options: MunicipalityTableOptions<K, T>,
): Promise<{ rows: Array<{ municipalityCode: number } & T & { line: number }>; report: InputFileReport }> {
  const { file, columns, municipalities } = options;
  const code = columns.municipalityCode;
  const rows: Array<{ municipalityCode: number } & T & { line: number }> = [];
  const lineOf = new Map<number, number>();
  const report = await readCsvTable(path, {
    file,
    columns,
    onRow(row) {
      const municipalityCode = row.whole('municipalityCode', code, 0, 9999);
      if (municipalityCode === undefined) return;
      if (municipalities.index(municipalityCode) === -1) return row.reject('municipalityCode', code, UNKNOWN_MUNICIPALITY(municipalityCode));
      const earlier = lineOf.get(municipalityCode);
      if (earlier !== undefined) return row.reject('municipalityCode', code, `kommunekode ${municipalityCode} står allerede på linje ${earlier}`);
      const values = options.values(row);
      if (values === undefined) return;
      lineOf.set(municipalityCode, row.line);
      rows.push({ municipalityCode, ...values, line: row.line });
    },
  });
  return { rows, report };
}
