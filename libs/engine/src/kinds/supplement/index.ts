import type { RuleKind } from '../../contract/kind.js';
import { checkSupplement } from './check.js';
import { compileSupplement, supplementRules, type SupplementCompiled } from './compile.js';
import { supplementSchema } from './schema.js';
import { supplementEvaluators } from './test-evaluators.js';
import type { SupplementContent } from './types.js';

export { supplementRules } from './compile.js';
export type { SupplementCompiled } from './compile.js';

/** The temporary supplement in areas with a shortage of doctors (sundhedsloven § 206 b, stk. 5). */
export const supplementKind: RuleKind<SupplementContent, SupplementCompiled> = {
  kind: supplementRules.kind,
  contentSchema: supplementSchema,
  check: checkSupplement,
  compile: compileSupplement,
  testEvaluators: supplementEvaluators,
};
