import type { RuleKind } from '../../contract/kind.js';
import { checkWeights } from './check.js';
import { compileWeights, weightsRules, type WeightTables } from './compile.js';
import { weightsEvaluators } from './test-evaluators.js';
import { weightsSchema } from './schema.js';
import type { WeightsContent } from './types.js';

export { AGES, CHARACTERISTIC_NAMES, WeightTables, weightsRules, type Characteristic } from './compile.js';
export { effectiveEducation, contributionApplies } from './contribution-condition.js';
export { CIVIL_STATUSES, EDUCATIONS, CHARACTERISTICS, MAX_AGE, MAX_SOMATIC_DISEASES, SEXES } from './characteristics.js';

/** Disease weights: base weights by sex and age, contributions, normalisation, life-expectancy correction. */
export const weightsKind: RuleKind<WeightsContent, WeightTables> = {
  kind: weightsRules.kind,
  contentSchema: weightsSchema,
  check: checkWeights,
  compile: compileWeights,
  testEvaluators: weightsEvaluators,
};
