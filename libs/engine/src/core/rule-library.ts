import type { RuleKind } from '../contract/kind.js';
import type { Problem } from '../contract/problem.js';
import type { LoadedRuleSet } from '../contract/rule-set.js';
import { isIsoDate } from '../format/danish.js';
import type { LockEntries } from './lock-file.js';
import type { RuleRegistry } from './registry.js';
import { SelectedRuleBook } from './rule-book.js';
import type { RuleSource } from './rule-source.js';
import type { SourceCatalogue } from './source-catalogue.js';
import { bySuccession, holds, inForcePeriods, type InForcePeriod } from './succession.js';

export interface BookOptions {
  /**
   * Explicit versions per id for what-if runs and drafts, e.g. `{ capacity: '2026.1-udkast' }`. Any
   * loaded version may be picked, drafts included; ids not named follow the date.
   */
  versions?: Record<string, string>;
}

/** Every valid rule set of a source, plus every problem and warning found while loading it. */
export class RuleLibrary {
  private readonly compiledCache = new WeakMap<LoadedRuleSet, unknown>();
  private readonly periods = new Map<LoadedRuleSet, InForcePeriod>();

  constructor(
    readonly source: RuleSource,
    readonly registry: RuleRegistry,
    readonly ruleSets: LoadedRuleSet[],
    /** Errors: a library with any is not fit for publishing or a run. */
    readonly problems: Problem[],
    /** What the officer should look at, but which does not stop anything. */
    readonly warnings: Problem[],
    /** The lock file's entries as read (before any new lock): hash, who published, when and why. */
    readonly lockEntries: LockEntries,
    /** The documents the references cite, by their real titles. */
    readonly sources: SourceCatalogue,
  ) {
    for (const id of this.ids()) {
      for (const [ruleSet, period] of inForcePeriods(this.versions(id), (r) => r.document)) this.periods.set(ruleSet, period);
    }
  }

  /** The folder the library was loaded from, when it is one. */
  get dir(): string | undefined {
    return this.source.dir;
  }

  get(id: string, version: string): LoadedRuleSet | undefined {
    return this.ruleSets.find((r) => r.ref.id === id && r.ref.version === version);
  }

  /** All loaded versions of an id, oldest first (by validFrom, then version). */
  versions(id: string): LoadedRuleSet[] {
    return this.ruleSets.filter((r) => r.ref.id === id).sort((a, b) => bySuccession(a.document, b.document));
  }

  ids(): string[] {
    return [...new Set(this.ruleSets.map((r) => r.ref.id))].sort();
  }

  /** The days a published version is in force (its successor's start ends it); undefined for a draft. */
  periodOf(ruleSet: LoadedRuleSet): InForcePeriod | undefined {
    return this.periods.get(ruleSet);
  }

  /** The published version of `id` in force on `date`, if any. */
  inForceOn(id: string, date: string): LoadedRuleSet | undefined {
    return this.versions(id).find((r) => {
      const period = this.periods.get(r);
      return period !== undefined && holds(period, date);
    });
  }

  /**
   * The published version a version starting on `validFrom` succeeds: the last one that starts
   * before it (what `rules new`, the diff at publishing and the impact compare with).
   */
  predecessorOf(id: string, validFrom: string): LoadedRuleSet | undefined {
    return this.versions(id).filter((r) => r.document.status === 'published' && r.document.validFrom < validFrom).at(-1);
  }

  /**
   * The rule sets in force on `asOf`: per id the published version whose period (succession.ts) holds
   * the date, or the version named in `options.versions`. Throws (Danish) on a malformed date or an
   * unknown explicit version.
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
      const inForce = this.inForceOn(id, asOf);
      if (inForce) selected.push(inForce);
    }
    return new SelectedRuleBook(asOf, selected, (name) => this.registry.get(name), (ruleSet, kind) => this.compiledOf(ruleSet, kind));
  }

  private compiledOf(ruleSet: LoadedRuleSet, kind: RuleKind): unknown {
    if (!this.compiledCache.has(ruleSet)) this.compiledCache.set(ruleSet, kind.compile(ruleSet.document));
    return this.compiledCache.get(ruleSet);
  }
}
