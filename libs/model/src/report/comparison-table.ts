// The per-council effect of a comparison as figures, shared by the report's table and the terminal's.
import { yearsOf, yearTotal } from '../compare/comparison-summary.js';
import { councilsInOrder } from '../output/councils-csv.js';
import type { CouncilComparison, CouncilYearComparison, ModelComparison } from '../result.js';
import { decimalsFor } from './display-decimals.js';

export interface ComparisonRow {
  council: string;
  existingCapacities: number;
  /** One entry per year of `years`; undefined when the council lacks that year in either run. */
  years: Array<CouncilYearComparison | undefined>;
}

export interface ComparisonTable {
  years: number[];
  /** Councils by region, then name. */
  rows: ComparisonRow[];
  /** Σ over the councils. */
  total: ComparisonRow;
  /** Decimals for ceilings (both runs) and for free capacities. */
  decimals: { ceiling: number; existing: number; free: number };
}

export function comparisonTable(comparison: ModelComparison): ComparisonTable {
  const years = yearsOf(comparison.councils);
  const ordered = councilsInOrder(comparison.councils);
  const rows = ordered.map((c: CouncilComparison) => ({
    council: c.council,
    existingCapacities: c.existingCapacities,
    years: years.map((year) => c.years.find((y) => y.year === year)),
  }));
  const total: ComparisonRow = {
    council: 'I alt',
    existingCapacities: rows.reduce((s, r) => s + r.existingCapacities, 0),
    years: years.map((year) => {
      const sum = (pick: (y: CouncilYearComparison) => number) => yearTotal(ordered, year, pick);
      return {
        year,
        base: { totalWeight: sum((y) => y.base.totalWeight), ceiling: sum((y) => y.base.ceiling), freeCapacities: sum((y) => y.base.freeCapacities) },
        alternative: { totalWeight: sum((y) => y.alternative.totalWeight), ceiling: sum((y) => y.alternative.ceiling), freeCapacities: sum((y) => y.alternative.freeCapacities) },
        ceilingDifference: sum((y) => y.ceilingDifference),
        freeCapacitiesDifference: sum((y) => y.freeCapacitiesDifference),
      };
    }),
  };
  const cells = comparison.councils.flatMap((c) => c.years);
  return {
    years,
    rows,
    total,
    decimals: {
      ceiling: decimalsFor(cells.flatMap((y) => [y.base.ceiling, y.alternative.ceiling])),
      existing: decimalsFor(comparison.councils.map((c) => c.existingCapacities)),
      free: decimalsFor(cells.flatMap((y) => [y.base.freeCapacities, y.alternative.freeCapacities])),
    },
  };
}
