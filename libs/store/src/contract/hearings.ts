import type { LegalReference } from '@fordeling/engine';
import type { ChangeContext, Role } from './change-context.js';
import type { LetterRecord } from './letters.js';

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
