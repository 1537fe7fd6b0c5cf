import type { LegalReference } from '@fordeling/engine/contract/legal-reference.js';
import type { RuleSetRef } from '@fordeling/engine/contract/rule-set.js';
import type { CompactDecision } from '@fordeling/engine/kinds/decisions/compact-decision.js';
import type { CapacityRequest, Decision } from '@fordeling/engine/kinds/decisions/types.js';
import type { RunJson } from '@fordeling/model/output/run-json.js';
import type { GroupCommitOptions } from './group-commit.js';

export type { GroupCommitOptions };

/**
 * The hearing store's public interface: everything apps/api, apps/letters and the CLI need.
 * Stable contract — add members, never rename. Implemented by `SqlHearingStore` over PGlite or
 * PostgreSQL (see docs/store.md). All timestamps are ISO 8601 strings (UTC), all dates YYYY-MM-DD.
 */

export type Role = 'ministry' | 'region' | 'reader';

/** Who performs a change; written to the audit log. */
export interface Actor {
  id: string;
  role: Role;
  /** The actor's region (required for role `region`). */
  region?: string;
}

/** What every change carries besides its own data: who, when, and what produced it. */
export interface ChangeContext {
  actor: Actor;
  /** Rule-set versions (with content hashes) the caller used to produce/validate the change. */
  ruleSets?: RuleSetRef[];
  /** "sha256:<hex>" of the request body that caused the change. */
  inputHash?: string;
  /** ISO timestamp of the change; defaults to the database's now(). */
  at?: string;
}

// ---------------------------------------------------------------------------------------------
// Model runs

/** The content of a run's run.json (docs/contracts.md), as the model writes it; kept whole as JSONB. */
export type { RunJson };

/** One clinic's result of a run; libs/model's ClinicResult is assignable to it. */
export interface ClinicInput {
  providerNumber: string;
  name: string;
  address?: string;
  municipalityCode?: number | null;
  municipality: string;
  council: string;
  region: string;
  island?: string | null;
  capacities: number;
  listedPatients: number;
  meanWeight: number;
  advisoryMinimumPerCapacity: number;
  advisoryMinimumTotal: number;
  patientsPerCapacity?: number;
  inBand?: boolean;
}

/** One council's result of a run; libs/model's CouncilResult is assignable to it. */
export interface CouncilInput {
  council: string;
  region: string;
  citizens: number;
  existingCapacities: number;
  years: Array<{ year: number; totalWeight: number; ceiling: number; freeCapacities: number }>;
}

export interface RegisterRunOptions extends Partial<ChangeContext> {
  /** Council results (per year) of the run. */
  councils?: CouncilInput[];
  /** Run id; default a random UUID. */
  id?: string;
}

export interface ModelRunRecord {
  id: string;
  registeredAt: string;
  asOf: string;
  synthetic: boolean;
  run: RunJson;
  clinicCount: number;
}

export interface ClinicRecord extends ClinicInput {
  runId: string;
  address: string;
  municipalityCode: number | null;
  island: string | null;
}

export interface CouncilYearRecord {
  runId: string;
  year: number;
  council: string;
  region: string;
  citizens: number;
  existingCapacities: number;
  totalWeight: number;
  ceiling: number;
  freeCapacities: number;
}

// ---------------------------------------------------------------------------------------------
// Hearing rounds and cases

/** Steps of a case, in order; a case moves exactly one step forward at a time. */
export type CaseStatus = 'advisory' | 'preliminary' | 'response' | 'final';
export const caseStatuses: readonly CaseStatus[] = ['advisory', 'preliminary', 'response', 'final'];

/** Dates of the round, from the `timeline` rule set (keys are TimelineStepId). */
export type HearingDates = Record<string, string>;

export interface OpenHearingInput extends ChangeContext {
  region: string;
  year: number;
  runId: string;
  dates: HearingDates;
}

export interface HearingRecord {
  id: string;
  region: string;
  year: number;
  runId: string;
  dates: HearingDates;
  openedAt: string;
  openedBy: string;
  caseCount: number;
}

export interface PreliminaryDecision {
  minimumPerCapacity: number;
  deviationReasonId: string | null;
  dialogueRequired: boolean;
  at: string;
  actorId: string;
}

export interface ClinicResponse {
  comment: string;
  maximumPatients: number | null;
  at: string;
  actorId: string;
}

export interface FinalDecision {
  minimumPerCapacity: number;
  reasonId: string | null;
  effectiveDate: string;
  at: string;
  actorId: string;
}

export interface HearingCase {
  id: string;
  hearingId: string;
  region: string;
  year: number;
  runId: string;
  providerNumber: string;
  clinicName: string;
  municipality: string;
  council: string;
  capacities: number;
  listedPatients: number;
  meanWeight: number;
  advisoryMinimumPerCapacity: number;
  advisoryMinimumTotal: number;
  status: CaseStatus;
  /** Optimistic-concurrency version; starts at 1 and grows by one per change. */
  version: number;
  preliminary: PreliminaryDecision | null;
  response: ClinicResponse | null;
  final: FinalDecision | null;
  createdAt: string;
  updatedAt: string;
}

export interface CaseHistoryEntry {
  seq: number;
  caseId: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  /** The case version after this change. */
  version: number;
  data: Record<string, unknown>;
  actorId: string;
  actorRole: Role;
  at: string;
}

