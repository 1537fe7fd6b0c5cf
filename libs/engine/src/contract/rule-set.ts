import type { LegalReference } from './legal-reference.js';

export type RuleSetStatus = 'draft' | 'published';

/** The header every rule set file carries (rules/<order>/<rule-set>/<version>.json). */
export interface RuleSetHeader {
  $schema?: string;
  /** Stable id of the rule set, e.g. "capacity". Unique within the rules directory. */
  id: string;
  /** The kind (plugin) that gives the content its meaning, e.g. "capacity". */
  kind: string;
  /** Version label, e.g. "2025.1"; equals the file name without ".json". */
  version: string;
  /** First day in force, ISO date (YYYY-MM-DD). */
  validFrom: string;
  /**
   * Last day in force, ISO date, inclusive, where the version says so itself (a sunset); absent = until
   * a later published version takes over (core/succession.ts).
   */
  validTo?: string;
  status: RuleSetStatus;
  /** Danish title and description for legal staff. */
  title: string;
  description: string;
  legalBasis: LegalReference;
}

export interface RuleSetDocument<C = unknown> extends RuleSetHeader {
  /** The kind's content, validated by the kind's JSON Schema. */
  content: C;
}

/** Identifies exactly which rule-set version produced a result. */
export interface RuleSetRef {
  id: string;
  version: string;
  /** "sha256:<hex>" of the canonical JSON of the whole (resolved) document. */
  hash: string;
  /** Set when the version is a draft: a result computed with it is not the rules in force. */
  draft?: true;
}

/** A rule set as loaded: the document, where it came from, and its content hash. */
export interface LoadedRuleSet<C = unknown> {
  /** The whole document; for a version written as an amendment, the amended version with the changes applied. */
  document: RuleSetDocument<C>;
  /** Path relative to the repository root (or absolute when outside it), or the source's name for it. */
  file: string;
  /** Path within its rule source: `<order>/<id>/<version>.json`. */
  sourcePath: string;
  hash: string;
  ref: RuleSetRef;
  /** For a version written as an amendment: the version it amends. */
  amends?: string;
}
