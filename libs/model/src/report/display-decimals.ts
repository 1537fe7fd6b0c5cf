// How many decimals a column of figures needs in the report and the terminal: ceilings are whole
// numbers after the capacity rule set's rounding (0 decimals in 2025.1) and are shown without ",0";
// existing capacities can be fractional (1.5 in clinics.csv), and so can free capacities then.
import type { CouncilResult } from '../result.js';

/** The fewest decimals, 0 … max, that show every finite value as it is (up to float noise). */
export function decimalsFor(values: readonly number[], max = 1): number {
  const finite = values.filter(Number.isFinite);
  for (let decimals = 0; decimals < max; decimals++) {
    const scale = 10 ** decimals;
    if (finite.every((v) => Math.abs(v * scale - Math.round(v * scale)) < 1e-6)) return decimals;
  }
  return max;
}

export interface CouncilDecimals {
  /** Ceilings of every year (and both runs when compared) share one number of decimals. */
  ceiling: number;
  existing: number;
  free: number;
}

/** One number of decimals per kind of council figure, over every council and year given. */
export function councilDecimals(councils: ReadonlyArray<Pick<CouncilResult, 'existingCapacities' | 'years'>>): CouncilDecimals {
  const years = councils.flatMap((c) => c.years);
  return {
    ceiling: decimalsFor(years.map((y) => y.ceiling)),
    existing: decimalsFor(councils.map((c) => c.existingCapacities)),
    free: decimalsFor(years.map((y) => y.freeCapacities)),
  };
}
