import type { Problem } from '@fordeling/engine';
import type { ChangeContext } from './change-context.js';

/**
 * Where a version is in the ministry's workflow (issue 13): a draft is written and saved (each save
 * checked against the whole library), submitted for approval, then approved — which publishes it —
 * by another ministry user, or rejected with a reason (and then written again). A published version
 * never changes.
 */
export type RuleVersionStatus = 'draft' | 'submitted' | 'rejected' | 'published';

/** A person in the workflow: the actor id (`token:<id>`) and the name their token carries. */
export interface RuleVersionPerson {
  id: string;
  label: string;
}

/** What the engine's check of a text found (`checkRuleText`), computed by the caller and kept with the text. */
export interface RuleTextFindings {
  kind: string | null;
  validFrom: string | null;
  /** The version an amendment amends. */
  amends: string | null;
  /** Canonical hash of the resolved document, when it loads. */
  hash: string | null;
  /** Errors (a version with any is never submitted or published). */
  problems: Problem[];
  warnings: Problem[];
}

export interface RuleVersionRecord extends RuleTextFindings {
  ruleSetId: string;
  version: string;
  /** The file it is in the library: `<order>/<id>/<version>.json`. */
  path: string;
  status: RuleVersionStatus;
  /** The document as written; for a published version with `"status": "published"` and nothing else changed. */
  text: string;
  /** 1 when created, +1 per step; a change may name the revision it expects (409 otherwise). */
  revision: number;
  /** Everyone who wrote in it, the creator first; none of them may approve it (four eyes). */
  authors: RuleVersionPerson[];
  createdAt: string;
  updatedAt: string;
  submittedBy: RuleVersionPerson | null;
  submittedAt: string | null;
  /** Who approved and thereby published it. */
  approvedBy: RuleVersionPerson | null;
  publishedAt: string | null;
  publishReason: string | null;
  rejectedBy: RuleVersionPerson | null;
  rejectedAt: string | null;
  rejectReason: string | null;
}

export type RuleVersionAction = 'create' | 'update' | 'submit' | 'approve' | 'reject' | 'import';

export interface RuleVersionHistoryEntry {
  seq: number;
  action: RuleVersionAction;
  fromStatus: RuleVersionStatus | null;
  toStatus: RuleVersionStatus;
  /** The version's revision after the step. */
  revision: number;
  actor: RuleVersionPerson;
  at: string;
  reason: string | null;
  hash: string | null;
  /** How many errors the text had after the step. */
  problemCount: number;
}

export interface RuleVersionDetail extends RuleVersionRecord {
  history: RuleVersionHistoryEntry[];
}

/** A change to one version, by the actor of the context (whose `label` names the person). */
export interface RuleVersionChange extends ChangeContext {
  ruleSetId: string;
  version: string;
  /** The revision the caller saw; another answers 409 and changes nothing. */
  expectedRevision?: number;
}

export interface CreateRuleDraftInput extends ChangeContext {
  ruleSetId: string;
  version: string;
  path: string;
  text: string;
  findings: RuleTextFindings;
}

export interface UpdateRuleDraftInput extends RuleVersionChange {
  text: string;
  findings: RuleTextFindings;
}

export interface ApproveRuleDraftInput extends RuleVersionChange {
  reason: string;
  /** The text as published: the draft's own with only its status changed (planPublication). */
  publishedText: string;
  /** Its canonical hash: the lock entry. */
  hash: string;
  /**
   * How many versions were published through the store when the caller checked the library with this
   * one published; another count means the library changed meanwhile (409 `library-changed`).
   */
  libraryRevision: number;
}

export interface RejectRuleDraftInput extends RuleVersionChange {
  reason: string;
}

/** A version published elsewhere (a file of `fordeling rules export`), loaded into the store as published. */
export interface ImportRuleVersionInput extends ChangeContext {
  ruleSetId: string;
  version: string;
  path: string;
  text: string;
  findings: RuleTextFindings;
  /** Its lock entry as the files recorded it. */
  lock: { hash: string; publishedBy: string; publishedAt: string; reason: string };
  libraryRevision: number;
}

export interface RuleVersionFilter {
  ruleSetId?: string;
  status?: RuleVersionStatus;
}

/**
 * Told after a version was published (in this process, or — on PostgreSQL — by any replica); without
 * an argument when notifications may have been missed (the connection to PostgreSQL was lost and is
 * back), so the listener should look again.
 */
export type RuleVersionListener = (published?: { ruleSetId: string; version: string }) => void;
