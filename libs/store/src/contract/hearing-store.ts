import type { GroupCommitOptions } from '../group-commit.js';
import type { AuditEntry, AuditFilter, AuditInput } from './audit.js';
import type { Actor } from './change-context.js';
import type { CapacityDecisionRecord, DecisionFilter, RecordDecisionInput } from './decisions.js';
import type { CaseDetail, CaseStatus, HearingCase, HearingRecord, OpenHearingInput, RecordDialogueInput, RecordResponseInput, SetFinalInput, SetPreliminaryInput } from './hearings.js';
import type { LetterRecord, RecordLetterInput } from './letters.js';
import type {
  ApproveRuleDraftInput,
  CreateRuleDraftInput,
  ImportRuleVersionInput,
  RejectRuleDraftInput,
  RuleVersionChange,
  RuleVersionDetail,
  RuleVersionFilter,
  RuleVersionListener,
  RuleVersionRecord,
  UpdateRuleDraftInput,
} from './rule-versions.js';
import type { ClinicInput, ClinicRecord, CouncilYearRecord, ModelRunRecord, RegisterRunInputsInput, RegisterRunOptions, RunDocument, RunInputsRecord } from './runs.js';
import type { CreateTokenInput, TokenRecord } from './tokens.js';
import type { SessionRecord } from './sessions.js';

export type { GroupCommitOptions };

export interface AppliedMigration {
  version: number;
  name: string;
  checksum: string;
  appliedAt: string;
}

export type Backend = 'pglite' | 'postgres';

/**
 * The hearing store's public interface: everything apps/api, apps/letters and the CLI need.
 * Stable contract — add members, never rename. Implemented by `SqlHearingStore` over PGlite or
 * PostgreSQL (see docs/store.md). All timestamps are ISO 8601 strings (UTC), all dates YYYY-MM-DD.
 * The entities' own types are in the files beside this one.
 */
export interface HearingStore {
  readonly backend: Backend;

  // model runs
  registerRun(run: RunDocument, clinics: ClinicInput[], options?: RegisterRunOptions): Promise<ModelRunRecord>;
  getRun(id: string): Promise<ModelRunRecord | undefined>;
  /** Newest first. */
  listRuns(): Promise<ModelRunRecord[]>;
  listClinics(runId: string, region?: string): Promise<ClinicRecord[]>;
  /** Council results for one year from the given run, or the latest registered run. */
  listCouncils(year: number, runId?: string): Promise<CouncilYearRecord[]>;
  /** Records the model input folder of a run (the impact preview's reference population); replaces an earlier one. */
  registerRunInputs(input: RegisterRunInputsInput): Promise<RunInputsRecord>;
  getRunInputs(runId: string): Promise<RunInputsRecord | undefined>;
  /** The input folder registered last, of any run. */
  latestRunInputs(): Promise<RunInputsRecord | undefined>;

  // hearings
  openHearing(input: OpenHearingInput): Promise<HearingRecord>;
  getHearing(id: string): Promise<HearingRecord | undefined>;
  listHearings(filter?: { region?: string; year?: number }): Promise<HearingRecord[]>;
  listCases(hearingId: string, status?: CaseStatus): Promise<HearingCase[]>;
  /** The clinic's case in the latest round (of `year` when given), with history and letters. */
  getCase(providerNumber: string, year?: number): Promise<CaseDetail | undefined>;
  getCaseById(caseId: string): Promise<CaseDetail | undefined>;
  setPreliminary(input: SetPreliminaryInput): Promise<HearingCase>;
  recordResponse(input: RecordResponseInput): Promise<HearingCase>;
  setFinal(input: SetFinalInput): Promise<HearingCase>;
  /** Records a dialogue with the clinic on its case (not after the final number); audited as `case.dialogue`. */
  recordDialogue(input: RecordDialogueInput): Promise<HearingCase>;
  recordLetter(input: RecordLetterInput): Promise<LetterRecord>;
  listLetters(caseId: string): Promise<LetterRecord[]>;

