import type { RuleKind } from '../contract/kind.js';
import type { Problem } from '../contract/problem.js';
import type { LoadedRuleSet } from '../contract/rule-set.js';
import { isIsoDate } from '../format/danish.js';
import type { LockEntries } from './lock-file.js';
import type { RuleRegistry } from './registry.js';
import { SelectedRuleBook } from './rule-book.js';

export interface BookOptions {
  /**
   * Explicit versions per id for what-if runs, e.g. `{ capacity: '2026.1-udkast' }`. Any loaded
   * version may be picked, drafts included; ids not named follow the date.
   */
  versions?: Record<string, string>;
}

/** Every valid rule set under a rules directory, plus every problem found while loading it. */
export class RuleLibrary {
  private readonly compiledCache = new WeakMap<LoadedRuleSet, unknown>();

  constructor(
    readonly dir: string,
    readonly registry: RuleRegistry,
    readonly ruleSets: LoadedRuleSet[],
    readonly problems: Problem[],
    /** The lock file's entries as read (before any new lock). */
    readonly lockEntries: LockEntries,
  ) {}

  get(id: string, version: string): LoadedRuleSet | undefined {
    return this.ruleSets.find((r) => r.ref.id === id && r.ref.version === version);
  }

  /** All loaded versions of an id, oldest first (by validFrom, then version). */
  versions(id: string): LoadedRuleSet[] {
    return this.ruleSets
      .filter((r) => r.ref.id === id)
      .sort((a, b) => compare(a.document.validFrom, b.document.validFrom) || compare(a.ref.version, b.ref.version));
  }

  ids(): string[] {
    return [...new Set(this.ruleSets.map((r) => r.ref.id))].sort();
  }

  /**
   * The rule sets in force on `asOf`: per id the published version whose [validFrom, validTo] holds
   * the date (validTo inclusive, absent = open-ended), or the version named in `options.versions`.
   * Throws (Danish) on a malformed date or an unknown explicit version.
   */
  bookAt(asOf: string, options: BookOptions = {}): SelectedRuleBook {
    if (!isIsoDate(asOf)) throw new RangeError(`»${asOf}« er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD.`);
    const explicit = options.versions ?? {};
    const selected: LoadedRuleSet[] = [];
    for (const [id, version] of Object.entries(explicit)) {
      const ruleSet = this.get(id, version);
      if (!ruleSet) {
        const known = this.versions(id).map((r) => r.ref.version);
        throw new Error(`Version »${version}« af »${id}« findes ikke eller er ugyldig. ${known.length ? `Kendte versioner: ${known.join(', ')}.` : `Regelsættet »${id}« findes ikke.`}`);
      }
      selected.push(ruleSet);
    }
    for (const id of this.ids()) {
      if (id in explicit) continue;
      // ISO dates that exist in the calendar compare correctly as strings.
      selected.push(...this.versions(id).filter((r) => inForce(r, asOf)));
    }
    return new SelectedRuleBook(asOf, selected, (name) => this.registry.get(name), (ruleSet, kind) => this.compiledOf(ruleSet, kind));
  }

  private compiledOf(ruleSet: LoadedRuleSet, kind: RuleKind): unknown {
    if (!this.compiledCache.has(ruleSet)) this.compiledCache.set(ruleSet, kind.compile(ruleSet.document));
    return this.compiledCache.get(ruleSet);
  }
}

function inForce(ruleSet: LoadedRuleSet, asOf: string): boolean {
  const { status, validFrom, validTo } = ruleSet.document;
  return status === 'published' && validFrom <= asOf && (validTo === undefined || asOf <= validTo);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
