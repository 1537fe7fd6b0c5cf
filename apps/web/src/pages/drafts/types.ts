// The shapes of the draft workflow's answers (apps/api/src/routes/rule-drafts.ts, version-view.ts,
// impact/draft-impact.ts, routes/rule-draft-trial.ts).
export type DraftStatus = 'draft' | 'submitted' | 'rejected' | 'published';

export const STATUS_NAMES: Record<DraftStatus, string> = { draft: 'Udkast', submitted: 'Indsendt til godkendelse', rejected: 'Afvist', published: 'Offentliggjort' };

export interface EngineProblem {
  file?: string;
  pointer?: string;
  line?: number;
  column?: number;
  message: string;
  severity?: 'error' | 'warning';
}

export interface Person {
  id: string;
  label: string;
}

export interface RuleDocument {
  id: string;
  kind: string;
  version: string;
  validFrom: string;
  status: string;
  title: string;
  description: string;
  legalBasis?: { instrument: string; url?: string };
  amends?: string;
  content?: Record<string, unknown>;
  changes?: AmendmentChange[];
  [key: string]: unknown;
}

export interface AmendmentChange {
  op: 'replace' | 'add' | 'remove';
  path: string;
  value?: unknown;
  reference?: Record<string, unknown>;
  note?: string;
}

export interface VersionState {
  status: DraftStatus;
  source: 'folder' | 'store';
  revision?: number;
  validFrom: string;
  inForce: { from: string; to?: string } | null;
  authors: Person[];
  submittedBy: Person | null;
  submittedAt: string | null;
  approvedBy: Person | null;
  publishedAt: string | null;
  publishReason: string | null;
  rejectedBy: Person | null;
  rejectedAt: string | null;
  rejectReason: string | null;
  problems: EngineProblem[];
  warnings: EngineProblem[];
}

export interface HistoryEntry {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  revision: number | null;
  actor: Person | null;
  at: string | null;
  reason: string | null;
}

export interface VersionViewBody {
  ref: { id: string; version: string; hash?: string; draft?: true };
  file: string;
  document: RuleDocument | null;
  text?: string;
  state: VersionState;
  history: HistoryEntry[];
  valid?: boolean;
}

export interface DraftListItem {
  id: string;
  version: string;
  status: DraftStatus;
  revision: number;
  kind: string;
  validFrom: string;
  problems: number;
  warnings: number;
  authors: Person[];
  updatedAt: string;
}

export interface YearTotals {
  year: number;
  before: { ceiling: number; freeCapacities: number };
  after: { ceiling: number; freeCapacities: number };
  ceilingDifference: number;
  freeCapacitiesDifference: number;
}

export interface Impact {
  draft: { id: string; version: string };
  predecessor: { id: string; version: string };
  asOf: string;
  changes: Array<{ pointer: string; change: string; sentence: string }>;
  notice: string | null;
  model: boolean;
  note?: string;
  population?: { runId: string; citizens: number };
  councils?: Array<{
    council: string;
    region: string;
    existingCapacities: number;
    years: Array<{ year: number; before: { ceiling: number; freeCapacities: number }; after: { ceiling: number; freeCapacities: number }; ceilingDifference: number; freeCapacitiesDifference: number }>;
  }>;
  country?: { years: YearTotals[] };
  clinics?: {
    withMinimum: number;
    higher: number;
    lower: number;
    unchanged: number;
    distribution: Array<{ label: string; count: number }>;
    largest: Array<{ providerNumber: string; name: string; council: string; before: number; after: number; difference: number }>;
  };
}

export interface Trial {
  publishable: boolean;
  refused: EngineProblem[];
  changes: Array<{ sentence: string }>;
  tests: { summary: string; passed: number; failed: number; results: Array<{ file: string; line: number; name: string; passed: boolean; reason: string | null; own: boolean }> } | null;
}
