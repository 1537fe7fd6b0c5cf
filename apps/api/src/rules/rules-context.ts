import { formatDate, geographyRules, DecisionReplayError, type RuleBook, type RuleLibrary, type RuleSetRef } from '@fordeling/engine';
import { problems } from '../http/problem.js';
import type { LiveRuleLibrary } from './live-rules.js';

/** What the API needs of the engine's rule library (RuleLibrary satisfies it). */
export type ApiRuleLibrary = Pick<RuleLibrary, 'ruleSets' | 'problems' | 'registry' | 'get' | 'versions' | 'ids' | 'bookAt' | 'source'>;

/**
 * The rule books the API evaluates against, one per as-of date, built once and kept until the live
 * library changes (a version published: live-rules.ts); compiled kinds are cached by the library per
 * version.
 */
export class RulesContext {
  private readonly books = new Map<string, RuleBook>();

  constructor(
    readonly live: LiveRuleLibrary,
    private readonly today: () => string,
  ) {
    live.onChange(() => this.books.clear());
  }

  /** The library served now; 503 (Danish, with the problems) while no library without problems has loaded. */
  get library(): RuleLibrary {
    const library = this.live.library;
    if (!library) throw problems.rulesUnavailable(this.live.status().problems);
    return library;
  }

  /**
   * The book in force on `asOf` (default today); 422 at `pointer` for a malformed date, and for a date
   * before the first rule sets are in force — no rule can decide or compute anything then, and the
   * routes would otherwise fail on the first rule set they ask for (issue 15: a 500 for 1900-01-01).
   */
  bookAt(asOf?: string, pointer = '/asOf'): RuleBook {
    const date = asOf ?? this.today();
    return this.kept(date, () => {
      const first = this.firstInForce();
      if (first !== undefined && date < first) {
        const message = `Ingen regelsæt gælder ${formatDate(date)}: de første gælder fra ${formatDate(first)}. Kontrollér datoen i »${pointer.split('/').pop()}«.`;
        throw problems.invalid(message, [{ pointer, message }]);
      }
      try {
        return this.library.bookAt(date);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw problems.invalid(message, [{ pointer, message }]);
      }
    });
  }

  /** The earliest day a published rule set is in force. */
  private firstInForce(): string | undefined {
    const published = this.library.ruleSets.filter((r) => r.document.status !== 'draft').map((r) => r.document.validFrom);
    return published.length > 0 ? published.reduce((a, b) => (a < b ? a : b)) : undefined;
  }

  private kept(key: string, build: () => RuleBook): RuleBook {
    let book = this.books.get(key);
    if (!book) {
      book = build();
      if (this.books.size > 1000) this.books.clear();
      this.books.set(key, book);
    }
    return book;
  }

  /**
   * The book a stored decision was made under: its as-of date with exactly its rule-set versions
   * (published versions never change; expandDecision checks the hashes). Kept like the books by date,
   * so a list of decisions made on the same day builds one.
   */
  bookOfDecision(asOf: string, ruleSets: readonly RuleSetRef[]): RuleBook {
    const versions = Object.fromEntries(ruleSets.map((r) => [r.id, r.version]));
    return this.kept(`${asOf} ${JSON.stringify(versions)}`, () => {
      try {
        return this.library.bookAt(asOf, { versions });
      } catch (error) {
        // A version the decision names is no longer in the rules directory: the record cannot be read as made.
        throw new DecisionReplayError((error instanceof Error ? error.message : String(error)).replace(/\.$/, ''));
      }
    });
  }

  todayDate(): string {
    return this.today();
  }

  /** The geography's id of a region given by name or id; a name it does not know, trimmed and in lower case. */
  regionId(book: RuleBook, nameOrId: string): string {
    return geographyRules.of(book).region(nameOrId)?.id ?? nameOrId.trim().toLocaleLowerCase('da');
  }

  /** Do two region names/ids denote the same region of the geography in force? */
  sameRegion(book: RuleBook, a: string | null | undefined, b: string | null | undefined): boolean {
    if (!a || !b) return false;
    return this.regionId(book, a) === this.regionId(book, b);
  }
}

/** `capacity@2025.1;sha256:…, decisions@2025.1;sha256:…` — the header value naming what was used. */
export function ruleSetsHeader(refs: readonly RuleSetRef[]): string {
  return refs.map((r) => `${r.id}@${r.version};${r.hash}`).join(', ');
}
