import type { RuleKind } from '../../contract/kind.js';
import { checkDecisions } from './check.js';
import { compileDecisions, decisionsRules, type DecisionsCompiled } from './compile.js';
import { decisionsEvaluators } from './test-evaluators.js';
import { decisionsSchema } from './schema.js';
import type { DecisionsContent } from './types.js';

export { decisionsRules } from './compile.js';
export { decide, decideRequest, type DecideOptions } from './decide.js';
export { validateRequestIn } from './request-rules.js';
export { temporaryValidUntil } from './build-decision.js';
export type { EvaluatorName } from './evaluate-rules.js';
export { RequestError, DecisionConflictError, DecisionGapError, DecisionReplayError, EvaluatorMismatchError, type ConflictingRule } from './errors.js';
export { compactDecision, expandDecision, type CompactDecision } from './compact-decision.js';
export { requestDate, validateRequest } from './validate-request.js';
export { capacityRequestSchema } from './request-schema.js';
export { DECISION_BASES } from './schema.js';
export { FACTS } from './facts.js';
export { OPERATORS } from './condition-operators.js';
export type { DecisionsCompiled } from './compile.js';

/** The decision rules on requests for capacity: base rules and their exceptions. */
export const decisionsKind: RuleKind<DecisionsContent, DecisionsCompiled> = {
  kind: decisionsRules.kind,
  contentSchema: decisionsSchema,
  check: checkDecisions,
  compile: compileDecisions,
  testEvaluators: decisionsEvaluators,
};
