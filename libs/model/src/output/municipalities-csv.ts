import type { MunicipalityResult } from '../result.js';
import { csvLine, fixed } from './csv-format.js';

export const MUNICIPALITIES_COLUMNS = ['municipality_code', 'municipality', 'council', 'citizens', 'total_weight', 'mean_weight', 'mean_advisory_minimum'] as const;

/** municipalities.csv (docs/contracts.md), sorted by municipality code. */
export function municipalitiesCsv(municipalities: readonly MunicipalityResult[]): string {
  const rows = [...municipalities].sort((a, b) => a.code - b.code).map((m) =>
    csvLine([String(m.code), m.name, m.council, String(m.citizens), fixed(m.totalWeight, 2), fixed(m.meanWeight, 4), fixed(m.meanAdvisoryMinimum, 1)]),
  );
  return csvLine(MUNICIPALITIES_COLUMNS) + rows.join('');
}
