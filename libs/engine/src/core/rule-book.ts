import type { RuleBook, RuleKind } from '../contract/kind.js';
import type { LoadedRuleSet, RuleSetRef } from '../contract/rule-set.js';
import { formatDate } from '../format/danish.js';

/** Compiles a loaded version once and shares the result between books (see RuleLibrary). */
export type CompileCache = (ruleSet: LoadedRuleSet, kind: RuleKind) => unknown;

/** The rule sets selected for one date — at most one version per id. */
export class SelectedRuleBook implements RuleBook {
  constructor(
    readonly asOf: string,
    readonly ruleSets: readonly LoadedRuleSet[],
    private readonly kindOf: (name: string) => RuleKind | undefined,
    private readonly compile: CompileCache,
  ) {}

  byKind<C = unknown>(kind: string): LoadedRuleSet<C> {
    const matches = this.ruleSets.filter((r) => r.document.kind === kind);
    if (matches.length === 1) return matches[0] as LoadedRuleSet<C>;
    if (matches.length === 0) {
      throw new Error(`Intet offentliggjort regelsæt af typen »${kind}« gælder den ${formatDate(this.asOf)}.`);
    }
    const names = matches.map((r) => `${r.ref.id}@${r.ref.version} (${r.file})`).join(', ');
    throw new Error(`Flere regelsæt af typen »${kind}« gælder den ${formatDate(this.asOf)}: ${names}. Vælg én version.`);
  }

  compiled<T = unknown>(kind: string): T {
    const ruleSet = this.byKind(kind);
    const plugin = this.kindOf(kind);
    if (!plugin) throw new Error(`Regeltypen »${kind}« er ikke registreret.`);
    return this.compile(ruleSet, plugin) as T;
  }

  refs(): RuleSetRef[] {
    return this.ruleSets.map((r) => r.ref).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
