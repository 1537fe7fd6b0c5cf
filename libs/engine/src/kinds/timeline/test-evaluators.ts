import type { RuleBook, TestEvaluator } from '../../contract/kind.js';
import { timelineRules } from './compile.js';
import type { TimelineStepId } from './types.js';

/** `timeline-step`: { year, step } → { date, label }. */
const timelineStep: TestEvaluator = (input: unknown, book: RuleBook) => {
  const { year, step } = input as { year: number; step: TimelineStepId };
  const found = timelineRules.of(book).step(year, step);
  return { date: found.date, label: found.label };
};

export const timelineEvaluators = { 'timeline-step': timelineStep };
