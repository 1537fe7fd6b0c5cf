import { sortProblems, type Problem } from '../contract/problem.js';
import type { LoadedRuleSet } from '../contract/rule-set.js';
import { loadRules } from './load-rules.js';
import { OverlayRuleSource } from './overlay-rule-source.js';
import type { RuleRegistry } from './registry.js';
import type { RuleLibrary } from './rule-library.js';
import type { RuleSource } from './rule-source.js';

/** What `checkRuleText` found. */
export interface RuleTextCheck {
  /** Where the text was placed in the library: `<order>/<id>/<version>.json`. */
  relative: string;
  /** How problems name that file. */
  file: string;
  /** The file's own errors and warnings (warnings carry `severity: 'warning'`), in file order. */
  problems: Problem[];
  /** The library with the text in place (every other file as in `source`). */
  library: RuleLibrary;
  /** The version as loaded, when it loaded. */
  ruleSet?: LoadedRuleSet;
}

/**
 * Checks a rule-set text as the file `relative` of the library in `source`, exactly as `fordeling
 * rules validate` would if the file were in the folder: syntax, header, kind schema and checks, the
 * naming, and the checks across files (the lock, the succession, the version an amendment amends).
 * Nothing is written. Used by the API's validate route and by every save of a draft.
 */
export async function checkRuleText(source: RuleSource, registry: RuleRegistry, relative: string, text: string): Promise<RuleTextCheck> {
  const overlay = new OverlayRuleSource(source, { [relative]: text });
  const library = await loadRules(overlay, registry);
  const file = overlay.display(relative);
  const problems = sortProblems([...library.problems, ...library.warnings].filter((p) => p.file === file));
  const [, id, version] = relative.replace(/\.json$/, '').split('/');
  const ruleSet = library.ruleSets.find((r) => r.sourcePath === relative && r.ref.id === id && r.ref.version === version);
  return { relative, file, problems, library, ...(ruleSet ? { ruleSet } : {}) };
}

/**
 * Where a document for rule set `id`, version `version` goes in a library: the folder of the order
 * the id's other versions are in (`bek-975-2025`), or the library's first order for a new id.
 */
export function ruleFilePath(library: Pick<RuleLibrary, 'versions' | 'ruleSets'>, id: string, version: string): string {
  const order = library.versions(id)[0]?.sourcePath.split('/')[0] ?? library.ruleSets[0]?.sourcePath.split('/')[0] ?? 'regler';
  return `${order}/${id}/${version}.json`;
}
