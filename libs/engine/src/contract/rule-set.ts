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
  /** Last day in force, ISO date, inclusive; absent = open-ended. */
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
  /** "sha256:<hex>" of the canonical JSON of the whole document. */
  hash: string;
}

/** A rule set as loaded: the document, where it came from, and its content hash. */
export interface LoadedRuleSet<C = unknown> {
  document: RuleSetDocument<C>;
  /** Path relative to the repository root (or absolute when outside it). */
  file: string;
  hash: string;
  ref: RuleSetRef;
}
