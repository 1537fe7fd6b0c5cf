import type { LoadedRuleSet, RuleSetDocument, RuleSetRef } from './rule-set.js';

/** A problem found by a kind's own checks; the engine adds file, line and column. */
export interface ContentIssue {
  /** JSON pointer from the document root, e.g. "/content/rules/2/conditions". */
  pointer: string;
  /** Danish. */
  message: string;
}

/**
 * The rule sets in force on one date, one per id — what every evaluation runs against. Every result
 * built from a RuleBook reports `refs()` so it can be reproduced.
 */
export interface RuleBook {
  readonly asOf: string;
  /** The rule sets in force, one per id (their documents carry the Danish titles users see). */
  readonly ruleSets: readonly LoadedRuleSet[];
  /** The rule set of this kind in force; throws a Danish error when none or more than one is. */
  byKind<C = unknown>(kind: string): LoadedRuleSet<C>;
  /** The compiled form (cached) of the rule set of this kind in force. */
  compiled<T = unknown>(kind: string): T;
  /** {id, version, hash} of every rule set in force, sorted by id. */
  refs(): RuleSetRef[];
}

/** Runs one rule test case of this kind: input → the actual values to compare with `expect`. */
export type TestEvaluator = (input: unknown, book: RuleBook) => unknown | Promise<unknown>;

/**
 * A kind of rule set, registered as a plugin at the composition root (inversify). Adding a kind
 * needs no change to the engine: the engine validates the header, then hands the content to the kind.
 */
export interface RuleKind<C = unknown, Compiled = unknown> {
  readonly kind: string;
  /**
   * JSON Schema (draft 2020-12) of `content`. `title`s are Danish; the diff uses them to name what
   * changed. Arrays of rows may carry `"x-key": "<field>"`, or `"x-key": ["<field>", …]` when a row is
   * identified by several fields together, so the diff matches rows by identity.
   */
  readonly contentSchema: object;
  /** Checks the schema cannot express: duplicates, overlapping bands, conflicting exceptions. */
  check?(doc: RuleSetDocument<C>): ContentIssue[];
  /** Prepares the content once for fast evaluation (cached per loaded version). */
  compile(doc: RuleSetDocument<C>): Compiled;
  /** Named evaluators for the rule test cases legal staff write next to the rule set. */
  readonly testEvaluators?: Record<string, TestEvaluator>;
}

/** Injection token under which every kind plugin is bound (multi-injection). */
export const RULE_KIND = Symbol.for('fordeling.RuleKind');