export interface LetterRecord {
  caseId: string;
  kind: string;
  letterId: string;
  contentHash: string;
  createdAt: string;
}

export interface CaseDetail extends HearingCase {
  history: CaseHistoryEntry[];
  letters: LetterRecord[];
}

/** A limit taken from a rule set, with the rule's id and legal reference. */
export interface RuleLimit {
  value: number;
  ruleId: string;
  reference: LegalReference;
}

/**
 * The rules a state change must satisfy, read by the caller from the `minimum-patients` rule set
 * (and the agreement's maximum). The store enforces what it is given and holds no numbers itself.
 */
export interface CaseRules {
  /** Maximum patients per capacity (2,700); preliminary and final numbers may not exceed it. */
  maximumPerCapacity: RuleLimit;
  /** A deviation from the advisory number larger than this share (0 = any) requires a reason. */
  deviationRequiresReasonAboveShare: RuleLimit;
  /** Valid deviation reason ids (the rule set's deviationReasons), or a validator. */
  deviationReasons: readonly string[] | ((id: string) => boolean);
  /** Rule id and reference cited when an unknown reason id is given. */
  deviationReasonsRule: { ruleId: string; reference: LegalReference };
}

/** Identifies the case to change; `expectedVersion` (e.g. from If-Match) makes the write conditional. */
export interface CaseChange extends ChangeContext {
  caseId: string;
  expectedVersion?: number;
  rules: CaseRules;
}

export interface SetPreliminaryInput extends CaseChange {
  minimumPerCapacity: number;
  deviationReasonId?: string | null;
  /** Computed by the caller with the rule set's dialogue threshold; stored as given. */
  dialogueRequired: boolean;
}

export interface RecordResponseInput extends Omit<CaseChange, 'rules'> {
  comment: string;
  maximumPatients?: number | null;
}

export interface SetFinalInput extends CaseChange {
  minimumPerCapacity: number;
  reasonId?: string | null;
  effectiveDate: string;
}

export interface RecordLetterInput extends ChangeContext {
  caseId: string;
  kind: string;
  letterId: string;
  contentHash: string;
}

// ---------------------------------------------------------------------------------------------
// Capacity decisions

export interface RecordDecisionInput extends ChangeContext {
  request: CapacityRequest;
  /**
   * The decision as the engine's compact record (compactDecision): result, rule-set versions with
   * hashes, and every rule's and condition's finding; the engine's expandDecision rebuilds the trace
   * and its sentences from it and the request.
   */
  decision: CompactDecision;
  /** The rule-set versions with their hashes the decision was made with; required for a decision. */
  ruleSets: RuleSetRef[];
  region: string;
  council: string;
}

export interface CapacityDecisionRecord {
  id: string;
  request: CapacityRequest;
  outcome: Decision['outcome'];
  basis: Decision['basis'];
  validUntil: string | null;
  decidingRule: string;
  /** The compact record as stored (see RecordDecisionInput.decision). */
  decision: CompactDecision;
  ruleSets: RuleSetRef[];
  region: string;
  council: string;
  actorId: string;
  createdAt: string;
}

export interface DecisionFilter {
  region?: string;
  council?: string;
  limit?: number;
}

// ---------------------------------------------------------------------------------------------
// Audit log and tokens

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string;
  actorRole: Role;
  actorRegion: string | null;
  action: string;
  entity: string;
  entityId: string;
  ruleSets: RuleSetRef[];
  inputHash: string | null;
  details: Record<string, unknown>;
}

export interface AuditInput extends ChangeContext {
  action: string;
  entity: string;
  entityId: string;
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorId?: string;
  limit?: number;
}

export interface CreateTokenInput {
  role: Role;
  /** Required for role `region`. */
  region?: string;
  label: string;
  /** Who creates it (audited); default a system actor. */
  actor?: Actor;
}

export interface TokenRecord {
  id: string;
  role: Role;
  region: string | null;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface AppliedMigration {
  version: number;
  name: string;
  checksum: string;
  appliedAt: string;
}

export type Backend = 'pglite' | 'postgres';

export interface HearingStore {
  readonly backend: Backend;

  // model runs
  registerRun(run: RunJson, clinics: ClinicInput[], options?: RegisterRunOptions): Promise<ModelRunRecord>;
  getRun(id: string): Promise<ModelRunRecord | undefined>;
  /** Newest first. */
  listRuns(): Promise<ModelRunRecord[]>;
  listClinics(runId: string, region?: string): Promise<ClinicRecord[]>;
  /** Council results for one year from the given run, or the latest registered run. */
  listCouncils(year: number, runId?: string): Promise<CouncilYearRecord[]>;

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

  // audit log (append-only: no update/delete API)
  recordAudit(input: AuditInput): Promise<AuditEntry>;
  listAudit(filter?: AuditFilter): Promise<AuditEntry[]>;

  // tokens (only the sha256 hash is stored)
  createToken(input: CreateTokenInput): Promise<{ token: string; record: TokenRecord }>;
  findToken(plain: string): Promise<TokenRecord | undefined>;
  listTokens(): Promise<TokenRecord[]>;
  revokeToken(id: string, actor?: Actor): Promise<void>;

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
