// The differences between two runs' rule-set versions in words: the engine's diffRuleSets sentences
// for every rule set whose version or content differs, so a what-if says what was changed, not only
// which version was used.
import { diffRuleSets, type LoadedRuleSet, type RuleRegistry, type RuleSetRef } from '@fordeling/engine';
import type { RuleSetChanges } from '../result.js';

/** Finds the loaded rule set of a ref, e.g. `(ref) => library.get(ref.id, ref.version)`. */
export type RuleSetLookup = (ref: RuleSetRef) => LoadedRuleSet | undefined;

/** Rule-set ids whose hash differs between the two ref lists (one missing counts), sorted. */
export function changedRuleSetIds(base: readonly RuleSetRef[], alternative: readonly RuleSetRef[]): string[] {
  const ids = new Set([...base, ...alternative].map((r) => r.id));
  const hash = (list: readonly RuleSetRef[], id: string) => list.find((r) => r.id === id)?.hash;
  return [...ids].filter((id) => hash(base, id) !== hash(alternative, id)).sort();
}

/**
 * Per changed rule set: both versions and each change as a Danish sentence. A rule set present in
 * only one run has no sentences to diff; its missing version is null.
 */
export function describeRuleSetChanges(base: readonly RuleSetRef[], alternative: readonly RuleSetRef[], lookup: RuleSetLookup, registry: RuleRegistry): RuleSetChanges[] {
  return changedRuleSetIds(base, alternative).map((id) => {
    const before = base.find((r) => r.id === id);
    const after = alternative.find((r) => r.id === id);
    const a = before && lookup(before);
    const b = after && lookup(after);
    const changes = a && b ? diffRuleSets(a, b, registry).map(({ pointer, change, sentence }) => ({ pointer, change, sentence })) : [];
    return { id, baseVersion: before?.version ?? null, alternativeVersion: after?.version ?? null, changes };
  });
}

/**
 * What a change touches: `rule` a value the model computes with (under /content), `reference` its
 * legal reference or note (…/reference/…), `header` the rule set's title, status, dates or version.
 */
export function changeScope(change: { pointer: string }): 'rule' | 'reference' | 'header' {
  if (!change.pointer.startsWith('/content')) return 'header';
  return /\/reference(\/|$)/.test(change.pointer) ? 'reference' : 'rule';
}
