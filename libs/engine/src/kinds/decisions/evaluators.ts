import type { RuleBook, TestEvaluator } from '../../contract/kind.js';
import { decide } from './decide.js';

/**
 * `decide`: a request → the decision's outcome, basis, deciding rule and (when temporary) validUntil.
 * An invalid request or a conflict shows as the error (for `expectError`).
 */
const decideEvaluator: TestEvaluator = async (input: unknown, book: RuleBook) => {
  const decision = await decide(input, book);
  return {
    outcome: decision.outcome,
    basis: decision.basis,
    decidingRule: decision.decidingRule,
    ...(decision.validUntil ? { validUntil: decision.validUntil } : {}),
    fired: decision.trace.filter((t) => t.fired).map((t) => t.ruleId),
  };
};

export const decisionsEvaluators = { decide: decideEvaluator };
