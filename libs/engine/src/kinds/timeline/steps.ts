import type { TimelineStepId } from './types.js';

/** The yearly steps in the order they happen (seeds 002, 003). */
export const TIMELINE_STEPS: readonly TimelineStepId[] = [
  'advisory-sent',
  'information-letter',
  'preliminary-sent',
  'hearing-deadline',
  'final-announced',
  'final-effective',
];
