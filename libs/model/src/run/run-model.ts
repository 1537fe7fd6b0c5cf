// runModel(inputs, book): the national model on one input folder with the rule sets in force at
// book.asOf (DOMAIN "What the model computes"). Deterministic: the same inputs and rule-set versions
// give the same result; outputs are sorted (clinics by provider number, municipalities by code,
// councils and regions by name). Timings are kept apart from the reproducible numbers.
import { capacityRules, geographyRules, minimumPatientsRules, planningAreasRules, supplementRules, weightsRules, type GeographyIndex, type Problem, type RuleBook } from '@fordeling/engine';
import { municipalityResults, regionResults } from '../aggregate/area-results.js';
import { sumByGroup, type GroupTotals } from '../aggregate/group-totals.js';
import { computeClinicResults } from '../clinics/clinic-results.js';
import { computeCouncilResults } from '../councils/council-results.js';
import type { ModelInputs } from '../inputs/model-inputs.js';
import { planningAreaResults } from '../planning/planning-area-results.js';
import { supplementSummary } from '../planning/supplement-summary.js';
import type { ModelResult } from '../result.js';
import { prepareGeography, prepareWeights } from '../weights/prepare-weights.js';
import { stageRunner, type ModelStage } from './model-stages.js';

/** The rule sets a national run needs in force on its as-of date. */
export const MODEL_RULES = [geographyRules, weightsRules, capacityRules, minimumPatientsRules] as const;

export interface RunModelOptions {
  onStage?(stage: ModelStage, label: string): void;
}

export function runModel(inputs: ModelInputs, book: RuleBook, options: RunModelOptions = {}): ModelResult {
  const timings: Record<string, number> = {};
  const stage = stageRunner(timings, options.onStage);
  const geo = stage('geography', () => prepareGeography(inputs, book));
  const weights = stage('weights', () => prepareWeights(inputs, book, geo));
  const totals = stage('aggregates', () => ({
    municipalities: sumByGroup(weights.municipality, weights.weights, weights.geography.municipalities.length),
    clinics: sumByGroup(inputs.citizens.clinic, weights.weights, inputs.clinics.length),
    warnings: weights.warnings,
  }));
  return modelResult(inputs, book, weights.geography, totals, stage, timings);
}

/** The weight totals everything after the weights is computed from (DOMAIN steps 4 and 5). */
export interface WeightTotals {
  /** Citizens and final weight per municipality index of the geography. */
  municipalities: GroupTotals;
  /** Citizens and final weight per clinic (index into inputs.clinics). */
  clinics: GroupTotals;
  /** What the weights had to assume (a municipality missing from life_expectancy.csv). */
  warnings: Problem[];
}

/**
 * The councils, clinics, municipalities and regions from the weight totals: the part of a run that a
 * change of the capacity or minimum-patients rule set reaches. runModel computes the totals from every
 * citizen; the impact preview's reference population keeps them per weights and geography version
 * (impact/reference-population.ts).
 */
export function modelResult(
  inputs: ModelInputs,
  book: RuleBook,
  geography: GeographyIndex,
  totals: WeightTotals,
  stage: ReturnType<typeof stageRunner> = stageRunner({}),
  timings: Record<string, number> = {},
): ModelResult {
  const capacity = capacityRules.of(book);
  const councils = stage('councils', () =>
    computeCouncilResults(geography, totals.municipalities, inputs.councils, inputs.projection, capacity),
  );
  const clinics = stage('clinics', () =>
    computeClinicResults(inputs.clinics, totals.clinics, geography, {
      capacity,
      minimum: minimumPatientsRules.of(book),
    }),
  );
  // The band share is over clinics that have a minimum (listed citizens).
  const withMinimum = clinics.clinics.filter((c) => Number.isFinite(c.advisoryMinimumPerCapacity));
  const inBand = withMinimum.filter((c) => c.inBand).length;
  return {
    asOf: book.asOf,
    synthetic: inputs.synthetic,
    ruleSets: book.refs(),
    inputs: inputs.reports,
    citizens: inputs.citizens.count,
    clinics: clinics.clinics,
    municipalities: municipalityResults(geography, totals.municipalities, clinics.clinics),
    councils: councils.councils,
    regions: regionResults(geography, totals.municipalities),
    shareInBand: withMinimum.length ? inBand / withMinimum.length : 0,
    ...(has(book, planningAreasRules.kind) ? { planningAreas: planningAreaResults(clinics.clinics, planningAreasRules.of(book)) } : {}),
    ...(has(book, supplementRules.kind) ? { supplement: supplementSummary(book) } : {}),
    warnings: [...totals.warnings, ...councils.warnings, ...clinics.warnings],
    timings,
  };
}

/** Whether a rule set of the kind is in force: the planning areas and the supplement are optional. */
const has = (book: RuleBook, kind: string) => book.ruleSets.some((r) => r.document.kind === kind);
