import { isDeepStrictEqual } from 'node:util';
import type { RuleBook } from '../../contract/kind.js';
import type { RuleSetRef } from '../../contract/rule-set.js';
import { geographyRules } from '../geography/compile.js';
import { buildDecision } from './build-decision.js';
import { decisionsRules } from './compile.js';
import { DecisionReplayError } from './errors.js';
import { requestFacts } from './facts.js';
import type { Decision, DecisionBasis, DecisionOutcome } from './types.js';
import { validateRequestIn } from './request-rules.js';

/**
 * A decision as the store keeps it: the result and what the rules found — for every rule whether it
 * fired and every condition's result. With the request and the rule-set versions with their hashes
 * (both stored beside it), which never change once published (rules.lock.json), that is the whole
 * trace: `expandDecision` rebuilds the Danish sentences from it. It is ≈ 0,5 KB where the trace with
 * its sentences is ≈ 6,6 KB, and the size of what goes into the database is most of what a stored
 * decision costs (docs/api.md, "Benchmark").
 */
export interface CompactDecision {
  outcome: DecisionOutcome;
  basis: DecisionBasis;
  validUntil?: string;
  decidingRule: string;
  asOf: string;
  /** In the rule set's order: the rule, whether it fired, each condition's result in the trace's order. */
  rules: Array<{ ruleId: string; fired: boolean; results: boolean[] }>;
}

export function compactDecision(decision: Decision): CompactDecision {
  return {
    outcome: decision.outcome,
    basis: decision.basis,
    ...(decision.validUntil ? { validUntil: decision.validUntil } : {}),
    decidingRule: decision.decidingRule,
    asOf: decision.asOf,
    rules: decision.trace.map((rule) => ({ ruleId: rule.ruleId, fired: rule.fired, results: rule.conditions.map((c) => c.result) })),
  };
}

const refText = (refs: readonly RuleSetRef[]) => refs.map((r) => `${r.id} ${r.version} (${r.hash.slice(0, 12)})`).join(', ');

/**
 * The full decision of a stored record: its trace and sentences rebuilt under `book`, which must hold
 * exactly the rule-set versions (`ruleSets`, with hashes) the decision was made with. The rebuilt
 * result must be the stored one; anything else (other rule sets, another rule order, a changed rule)
 * is a DecisionReplayError, never a silently different story.
 */
export function expandDecision(request: unknown, stored: CompactDecision, ruleSets: readonly RuleSetRef[], book: RuleBook): Decision {
  const refs = book.refs();
  if (!isDeepStrictEqual(refs, ruleSets)) {
    throw new DecisionReplayError(`afgørelsen blev truffet efter ${refText(ruleSets)}, men genskabes efter ${refText(refs)}`);
  }
  const geography = geographyRules.of(book);
  const { templates } = decisionsRules.of(book);
  const valid = validateRequestIn(request, book);
  const facts = requestFacts(valid, geography);
  const sameRules = stored.rules.length === templates.length && templates.every((t, i) => t.rule.id === stored.rules[i].ruleId && t.leaves.length === stored.rules[i].results.length);
  if (!sameRules) throw new DecisionReplayError('reglerne og deres betingelser i den gemte afgørelse svarer ikke til regelsættet');
  const evaluations = stored.rules.map((rule, i) => ({
    fired: rule.fired,
    leaves: rule.results.map((result, j) => ({ factValue: facts[templates[i].leaves[j].fact], result })),
  }));
  let decision: Decision;
  try {
    decision = buildDecision(valid, facts, evaluations, book);
  } catch (error) {
    // A gap or a conflict now, where the decision was made: the record and the rules disagree.
    throw new DecisionReplayError(error instanceof Error ? error.message.replace(/\.$/, '') : String(error));
  }
  if (decision.outcome !== stored.outcome || decision.basis !== stored.basis || decision.decidingRule !== stored.decidingRule || decision.validUntil !== stored.validUntil || book.asOf !== stored.asOf) {
    throw new DecisionReplayError(`genskabt giver den ${decision.outcome}/${decision.basis} efter »${decision.decidingRule}«, gemt er ${stored.outcome}/${stored.basis} efter »${stored.decidingRule}«`);
  }
  return decision;
}
