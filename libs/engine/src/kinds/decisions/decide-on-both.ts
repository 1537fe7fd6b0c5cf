import { isDeepStrictEqual } from 'node:util';
import type { RuleBook } from '../../contract/kind.js';
import { quoteValue } from '../../core/danish-value.js';
import { partialMatch } from '../../core/partial-match.js';
import { decide } from './decide.js';
import { EvaluatorMismatchError } from './errors.js';
import type { Decision } from './types.js';

type Outcome = { decision: Decision } | { error: unknown };

async function outcomeOf(run: () => Promise<Decision>): Promise<Outcome> {
  try {
    return { decision: await run() };
  } catch (error) {
    return { error };
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Where two decisions differ first, in Danish: "/trace/3/fired: kompileret ja, json-rules-engine nej". */
function firstDifference(compiled: Decision, reference: Decision): string {
  const [m] = [...partialMatch(reference, compiled), ...partialMatch(compiled, reference).map((x) => ({ ...x, expected: x.actual, actual: x.expected }))];
  if (!m) return 'afgørelserne er ikke ens';
  const shown = (v: unknown) => (v === undefined ? 'ingen værdi' : quoteValue(v));
  return `${m.pointer || '/'}: kompileret ${shown(m.actual)}, json-rules-engine ${shown(m.expected)}`;
}

/**
 * `decide` on the compiled evaluator and on json-rules-engine; the decision (or the error) when both
 * agree exactly, else EvaluatorMismatchError naming the first difference. The rule tests run every
 * decisions case through this, so a difference fails the case (test-evaluators.ts).
 */
export async function decideOnBoth(input: unknown, book: RuleBook): Promise<Decision> {
  const compiled = await outcomeOf(() => decide(input, book));
  const reference = await outcomeOf(() => decide(input, book, { evaluator: 'json-rules-engine' }));
  if ('decision' in compiled && 'decision' in reference) {
    if (isDeepStrictEqual(compiled.decision, reference.decision)) return compiled.decision;
    throw new EvaluatorMismatchError(firstDifference(compiled.decision, reference.decision));
  }
  if ('error' in compiled && 'error' in reference) {
    if (errorText(compiled.error) === errorText(reference.error)) throw compiled.error;
    throw new EvaluatorMismatchError(`kompileret fejlen »${errorText(compiled.error)}«, json-rules-engine fejlen »${errorText(reference.error)}«`);
  }
  const shown = (o: Outcome) => ('decision' in o ? `en afgørelse efter reglen »${o.decision.trace.find((t) => t.ruleId === o.decision.decidingRule)?.title}«` : `fejlen »${errorText(o.error)}«`);
  throw new EvaluatorMismatchError(`kompileret ${shown(compiled)}, json-rules-engine ${shown(reference)}`);
}
