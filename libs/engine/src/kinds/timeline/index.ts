import type { RuleKind } from '../../contract/kind.js';
import { checkTimeline } from './check.js';
import { compileTimeline, timelineRules, type TimelineCompiled } from './compile.js';
import { timelineEvaluators } from './test-evaluators.js';
import { timelineSchema } from './schema.js';
import type { TimelineContent } from './types.js';

export { timelineRules } from './compile.js';
export type { TimelineCompiled, TimelineRound, TimelineStep } from './compile.js';
export { TIMELINE_STEPS } from './steps.js';

/** The yearly hearing timeline: advisory numbers, letters, preliminary and final minimums. */
export const timelineKind: RuleKind<TimelineContent, TimelineCompiled> = {
  kind: timelineRules.kind,
  contentSchema: timelineSchema,
  check: checkTimeline,
  compile: compileTimeline,
  testEvaluators: timelineEvaluators,
};
