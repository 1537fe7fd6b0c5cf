import type { RuleKind } from '../../contract/kind.js';
import { checkWeights } from './check.js';
import { compileWeights, weightsRules, type WeightsReference } from './compile.js';
import { weightsEvaluators } from './evaluators.js';
import { weightsSchema } from './schema.js';
import type { WeightsContent } from './types.js';

export { WeightsReference, effectiveEducation, contributionApplies, weightsRules } from './compile.js';
export { CIVIL_STATUSES, EDUCATIONS, CHARACTERISTICS } from './characteristics.js';

/** Disease weights: base weights by sex and age, contributions, normalisation, life-expectancy correction. */
export const weightsKind: RuleKind<WeightsContent, WeightsReference> = {
  kind: weightsRules.kind,
  contentSchema: weightsSchema,
  check: checkWeights,
  compile: compileWeights,
  testEvaluators: weightsEvaluators,
};
