export type * from './result.js';
export * from './output/index.js';
export * from './report/index.js';

// Inputs (docs/contracts.md "Model input folder").
export { readInputs, INPUT_FILES, type InputFileName, type ReadInputsOptions, type ReadProgress } from './inputs/read-inputs.js';
// The readers of single input files, for the national bench's reader race (tools/bench).
export { readCitizens } from './inputs/read-citizens.js';
export { readClinics } from './inputs/read-clinics.js';
export { municipalityLookup } from './inputs/municipality-lookup.js';
export { InputError } from './inputs/input-error.js';
export { CitizensReadAhead } from './inputs/citizens-read-ahead.js';
export { citizenIndexById } from './inputs/find-citizen.js';
export { SEXES, MAX_AGE } from './inputs/codes.js';
export type { CitizenColumns } from './inputs/citizen-columns.js';
export type { ModelInputs, ClinicInput, CouncilInput, LifeExpectancyInput, ProjectionInput, InputManifest } from './inputs/model-inputs.js';

// The model.
export { MODEL_RULES, runModel, type RunModelOptions } from './run/run-model.js';
export { incompleteInputs, partialNotice } from './run/incomplete-inputs.js';
export { MODEL_STAGES, type ModelStage } from './run/model-stages.js';
export { compareResults, type CompareOptions } from './compare/compare-results.js';
export { changedRuleSetIds, describeRuleSetChanges, type RuleSetLookup } from './compare/rule-set-changes.js';
export { summarizeComparison, type ComparisonSummary } from './compare/comparison-summary.js';
export { impactSummary, type ImpactSummary, type RegionImpact, type YearTotals, type DifferenceBucket, type ClinicChange } from './compare/impact-summary.js';
export { explainCitizen, type CitizenExplanation } from './weights/explain-citizen.js';
export { planningAreaResults, type PlannedClinic } from './planning/planning-area-results.js';
export { supplementSummary } from './planning/supplement-summary.js';
export { computeRawWeights } from './weights/raw-weights.js';
export { ReferencePopulation } from './impact/reference-population.js';