  // capacity decisions
  /**
   * Resolves once the decision and its audit row are committed. Concurrent calls are committed
   * together in one transaction (group commit); a batch that fails is retried one decision per
   * transaction, so only a decision that cannot be stored on its own is rejected.
   */
  recordDecision(input: RecordDecisionInput): Promise<CapacityDecisionRecord>;
  getDecision(id: string): Promise<CapacityDecisionRecord | undefined>;
  listDecisions(filter?: DecisionFilter): Promise<CapacityDecisionRecord[]>;

  // rule-set versions: the ministry's drafts, four-eyes approval and publishing (docs/store.md)
  /** A new draft; 409 when the version exists. */
  createRuleDraft(input: CreateRuleDraftInput): Promise<RuleVersionRecord>;
  /** Saves a draft's text with what its check found; a rejected draft becomes a draft again; 409 for a submitted or published one. */
  updateRuleDraft(input: UpdateRuleDraftInput): Promise<RuleVersionRecord>;
  /** Asks for approval; 422 while the text has problems. */
  submitRuleDraft(input: RuleVersionChange): Promise<RuleVersionRecord>;
  /** Approves and publishes a submitted draft; 403 for anyone who wrote in it (four eyes). */
  approveRuleDraft(input: ApproveRuleDraftInput): Promise<RuleVersionRecord>;
  /** Sends a submitted draft back with a reason; 403 for anyone who wrote in it. */
  rejectRuleDraft(input: RejectRuleDraftInput): Promise<RuleVersionRecord>;
  /** Stores a version published elsewhere as published, with its lock entry (`fordeling rules import`). */
  importRuleVersion(input: ImportRuleVersionInput): Promise<RuleVersionRecord>;
  getRuleVersion(ruleSetId: string, version: string): Promise<RuleVersionDetail | undefined>;
  /** By rule set, then version. */
  listRuleVersions(filter?: RuleVersionFilter): Promise<RuleVersionRecord[]>;
  /** How many versions were published through the store: the library's revision for `libraryRevision`. */
  publishedRuleVersionCount(): Promise<number>;
  /**
   * Calls `listener` after each publication: in this process on PGlite, from every replica on
   * PostgreSQL (LISTEN/NOTIFY). Resolves to the function that stops listening.
   */
  watchRuleVersions(listener: RuleVersionListener): Promise<() => Promise<void>>;

  // audit log (append-only: no update/delete API)
  recordAudit(input: AuditInput): Promise<AuditEntry>;
  listAudit(filter?: AuditFilter): Promise<AuditEntry[]>;

  // tokens (only the sha256 hash is stored)
  createToken(input: CreateTokenInput): Promise<{ token: string; record: TokenRecord }>;
  findToken(plain: string): Promise<TokenRecord | undefined>;
  listTokens(): Promise<TokenRecord[]>;
  /** Sets `lastUsedAt` to now. */
  touchToken(id: string): Promise<void>;
  /** Revokes an active token (NotFoundError otherwise) and returns it as it is now. */
  revokeToken(id: string, actor?: Actor): Promise<TokenRecord>;
  /**
   * Calls `listener` with the id of each revoked token: in this process on PGlite, from every
   * replica on PostgreSQL (LISTEN/NOTIFY). Resolves to the function that stops listening.
   */
  watchTokenRevocations(listener: (id: string) => void): Promise<() => Promise<void>>;

  // web workbench sessions (only the session id's sha256 hash is stored)
  createSession(token: TokenRecord, ttlMs: number): Promise<{ session: string; record: SessionRecord }>;
  findSession(plain: string): Promise<SessionRecord | undefined>;
  deleteSession(plain: string): Promise<void>;

  migrations(): Promise<AppliedMigration[]>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** PGlite data directory; default `.data/pglite`; `memory://` for an in-memory database. */
  dataDir?: string;
  /** PostgreSQL connection string; default env DATABASE_URL. When set, PostgreSQL is used. */
  databaseUrl?: string;
  /** Forces a backend, e.g. `pglite` in tests while DATABASE_URL is set. */
  backend?: Backend;
  /** Batch size and age of the group commit of capacity decisions (group-commit.ts). */
  groupCommit?: GroupCommitOptions;
}
