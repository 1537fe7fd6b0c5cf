import type { LegalReference, Parameter } from '../../contract/legal-reference.js';

export type RoundingMethod = 'round' | 'floor' | 'ceil';

export interface Rounding {
  method: RoundingMethod;
  /** Decimals kept; 0 = whole numbers. */
  decimals: number;
  reference: LegalReference;
}

/** Content of a `capacity` rule set: the norm and the steering model per health council. */
export interface CapacityContent {
  /** Weighted citizens per capacity (1,600). */
  targetWeightedCitizensPerCapacity: Parameter<number>;
  /** Maximum listed patients per capacity (2,700). */
  maximumPatientsPerCapacity: Parameter<number>;
  /** The years the order fixes ceilings for; 2026 uses the projected population. */
  years: Array<{ year: number; population: 'current' | 'projected'; reference: LegalReference }>;
  /** How a council's ceiling (total weight / target) is rounded. */
  ceilingRounding: Rounding;
  /**
   * The capacities the order fixes for each health council at the end of each year (seed 000:
   * »Bekendtgørelsen tilsiger, hvor mange læger et sundhedsråd kan have ved udgangen af 2025 og
   * 2026«). Where a council and year has a row, decisions and free capacities use it; the model's own
   * figure (total weight / target) is shown beside it. Optional: versions without it (2025.1) use the
   * computed figure, as they always did.
   */
  fixedCeilings?: FixedCeiling[];
  /** The band 80 % of clinics' minimums are expected to fall in; for reporting only. */
  reportingBand: {
    lower: number;
    upper: number;
    expectedShare: number;
    reference: LegalReference;
  };
}

/** One council's number of capacities for one year, as the order's appendix states it. */
export interface FixedCeiling {
  /** The health council's id in the geography rule set. */
  council: string;
  year: number;
  /** Capacities the council may have at the end of the year; may be fractional (0,5). */
  capacities: number;
  reference: LegalReference;
}
