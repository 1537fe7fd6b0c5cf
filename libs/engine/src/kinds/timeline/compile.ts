import { kindHandle } from '../../contract/kind-handle.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import type { TimelineContent, TimelineStepId } from './types.js';

export type TimelineRound = TimelineContent['rounds'][number];
export type TimelineStep = TimelineRound['steps'][number];

export interface TimelineCompiled {
  years: number[];
  /** The round of a year; throws a Danish error when the rule set has none. */
  round(year: number): TimelineRound;
  step(year: number, id: TimelineStepId): TimelineStep;
  /** The JSON pointer of a step's date in the rule set, for messages that tell legal staff what to correct. */
  datePointer(year: number, id: TimelineStepId): string;
}

export function compileTimeline(doc: RuleSetDocument<TimelineContent>): TimelineCompiled {
  const rounds = new Map(doc.content.rounds.map((r) => [r.year, r]));
  const round = (year: number): TimelineRound => {
    const found = rounds.get(year);
    if (!found) throw new RangeError(`Tidsplanen har ingen runde for ${year}.`);
    return found;
  };
  const step = (year: number, id: TimelineStepId): TimelineStep => {
    const found = round(year).steps.find((s) => s.id === id);
    if (!found) throw new RangeError(`Tidsplanen for ${year} mangler trinnet »${id}«.`);
    return found;
  };
  return {
    years: [...rounds.keys()].sort((a, b) => a - b),
    round,
    step,
    datePointer(year, id) {
      const roundIndex = doc.content.rounds.indexOf(round(year));
      return `/content/rounds/${roundIndex}/steps/${doc.content.rounds[roundIndex].steps.indexOf(step(year, id))}/date`;
    },
  };
}

/** The `timeline` rule set in force in a book: `timelineRules.of(book)` is its TimelineCompiled. */
export const timelineRules = kindHandle<TimelineContent, TimelineCompiled>('timeline');
