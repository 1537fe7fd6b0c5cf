import type { RuleSetRef } from '@fordeling/engine';
import type { ChangeContext } from './change-context.js';

/**
 * A run's run.json (docs/contracts.md), kept whole as JSONB. The store reads only what produced the
 * run — its as-of date, whether it is synthetic and the rule-set versions — and keeps the rest as
 * given; libs/model's RunJson, which writes the file, is assignable to it.
 */
export interface RunDocument {
  asOf: string;
  synthetic: boolean;
  ruleSets: RuleSetRef[];
  [key: string]: unknown;
}

/** One clinic's result of a run; libs/model's ClinicResult is assignable to it. */
export interface ClinicInput {
  providerNumber: string;
  name: string;
  address?: string;
  municipalityCode?: number | null;
  municipality: string;
  council: string;
  region: string;
  island?: string | null;
  capacities: number;
  listedPatients: number;
  meanWeight: number;
  advisoryMinimumPerCapacity: number;
  advisoryMinimumTotal: number;
  patientsPerCapacity?: number;
  inBand?: boolean;
}

/** One council's result of a run; libs/model's CouncilResult is assignable to it. */
export interface CouncilInput {
  council: string;
  region: string;
  citizens: number;
  existingCapacities: number;
  /**
   * Per year: `ceiling` is the one in force (the order's number where the capacity rule set has one);
   * `computedCeiling` the model's own figure (default: the ceiling) and `fixedCeiling` the order's
   * number (default: none).
   */
  years: Array<{ year: number; totalWeight: number; ceiling: number; freeCapacities: number; computedCeiling?: number; fixedCeiling?: number | null }>;
}

export interface RegisterRunOptions extends Partial<ChangeContext> {
  /** Council results (per year) of the run. */
  councils?: CouncilInput[];
  /** Run id; default a random UUID. */
  id?: string;
}

export interface ModelRunRecord {
  id: string;
  registeredAt: string;
  asOf: string;
  synthetic: boolean;
  run: RunDocument;
  clinicCount: number;
}

export interface ClinicRecord extends ClinicInput {
  runId: string;
  address: string;
  municipalityCode: number | null;
  island: string | null;
}

export interface CouncilYearRecord {
  runId: string;
  year: number;
  council: string;
  region: string;
  citizens: number;
  existingCapacities: number;
  totalWeight: number;
  /** The ceiling in force: the order's number where the run's capacity rule set has one. */
  ceiling: number;
  /** »Beregnet efter modellen«: total weight / target, rounded. */
  computedCeiling: number;
  /** The order's number for the council and year; null where the rule set has none. */
  fixedCeiling: number | null;
  /** computedCeiling − fixedCeiling; null without a fixed number. */
  ceilingDifference: number | null;
  freeCapacities: number;
}

/** One input file of a reference population, as the run's run.json names it. */
export interface RunInputFile {
  file: string;
  sha256: string;
}

export interface RegisterRunInputsInput extends ChangeContext {
  runId: string;
  /** The model input folder on the server (citizens.csv, clinics.csv, …). */
  path: string;
  files: RunInputFile[];
  citizens: number;
}

/** The input folder of a registered run: the reference population of the impact preview. */
export interface RunInputsRecord {
  runId: string;
  path: string;
  files: RunInputFile[];
  citizens: number;
  registeredBy: string;
  registeredAt: string;
}
