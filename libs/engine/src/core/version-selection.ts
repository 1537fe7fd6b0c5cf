import type { RuleSetRef } from '../contract/rule-set.js';

/** What every result computed with a draft says in its text. */
export const DRAFT_BANNER = 'UDKAST — ikke gældende regler';

/**
 * `decisions@2026.1-udkast,capacity@2026.2` → `{ decisions: '2026.1-udkast', capacity: '2026.2' }`, the
 * versions a run, a decision or a rule test uses instead of those in force. Throws a Danish error
 * naming the part that is not `id@version`, or an id named twice.
 */
export function parseVersionSelection(text: string): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([a-z0-9][a-z0-9-]*)@([0-9]{4}\.[0-9]+(?:-[a-z0-9-]+)?)$/.exec(part);
    if (!match) throw new Error(`»${part}« er ikke en version som id@version, fx »decisions@2026.1-udkast«.`);
    if (match[1] in versions) throw new Error(`Regelsættet »${match[1]}« er valgt to gange (${versions[match[1]]} og ${match[2]}); vælg én version.`);
    versions[match[1]] = match[2];
  }
  if (Object.keys(versions).length === 0) throw new Error('Angiv mindst én version som id@version, fx »decisions@2026.1-udkast«.');
  return versions;
}

/** »UDKAST — ikke gældende regler: decisions@2026.1-udkast« when any of the versions is a draft. */
export function draftNotice(refs: readonly RuleSetRef[]): string | undefined {
  const drafts = refs.filter((r) => r.draft);
  return drafts.length ? `${DRAFT_BANNER}: ${drafts.map((r) => `${r.id}@${r.version}`).join(', ')}` : undefined;
}
