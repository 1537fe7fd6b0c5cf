import type { LegalReference } from '../../contract/legal-reference.js';

export type TimelineStepId =
  | 'advisory-sent'
  | 'information-letter'
  | 'preliminary-sent'
  | 'hearing-deadline'
  | 'final-announced'
  | 'final-effective';

/** Content of a `timeline` rule set: the yearly hearing dates (seeds 002, 003). */
export interface TimelineContent {
  rounds: Array<{
    year: number;
    steps: Array<{ id: TimelineStepId; date: string; label: string; reference: LegalReference }>;
  }>;
}
