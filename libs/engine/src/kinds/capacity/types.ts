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
  /** The band 80 % of clinics' minimums are expected to fall in; for reporting only. */
  reportingBand: {
    lower: number;
    upper: number;
    expectedShare: number;
    reference: LegalReference;
  };
}
