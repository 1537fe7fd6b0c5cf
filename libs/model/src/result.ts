import type { Problem, RuleSetRef } from '@fordeling/engine';

/** Counts for one input file; rowsRead = accepted + rejected always holds. */
export interface InputFileReport {
  file: string;
  sha256: string;
  rowsRead: number;
  accepted: number;
  rejected: number;
  /** Every rejected row: file, line and the reason (Danish). */
  problems: Problem[];
}

export interface ClinicResult {
  providerNumber: string;
  name: string;
  address: string;
  municipalityCode: number;
  municipality: string;
  council: string;
  region: string;
  island: string | null;
  capacities: number;
  /** Listed patients found in citizens.csv for this clinic. */
  listedPatients: number;
  meanWeight: number;
  advisoryMinimumPerCapacity: number;
  advisoryMinimumTotal: number;
  patientsPerCapacity: number;
  /** Minimum per capacity inside the capacity rule set's reporting band (1,150–2,000). */
  inBand: boolean;
}

export interface MunicipalityResult {
  code: number;
  name: string;
  council: string;
  region: string;
  citizens: number;
  totalWeight: number;
  meanWeight: number;
  /**
   * Mean of the advisory minimum per capacity over the municipality's clinics, each weighted by its
   * listed patients' total weight — as seed 000's tables (target / mean weight); aggregate/area-results.ts.
   */
  meanAdvisoryMinimum: number | null;
}

export interface CouncilYearResult {
  year: number;
  totalWeight: number;
  /** The ceiling in force: the order's fixed number where the capacity rule set has one, else the computed one. */
  ceiling: number;
  /** »Beregnet efter modellen«: total weight / target, rounded as the rule set says. */
  computedCeiling: number;
  /** The order's number for the council and year; null where the rule set has none. */
  fixedCeiling: number | null;
  /** computedCeiling − fixedCeiling; null where there is no fixed number. */
  ceilingDifference: number | null;
  /** max(0, ceiling − existing capacities). */
  freeCapacities: number;
}

export interface CouncilResult {
  council: string;
  region: string;
  citizens: number;
  existingCapacities: number;
  years: CouncilYearResult[];
}

/** A region's planning area below a council (planning-areas rule set), or a planned municipality's clinics outside every area. */
export interface PlanningAreaResult {
  id: string;
  name: string;
  region: string;
  council: string;
  municipality: number;
  clinics: number;
  capacities: number;
  listedPatients: number;
  /** Mean weight of the area's clinics' listed patients; null without patients. */
  meanWeight: number | null;
  /** The clinics' advisory minimums per capacity weighted by their patients' total weight; null without. */
  meanAdvisoryMinimum: number | null;
}

/** The temporary supplement (sundhedsloven § 206 b, stk. 5) as the supplement rule set in force says. */
export interface SupplementSummary {
  from: string;
  to: string;
  /** Whether a supplement may be agreed on the run's as-of date. */
  inForce: boolean;
  citation: string;
  areas: Array<{ id: string; name: string; region: string; municipalities: string[]; citation: string; illustrative: boolean }>;
}

export interface RegionResult {
  region: string;
  citizens: number;
  totalWeight: number;
  meanWeight: number;
}

/** Everything one national run computes, with what produced it. */
export interface ModelResult {
  asOf: string;
  synthetic: boolean;
  ruleSets: RuleSetRef[];
  inputs: InputFileReport[];
  citizens: number;
  clinics: ClinicResult[];
  municipalities: MunicipalityResult[];
  councils: CouncilResult[];
  regions: RegionResult[];
  /** Share of clinics whose minimum per capacity lies inside the reporting band. */
  shareInBand: number;
  /** The regions' planning areas below the councils, where a planning-areas rule set is in force. */
  planningAreas?: PlanningAreaResult[];
  /** The temporary supplement's period and areas, where a supplement rule set is in force. */
  supplement?: SupplementSummary;
  /**
   * Things the run had to assume, e.g. a municipality missing from life_expectancy.csv or
   * projection.csv (counted as 0). Danish; never silent.
   */
  warnings?: Problem[];
  /**
   * Set on a run the user asked to compute although its inputs are incomplete (`run --partial`): why,
   * in Danish. Every output then says so (run-model/incomplete-inputs.ts).
   */
  partial?: string[];
  /** Stage → milliseconds; kept apart from the reproducible outputs. */
  timings: Record<string, number>;
}

/** One council-year compared between two runs (e.g. two rule-set versions or targets). */
export interface CouncilYearComparison {
  year: number;
  base: { totalWeight: number; ceiling: number; freeCapacities: number };
  alternative: { totalWeight: number; ceiling: number; freeCapacities: number };
  /** alternative − base. */
  ceilingDifference: number;
  freeCapacitiesDifference: number;
}

export interface CouncilComparison {
  council: string;
  region: string;
  /** From councils.csv: the same in both runs. */
  existingCapacities: number;
  years: CouncilYearComparison[];
}

export interface ClinicComparison {
  providerNumber: string;
  name: string;
  municipality: string;
  council: string;
  base: { meanWeight: number; advisoryMinimumPerCapacity: number; advisoryMinimumTotal: number };
  alternative: { meanWeight: number; advisoryMinimumPerCapacity: number; advisoryMinimumTotal: number };
  /** alternative − base. */
  meanWeightDifference: number;
  advisoryMinimumDifference: number;
}

/** One change inside a rule set, as the engine's `diffRuleSets` tells it. */
export interface RuleSetChange {
  /** JSON pointer into the rule-set document ("/content/…" for the rules, else the header). */
  pointer: string;
  change: 'changed' | 'added' | 'removed';
  /** Danish, e.g. "Måltal: … ændres fra 1.600 til 1.500 (BEK nr. 975 af 2025, paragraf udfyldes)." */
  sentence: string;
}

/** A rule set whose version (or content) differs between the base and the alternative run. */
export interface RuleSetChanges {
  id: string;
  /** null when the rule set is missing from that run. */
  baseVersion: string | null;
  alternativeVersion: string | null;
  /** The differences in words; empty when no one described them (compareResults without them). */
  changes: RuleSetChange[];
}

/** `compareResults(base, alternative)`: what changes when the rule sets (or the date) change. */
export interface ModelComparison {
  base: { asOf: string; ruleSets: RuleSetRef[] };
  alternative: { asOf: string; ruleSets: RuleSetRef[] };
  /** Rule-set ids whose version or hash differ between the two runs, sorted. */
  changedRuleSets: string[];
  /** Per changed rule set: both versions and the differences in words (same order as changedRuleSets). */
  ruleSetChanges: RuleSetChanges[];
  councils: CouncilComparison[];
  /** Clinics present in both runs, by provider number. */
  clinics: ClinicComparison[];
  /** Share of clinics in the reporting band in each run. */
  shareInBand: { base: number; alternative: number };
}
