import type { RuleBook, TestEvaluator } from '../../contract/kind.js';
import { decideOnBoth } from './decide-on-both.js';

/**
 * `decide`: a request → the decision's outcome, basis, deciding rule and (when temporary) validUntil.
 * An invalid request or a conflict shows as the error (for `expectError`). Every case runs on both
 * evaluators; a difference between them fails the case, in Danish (decide-on-both.ts).
 */
const decideEvaluator: TestEvaluator = async (input: unknown, book: RuleBook) => {
  const decision = await decideOnBoth(input, book);
  return {
    outcome: decision.outcome,
    basis: decision.basis,
    decidingRule: decision.decidingRule,
    ...(decision.validUntil ? { validUntil: decision.validUntil } : {}),
    fired: decision.trace.filter((t) => t.fired).map((t) => t.ruleId),
  };
};

export const decisionsEvaluators = { decide: decideEvaluator };
