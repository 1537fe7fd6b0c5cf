import type { RuleKind } from '../../contract/kind.js';
import { checkCapacity } from './check.js';
import { compileCapacity, capacityRules, type CapacityCompiled } from './compile.js';
import { capacityEvaluators } from './test-evaluators.js';
import { capacitySchema } from './schema.js';
import type { CapacityContent } from './types.js';

export { capacityRules } from './compile.js';
export type { CapacityCompiled, CouncilCeiling } from './compile.js';
export { applyRounding, describeRounding } from './rounding.js';

/** The norm (1,600 / 2,700) and the capacity ceilings per health council. */
export const capacityKind: RuleKind<CapacityContent, CapacityCompiled> = {
  kind: capacityRules.kind,
  contentSchema: capacitySchema,
  check: checkCapacity,
  compile: compileCapacity,
  testEvaluators: capacityEvaluators,
};
