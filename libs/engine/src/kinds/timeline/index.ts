import type { RuleKind } from '../../contract/kind.js';
import { checkTimeline } from './check.js';
import { compileTimeline, type TimelineCompiled } from './compile.js';
import { timelineEvaluators } from './evaluators.js';
import { timelineSchema } from './schema.js';
import type { TimelineContent } from './types.js';

export type { TimelineCompiled, TimelineRound, TimelineStep } from './compile.js';
export { TIMELINE_STEPS } from './steps.js';

/** The yearly hearing timeline: advisory numbers, letters, preliminary and final minimums. */
export const timelineKind: RuleKind<TimelineContent, TimelineCompiled> = {
  kind: 'timeline',
  contentSchema: timelineSchema,
  check: checkTimeline,
  compile: compileTimeline,
  testEvaluators: timelineEvaluators,
};
