// The headline of a comparison, computed once for run.json, the report and the terminal summary.
import type { ModelComparison } from '../result.js';

export interface ComparisonSummary {
  /** The years both runs have ceilings for, ascending. */
  years: number[];
  /** Per year: Σ over councils of (alternative − base) ceiling. */
  ceilingDifference: Record<string, number>;
  /** Clinics with a minimum in both runs whose minimum per capacity goes up, down or stays. */
  clinicsWithHigherMinimum: number;
  clinicsWithLowerMinimum: number;
  clinicsWithUnchangedMinimum: number;
}

/** The distinct years of a list of councils' year rows, ascending. */
export function yearsOf(councils: ReadonlyArray<{ years: ReadonlyArray<{ year: number }> }>): number[] {
  return [...new Set(councils.flatMap((c) => c.years.map((y) => y.year)))].sort((a, b) => a - b);
}

/** Σ over `councils`, in their order, of `pick` of each council's row for `year` (a council without that year adds 0). */
export function yearTotal<Y extends { year: number }>(councils: ReadonlyArray<{ years: ReadonlyArray<Y> }>, year: number, pick: (row: Y) => number): number {
  return councils.reduce((sum, c) => {
    const row = c.years.find((y) => y.year === year);
    return sum + (row ? pick(row) : 0);
  }, 0);
}

/** The finite changes in clinics' minimum per capacity (a clinic without patients has none). */
export function minimumDifferences(comparison: ModelComparison): number[] {
  return comparison.clinics.map((c) => c.advisoryMinimumDifference).filter(Number.isFinite);
}

export function summarizeComparison(comparison: ModelComparison): ComparisonSummary {
  const years = yearsOf(comparison.councils);
  const deltas = minimumDifferences(comparison);
  const higher = deltas.filter((d) => d > 0).length;
  const lower = deltas.filter((d) => d < 0).length;
  return {
    years,
    ceilingDifference: Object.fromEntries(
      years.map((year) => [String(year), yearTotal(comparison.councils, year, (y) => y.ceilingDifference)]),
    ),
    clinicsWithHigherMinimum: higher,
    clinicsWithLowerMinimum: lower,
    clinicsWithUnchangedMinimum: deltas.length - higher - lower,
  };
}
