import type { ChangeContext } from './change-context.js';

/** A letter sent on a case: its id and content hash (the letters app records them). */
export interface LetterRecord {
  caseId: string;
  kind: string;
  letterId: string;
  contentHash: string;
  createdAt: string;
}

export interface RecordLetterInput extends ChangeContext {
  caseId: string;
  kind: string;
  letterId: string;
  contentHash: string;
}
