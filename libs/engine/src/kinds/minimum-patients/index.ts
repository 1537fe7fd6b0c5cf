import type { RuleKind } from '../../contract/kind.js';
import { checkMinimumPatients } from './check.js';
import { compileMinimumPatients, minimumPatientsRules, type MinimumPatientsCompiled } from './compile.js';
import { minimumPatientsEvaluators } from './test-evaluators.js';
import { minimumPatientsSchema } from './schema.js';
import type { MinimumPatientsContent } from './types.js';

export { deviationRequiresReason, minimumPatientsRules } from './compile.js';
export type { MinimumPatientsCompiled, DeviationReason } from './compile.js';

/** The clinic's advisory minimum patients per capacity and the region's deviation rules. */
export const minimumPatientsKind: RuleKind<MinimumPatientsContent, MinimumPatientsCompiled> = {
  kind: minimumPatientsRules.kind,
  contentSchema: minimumPatientsSchema,
  check: checkMinimumPatients,
  compile: compileMinimumPatients,
  testEvaluators: minimumPatientsEvaluators,
};
