import type { RuleBook, TestEvaluator } from '../../contract/kind.js';
import { decideOnBoth } from './decide-on-both.js';

/**
 * `decide`: a request → the decision's outcome, basis, deciding rule, (when temporary) validUntil,
 * (where the rule says) the unit granted, the ceiling and whether it is the order's number, and the
 * deciding rule's sentence as a letter prints it (`reason`). An invalid request or a conflict shows as
 * the error (for `expectError`). Every case runs on both evaluators; a difference between them fails
 * the case, in Danish (decide-on-both.ts).
 */
const decideEvaluator: TestEvaluator = async (input: unknown, book: RuleBook) => {
  const decision = await decideOnBoth(input, book);
  return {
    outcome: decision.outcome,
    basis: decision.basis,
    decidingRule: decision.decidingRule,
    ...(decision.validUntil ? { validUntil: decision.validUntil } : {}),
    ...(decision.unit ? { unit: decision.unit } : {}),
    ...(decision.ceiling ? { ceiling: decision.ceiling.capacities, ceilingFixedByOrder: decision.ceiling.fixedByOrder } : {}),
    reason: decision.trace.find((t) => t.status === 'deciding')?.explanation,
    fired: decision.trace.filter((t) => t.fired).map((t) => t.ruleId),
  };
};

export const decisionsEvaluators = { decide: decideEvaluator };
