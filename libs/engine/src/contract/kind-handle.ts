import type { RuleBook } from './kind.js';
import type { LoadedRuleSet } from './rule-set.js';

/**
 * The typed way to one kind's rule set in a book: `minimumPatientsRules.of(book)` is that kind's
 * compiled form, so asking for the wrong kind, or reading it as another kind's form, is a type error
 * instead of a string that only fails at run time.
 */
export interface KindHandle<Content, Compiled> {
  readonly kind: string;
  /** The compiled form (cached per loaded version) of the rule set of this kind in force in `book`. */
  of(book: RuleBook): Compiled;
  /** The rule set of this kind in force in `book`, its content typed. */
  ruleSet(book: RuleBook): LoadedRuleSet<Content>;
}

export function kindHandle<Content, Compiled>(kind: string): KindHandle<Content, Compiled> {
  return {
    kind,
    of: (book) => book.compiled<Compiled>(kind),
    ruleSet: (book) => book.byKind<Content>(kind),
  };
}
