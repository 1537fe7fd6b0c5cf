import { DecisionConflictError, DecisionGapError } from './errors.js';
import type { DecisionRule, RuleStatus } from './types.js';

export interface Resolution {
  deciding: DecisionRule;
  status: Map<string, RuleStatus>;
}

/**
 * Picks the deciding rule among the rules that fired (Catala-style defaults and exceptions):
 * - an exception applies when it fired and at least one base rule it overrides fired (an exception
 *   is an exception *to* something; with nothing to override it has no effect);
 * - applying exceptions override the base rules they name;
 * - the remaining rules (applying exceptions first, then base rules, each in file order) must agree on
 *   the outcome, else DecisionConflictError names the first two that disagree; the first decides and
 *   the others are "agreeing" in the trace;
 * - nothing left is a gap in the rule set (DecisionGapError).
 */
export function resolveRules(rules: readonly DecisionRule[], fired: ReadonlySet<string>): Resolution {
  const firedBase = rules.filter((r) => r.role === 'base' && fired.has(r.id));
  const firedBaseIds = new Set(firedBase.map((r) => r.id));
  const applying = rules.filter((r) => r.role === 'exception' && fired.has(r.id) && (r.overrides ?? []).some((id) => firedBaseIds.has(id)));
  const overridden = new Set(applying.flatMap((r) => r.overrides ?? []).filter((id) => firedBaseIds.has(id)));
  const candidates = [...applying, ...firedBase.filter((r) => !overridden.has(r.id))];
  if (candidates.length === 0) throw new DecisionGapError();

  const [deciding] = candidates;
  const dissent = candidates.find((r) => r.outcome !== deciding.outcome);
  if (dissent) {
    throw new DecisionConflictError([
      { id: deciding.id, title: deciding.title, outcome: deciding.outcome, reference: deciding.reference },
      { id: dissent.id, title: dissent.title, outcome: dissent.outcome, reference: dissent.reference },
    ]);
  }

  const status = new Map<string, RuleStatus>();
  for (const rule of rules) {
    if (rule.id === deciding.id) status.set(rule.id, 'deciding');
    else if (candidates.includes(rule)) status.set(rule.id, 'agreeing');
    else if (overridden.has(rule.id)) status.set(rule.id, 'overridden');
    else if (fired.has(rule.id)) status.set(rule.id, 'not-applicable');
    else status.set(rule.id, 'not-fired');
  }
  return { deciding, status };
}
