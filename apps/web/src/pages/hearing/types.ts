// What the hearing pages read from the API (libs/store HearingCase, CaseDetail; the worklist route).
export type CaseStatus = 'advisory' | 'preliminary' | 'response' | 'final';

/** A case's state in the region's words (docs/store.md: advisory → preliminary → response → final). */
export const STATUS_NAMES: Record<CaseStatus, string> = {
  advisory: 'Vejledende tal',
  preliminary: 'I høring',
  response: 'Svar modtaget',
  final: 'Endeligt tal',
};

export const LETTER_NAMES = {
  vejledende: 'Informationsbrev med det vejledende tal',
  hoering: 'Høringsbrev med det foreløbige tal',
  afgoerelse: 'Afgørelsesbrev med det endelige tal',
} as const;
export type CaseLetterKind = keyof typeof LETTER_NAMES;

export interface Hearing {
  id: string;
  region: string;
  year: number;
  runId: string;
  dates: Record<string, string>;
  openedAt: string;
  caseCount: number;
}

export interface WorklistCase {
  providerNumber: string;
  clinicName: string;
  municipality: string;
  council: string;
  status: CaseStatus;
  version: number;
  capacities: number;
  listedPatients: number;
  advisoryMinimumPerCapacity: number;
  preliminaryPerCapacity: number | null;
  finalPerCapacity: number | null;
  deadline: string | null;
  flags: { deviation: boolean; dialogue: boolean; dialoguesHeld: number; substantiallyHigher: boolean; overdue: boolean };
}

export interface Worklist {
  hearing: Hearing;
  today: string;
  counts: Record<CaseStatus, number>;
  cases: WorklistCase[];
}

export interface CaseDetail {
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
  version: number;
  preliminary: { minimumPerCapacity: number; deviationReasonId: string | null; deviationText: string | null; dialogueRequired: boolean; hearingDeadline: string | null; hearingNumber: number; at: string } | null;
  response: { comment: string; maximumPatients: number | null; at: string } | null;
  final: { minimumPerCapacity: number; reasonId: string | null; reasonText: string | null; effectiveDate: string; withoutResponse: boolean; at: string } | null;
  dialogues: Array<{ heldOn: string; outcome: string; agreement: boolean; recordedAt: string }>;
  history: Array<{ seq: number; fromStatus: CaseStatus | null; toStatus: CaseStatus; version: number; data: Record<string, unknown>; actorId: string; actorRole: string; at: string }>;
  letters: Array<{ kind: string; letterId: string; contentHash: string; createdAt: string }>;
}

/** Which letters a case in this state can have (a decision letter only once the final number is set). */
export function lettersFor(status: CaseStatus): CaseLetterKind[] {
  return status === 'final' ? ['vejledende', 'hoering', 'afgoerelse'] : status === 'advisory' ? ['vejledende'] : ['vejledende', 'hoering'];
}
