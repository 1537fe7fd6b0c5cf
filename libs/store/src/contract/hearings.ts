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
  /** The reason for deviating in words (printed in the letters); null where none was given. */
  deviationText: string | null;
  dialogueRequired: boolean;
  /** The clinic's deadline: the one given with the number, else the round's `hearing-deadline`; null when neither is known. */
  hearingDeadline: string | null;
  /** 1 for the first hearing; each new hearing (a new preliminary number and deadline) counts up. */
  hearingNumber: number;
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
  /** The reason in words (printed in the decision letter); null where none was given. */
  reasonText: string | null;
  effectiveDate: string;
  /** Set without a response from the clinic, after its deadline had passed (»på det foreliggende grundlag«). */
  withoutResponse: boolean;
  at: string;
  actorId: string;
}

/** One dialogue with the clinic about its number (seeds 003, 000), as the region recorded it. */
export interface CaseDialogue {
  heldOn: string;
  /** What came of it, in the region's words. */
  outcome: string;
  /** Whether the region and the clinic agreed (the aim, seed 000; the region decides in the end). */
  agreement: boolean;
  recordedAt: string;
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
  /** Every dialogue recorded on the case, oldest first. */
  dialogues: CaseDialogue[];
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
  /** Where a reason is required it must be written out in words too (minimum-patients 2026.1). */
  deviationTextRequired?: RuleCitation;
  /** A reason that does not fit the number's direction (a reason only for raising, used to lower): why. */
  reasonDirectionProblem?: (reasonId: string, minimumPerCapacity: number, advisoryMinimumPerCapacity: number) => string | undefined;
  /** The final step needs a recorded dialogue when `needed` says so (seeds 003, 000). */
  dialogueBeforeFinal?: RuleCitation & { needed(finalPerCapacity: number, advisoryPerCapacity: number, currentPerCapacity: number): boolean };
  /** A final number above the preliminary one needs a new hearing first. */
  newHearingIfFinalHigher?: RuleCitation;
}

/** A rule the caller read from its rule sets, cited by its id and reference in the error. */
export interface RuleCitation {
  ruleId: string;
  reference: LegalReference;
}

/** Identifies the case to change; `expectedVersion` (e.g. from If-Match) makes the write conditional. */
export interface CaseChange extends ChangeContext {
  caseId: string;
  expectedVersion?: number;
  rules: CaseRules;
  /** The caller's date (YYYY-MM-DD) for deadline checks; default the date of `at`, else today. */
  today?: string;
}

export interface SetPreliminaryInput extends CaseChange {
  minimumPerCapacity: number;
  deviationReasonId?: string | null;
  /** The reason in words. */
  deviationText?: string | null;
  /** Computed by the caller with the rule set's dialogue threshold; stored as given. */
  dialogueRequired: boolean;
  /** The clinic's deadline; default the round's `hearing-deadline`. Required for a new hearing. */
  hearingDeadline?: string;
  /**
   * A new hearing on a case already heard (in preliminary or response): a new number and a new
   * deadline after today; the earlier response stays in the history only.
   */
  newHearing?: boolean;
}

export interface RecordResponseInput extends Omit<CaseChange, 'rules'> {
  comment: string;
  maximumPatients?: number | null;
}

export interface SetFinalInput extends CaseChange {
  minimumPerCapacity: number;
  reasonId?: string | null;
  /** The reason in words. */
  reasonText?: string | null;
  effectiveDate: string;
}

/** A dialogue with the clinic (seeds 003, 000); allowed until the final number is set. */
export interface RecordDialogueInput extends Omit<CaseChange, 'rules'> {
  heldOn: string;
  outcome: string;
  agreement: boolean;
}
