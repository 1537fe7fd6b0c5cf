import type { RuleBook } from '../../contract/kind.js';
import { geographyRules } from '../geography/compile.js';
import { buildDecision } from './build-decision.js';
import { decisionsRules } from './compile.js';
import { evaluateWithEngine, type EvaluatorName } from './evaluate-rules.js';
import { requestFacts } from './facts.js';
import type { Decision, ValidatedRequest } from './types.js';
import { validateRequestIn } from './request-rules.js';

export interface DecideOptions {
  /** 'compiled' (default) or the reference 'json-rules-engine'; both give deep-equal decisions. */
  evaluator?: EvaluatorName;
}

/**
 * Decides a request to establish or re-fill a capacity under the decisions and geography rule sets in
 * `book` (issue 3). Throws RequestError for an invalid request (validateRequest, the one check of a
 * request) and DecisionConflictError when rules that both apply disagree; otherwise every rule and
 * every condition is in the trace.
 */
export async function decide(input: unknown, book: RuleBook, options: DecideOptions = {}): Promise<Decision> {
  return decideRequest(validateRequestIn(input, book), book, options);
}

/**
 * Decides a request validateRequest has already returned (council and island as the geography's ids).
 * The rules run on the compiled evaluator unless `options.evaluator` asks for json-rules-engine, the
 * reference.
 */
export async function decideRequest(request: ValidatedRequest, book: RuleBook, options: DecideOptions = {}): Promise<Decision> {
  const compiled = decisionsRules.of(book);
  const facts = requestFacts(request, geographyRules.of(book));
  const evaluations = options.evaluator === 'json-rules-engine' ? await evaluateWithEngine(compiled.engines, compiled.rules, facts) : compiled.evaluate(facts);
  return buildDecision(request, facts, evaluations, book);
}
