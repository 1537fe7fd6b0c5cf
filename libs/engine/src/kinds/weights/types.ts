import type { LegalReference, Parameter } from '../../contract/legal-reference.js';

export type Sex = 'M' | 'K';

/** The characteristics a citizen row carries (citizens.csv columns, see README). */
export type CivilStatus = 'ugift' | 'gift' | 'enke' | 'fraskilt';
export type Education = 'grundskole' | 'gymnasial' | 'erhvervsfaglig' | 'kort' | 'mellemlang' | 'lang' | 'phd' | 'ukendt';

/** One citizen as the weights see it (a citizens.csv row). */
export interface Citizen {
  sex: Sex;
  /** Whole years. */
  age: number;
  /** Number of somatic diseases. */
  somaticDiseases: number;
  /** At least one psychiatric disease. */
  psychiatricDisease: boolean;
  civilStatus: CivilStatus;
  /** Immigrant or descendant from a MENAPT country. */
  menapt: boolean;
  /** Highest completed education of the citizen. */
  education: Education;
  /** Highest completed education of the parents; used below `parentsEducationBelowAge`. */
  parentsEducation: Education;
  /** Sickness benefit, non-job-ready cash benefit, flex job, rehabilitation (seed 000, box 1). */
  outsideLabourMarket: boolean;
}

/** The reference calculation of one citizen's raw weight, term by term. */
export interface WeightExplanation {
  ageBand: string;
  base: number;
  contributions: Array<{ id: string; label: string; value: number }>;
  raw: number;
}

/**
 * A contribution is added to the base weight when its condition holds for the citizen.
 * `characteristic` names a citizen column (or the derived `effectiveEducation`); exactly one of
 * `equals`, `in`, or a `min`/`max` range (inclusive) is the condition.
 */
export interface Contribution {
  id: string;
  /** Danish label, e.g. "Uden for arbejdsmarkedet". */
  label: string;
  characteristic: 'somaticDiseases' | 'psychiatricDisease' | 'civilStatus' | 'menapt' | 'effectiveEducation' | 'outsideLabourMarket';
  equals?: string | number | boolean;
  in?: Array<string | number>;
  min?: number;
  max?: number;
  value: number;
  reference: LegalReference;
}

export interface AgeBand {
  id: string;
  /** Inclusive age limits; `to` absent = open-ended. */
  from: number;
  to?: number;
}

export interface BaseWeightRow {
  sex: Sex;
  ageBand: string;
  value: number;
  reference: LegalReference;
}

export interface LifeExpectancyLevel {
  /** Area over which need is redistributed in proportion to lost life years. */
  level: 'council' | 'municipality';
  /** Share of the total need redistributed at this level (0–1). */
  share: Parameter<number>;
}

/** Content of a `weights` rule set (seed 000, box 1 and the appendices). */
export interface WeightsContent {
  ageBands: AgeBand[];
  baseWeights: BaseWeightRow[];
  contributions: Contribution[];
  /** Under this age the parents' education is used instead of the citizen's own (seed 000, box 1). */
  parentsEducationBelowAge: Parameter<number>;
  /** Normalise so the national mean weight equals this value (1). */
  normalisedMean: Parameter<number>;
  /**
   * Whether the raw weights are rescaled to the normalised mean at all. Weights fitted on the mean-1
   * scale (the published appendix) need no rescaling; illustrative ones do — and rescaling moves every
   * contribution with them (seed 000's 0,54 »oveni de andre karakteristika« becomes ≈ 0,555). Absent =
   * true, as every version before 2026.2 did.
   */
  normalise?: Parameter<boolean>;
  /** Applied in order after normalisation; each step keeps the national total unchanged. */
  lifeExpectancyCorrection: LifeExpectancyLevel[];
}
