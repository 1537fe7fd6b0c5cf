import type { RequestHandler, Response } from 'express';
import type { RuleBook, RuleSetRef } from '@fordeling/engine';
import { ruleSetsHeader, type RulesContext } from '../rules/rules-context.js';

export const RULE_SETS_HEADER = 'Fordeling-Rulesets';

/**
 * Every response names the rule-set versions (with content hashes) it used, as OpenFisca does. By
 * default the rule sets in force today; a route that evaluates another date calls `usedRuleSets`.
 */
export function ruleSetsInForce(rules: RulesContext): RequestHandler {
  return (_req, res, next) => {
    try {
      usedRuleSets(res, rules.bookAt());
    } catch {
      // No complete rule book today (e.g. an empty rules directory): routes still answer, without the header.
    }
    next();
  };
}

/** A book's header value, written once per book: the API keeps its books (RulesContext), and every response sends one. */
const headerOfBook = new WeakMap<RuleBook, string>();

export function usedRuleSets(res: Response, used: RuleBook | readonly RuleSetRef[]): void {
  if (Array.isArray(used)) {
    res.set(RULE_SETS_HEADER, ruleSetsHeader(used as readonly RuleSetRef[]));
    return;
  }
  const book = used as RuleBook;
  let value = headerOfBook.get(book);
  if (value === undefined) {
    value = ruleSetsHeader(book.refs());
    headerOfBook.set(book, value);
  }
  res.set(RULE_SETS_HEADER, value);
}
