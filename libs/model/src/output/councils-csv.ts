import type { CouncilResult, CouncilYearResult } from '../result.js';
import { byText, csvHeader, csvLine, fixed, MACHINE_CSV, trimmed, type CsvDialect } from './csv-format.js';

/** The years councils.csv has columns for. */
export const RUN_COUNCIL_YEARS = [2025, 2026] as const;

/** councils.csv's columns in order: header name and the Danish label a reader explains a bad field with. */
export const RUN_COUNCIL_COLUMNS = {
  council: { name: 'council', label: 'sundhedsråd' },
  region: { name: 'region', label: 'region' },
  citizens: { name: 'citizens', label: 'borgere' },
  totalWeight2025: { name: 'total_weight_2025', label: 'samlet vægt 2025' },
  ceiling2025: { name: 'ceiling_2025', label: 'loft 2025' },
  totalWeight2026: { name: 'total_weight_2026', label: 'samlet vægt 2026' },
  ceiling2026: { name: 'ceiling_2026', label: 'loft 2026' },
  existingCapacities: { name: 'existing_capacities', label: 'eksisterende kapaciteter' },
  freeCapacities2025: { name: 'free_capacities_2025', label: 'ledige kapaciteter 2025' },
  freeCapacities2026: { name: 'free_capacities_2026', label: 'ledige kapaciteter 2026' },
};

/**
 * The ceiling beside the order's number (issue 14), appended after the columns above so earlier
 * readers keep reading the file: the model's own figure (»beregnet efter modellen«), the order's fixed
 * number and their difference, empty where the capacity rule set fixes no number. A run folder
 * written before them is still read (readRunFolder: the computed ceiling is then the ceiling).
 */
export const RUN_COUNCIL_CEILING_COLUMNS = {
  computedCeiling2025: { name: 'computed_ceiling_2025', label: 'loft beregnet efter modellen 2025' },
  fixedCeiling2025: { name: 'fixed_ceiling_2025', label: 'bekendtgørelsens loft 2025' },
  ceilingDifference2025: { name: 'ceiling_difference_2025', label: 'forskel (beregnet − bekendtgørelsen) 2025' },
  computedCeiling2026: { name: 'computed_ceiling_2026', label: 'loft beregnet efter modellen 2026' },
  fixedCeiling2026: { name: 'fixed_ceiling_2026', label: 'bekendtgørelsens loft 2026' },
  ceilingDifference2026: { name: 'ceiling_difference_2026', label: 'forskel (beregnet − bekendtgørelsen) 2026' },
};

const COUNCIL_COLUMN_LIST = [...Object.values(RUN_COUNCIL_COLUMNS), ...Object.values(RUN_COUNCIL_CEILING_COLUMNS)];
export const COUNCILS_COLUMNS = COUNCIL_COLUMN_LIST.map((c) => c.name);

/** A council's figures for one year; undefined when the capacity rule set has no such year. */
export function councilYear(council: CouncilResult, year: number): CouncilYearResult | undefined {
  return council.years.find((y) => y.year === year);
}

/** Councils (results or comparisons) by region, then name (code-point order: stable on every machine). */
export function councilsInOrder<T extends { council: string; region: string }>(councils: readonly T[]): T[] {
  const region = byText((c: T) => c.region);
  const name = byText((c: T) => c.council);
  return [...councils].sort((a, b) => region(a, b) || name(a, b));
}

/** councils.csv (docs/contracts.md), sorted by council name. */
export function councilsCsv(councils: readonly CouncilResult[], dialect: CsvDialect = MACHINE_CSV): string {
  const rows = [...councils].sort(byText((c) => c.council)).map((c) => {
    const y2025 = councilYear(c, 2025);
    const y2026 = councilYear(c, 2026);
    return csvLine([
      c.council,
      c.region,
      String(c.citizens),
      fixed(y2025?.totalWeight ?? null, 2),
      trimmed(y2025?.ceiling ?? null, 2),
      fixed(y2026?.totalWeight ?? null, 2),
      trimmed(y2026?.ceiling ?? null, 2),
      trimmed(c.existingCapacities, 2),
      trimmed(y2025?.freeCapacities ?? null, 2),
      trimmed(y2026?.freeCapacities ?? null, 2),
      ...[y2025, y2026].flatMap((y) => [trimmed(y?.computedCeiling ?? null, 2), trimmed(y?.fixedCeiling ?? null, 2), trimmed(y?.ceilingDifference ?? null, 2)]),
    ], dialect);
  });
  return csvHeader(COUNCIL_COLUMN_LIST, dialect) + rows.join('');
}
