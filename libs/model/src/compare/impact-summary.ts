// The effect of a rule change on the whole country, from a comparison of two runs on the same inputs
// (issue 13, the impact preview): per council and year the ceilings and free capacities before and
// after, the same summed per region and for the country, and the clinics whose advisory minimum per
// capacity changes — how many, how the changes are distributed, and the largest.
import { formatNumber } from '@fordeling/engine';
import type { ClinicComparison, ModelComparison } from '../result.js';
import { minimumDifferences, summarizeComparison, yearsOf, yearTotal } from './comparison-summary.js';

export interface YearTotals {
  year: number;
  before: { ceiling: number; freeCapacities: number };
  after: { ceiling: number; freeCapacities: number };
  ceilingDifference: number;
  freeCapacitiesDifference: number;
}

export interface RegionImpact {
  region: string;
  councils: number;
  years: YearTotals[];
  clinicsWithHigherMinimum: number;
  clinicsWithLowerMinimum: number;
}

/**
 * Clinics whose minimum per capacity changed by more than `above` and at most `upTo` (null: no bound),
 * in one direction; the label counts whole patients, as the minimum-patients rule set rounds.
 */
export interface DifferenceBucket {
  direction: 'higher' | 'lower';
  above: number;
  upTo: number | null;
  count: number;
  /** »20–50 højere«, »mere end 200 lavere«. */
  label: string;
}

export interface ClinicChange {
  providerNumber: string;
  name: string;
  municipality: string;
  council: string;
  before: number;
  after: number;
  difference: number;
}

export interface ImpactSummary {
  regions: RegionImpact[];
  country: { years: YearTotals[]; shareInBand: { before: number; after: number } };
  clinics: {
    withMinimum: number;
    higher: number;
    lower: number;
    unchanged: number;
    distribution: DifferenceBucket[];
    /** The largest changes first (by size, then provider number). */
    largest: ClinicChange[];
  };
}

/** Bounds of the distribution's buckets, in patients per capacity. */
const BOUNDS = [0, 20, 50, 100, 200];

export function impactSummary(comparison: ModelComparison, options: { largest?: number } = {}): ImpactSummary {
  const summary = summarizeComparison(comparison);
  const years = yearsOf(comparison.councils);
  const totals = (councils: ModelComparison['councils']): YearTotals[] =>
    years.map((year) => {
      const before = { ceiling: yearTotal(councils, year, (y) => y.base.ceiling), freeCapacities: yearTotal(councils, year, (y) => y.base.freeCapacities) };
      const after = { ceiling: yearTotal(councils, year, (y) => y.alternative.ceiling), freeCapacities: yearTotal(councils, year, (y) => y.alternative.freeCapacities) };
      return { year, before, after, ceilingDifference: after.ceiling - before.ceiling, freeCapacitiesDifference: after.freeCapacities - before.freeCapacities };
    });

  const regionOfCouncil = new Map(comparison.councils.map((c) => [c.council, c.region]));
  const changed = comparison.clinics.filter((c) => Number.isFinite(c.advisoryMinimumDifference) && c.advisoryMinimumDifference !== 0);
  const regions = [...new Set(comparison.councils.map((c) => c.region))].sort().map((region): RegionImpact => {
    const own = changed.filter((c) => regionOfCouncil.get(c.council) === region);
    const councils = comparison.councils.filter((c) => c.region === region);
    return {
      region,
      councils: councils.length,
      years: totals(councils),
      clinicsWithHigherMinimum: own.filter((c) => c.advisoryMinimumDifference > 0).length,
      clinicsWithLowerMinimum: own.filter((c) => c.advisoryMinimumDifference < 0).length,
    };
  });

  return {
    regions,
    country: { years: totals(comparison.councils), shareInBand: { before: comparison.shareInBand.base, after: comparison.shareInBand.alternative } },
    clinics: {
      withMinimum: minimumDifferences(comparison).length,
      higher: summary.clinicsWithHigherMinimum,
      lower: summary.clinicsWithLowerMinimum,
      unchanged: summary.clinicsWithUnchangedMinimum,
      distribution: distribution(changed),
      largest: [...changed]
        .sort((a, b) => Math.abs(b.advisoryMinimumDifference) - Math.abs(a.advisoryMinimumDifference) || (a.providerNumber < b.providerNumber ? -1 : 1))
        .slice(0, options.largest ?? 20)
        .map(clinicChange),
    },
  };
}

function distribution(changed: ClinicComparison[]): DifferenceBucket[] {
  const buckets: DifferenceBucket[] = [];
  for (const direction of ['lower', 'higher'] as const) {
    const sizes = changed.filter((c) => (direction === 'higher' ? c.advisoryMinimumDifference > 0 : c.advisoryMinimumDifference < 0)).map((c) => Math.abs(c.advisoryMinimumDifference));
    BOUNDS.forEach((above, i) => {
      const upTo = BOUNDS[i + 1] ?? null;
      const word = direction === 'higher' ? 'højere' : 'lavere';
      buckets.push({
        direction,
        above,
        upTo,
        count: sizes.filter((d) => d > above && (upTo === null || d <= upTo)).length,
        label: upTo === null ? `mere end ${formatNumber(above)} ${word}` : `${formatNumber(above + 1)}–${formatNumber(upTo)} ${word}`,
      });
    });
  }
  return buckets;
}

function clinicChange(c: ClinicComparison): ClinicChange {
  return {
    providerNumber: c.providerNumber,
    name: c.name,
    municipality: c.municipality,
    council: c.council,
    before: c.base.advisoryMinimumPerCapacity,
    after: c.alternative.advisoryMinimumPerCapacity,
    difference: c.advisoryMinimumDifference,
  };
}
