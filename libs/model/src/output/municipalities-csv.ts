import type { MunicipalityResult } from '../result.js';
import { csvHeader, csvLine, fixed, MACHINE_CSV, type CsvColumn, type CsvDialect } from './csv-format.js';

const MUNICIPALITY_COLUMN_LIST: CsvColumn[] = [
  { name: 'municipality_code', label: 'kommunekode' },
  { name: 'municipality', label: 'kommune' },
  { name: 'council', label: 'sundhedsråd' },
  { name: 'citizens', label: 'borgere' },
  { name: 'total_weight', label: 'samlet vægt' },
  { name: 'mean_weight', label: 'gennemsnitlig vægt' },
  { name: 'mean_advisory_minimum', label: 'gennemsnitligt vejledende minimum' },
];

export const MUNICIPALITIES_COLUMNS = MUNICIPALITY_COLUMN_LIST.map((c) => c.name);

/** municipalities.csv (docs/contracts.md), sorted by municipality code. */
export function municipalitiesCsv(municipalities: readonly MunicipalityResult[], dialect: CsvDialect = MACHINE_CSV): string {
  const rows = [...municipalities].sort((a, b) => a.code - b.code).map((m) =>
    csvLine([String(m.code), m.name, m.council, String(m.citizens), fixed(m.totalWeight, 2), fixed(m.meanWeight, 4), fixed(m.meanAdvisoryMinimum, 1)], dialect),
  );
  return csvHeader(MUNICIPALITY_COLUMN_LIST, dialect) + rows.join('');
}
