import type { ContentIssue } from '../../contract/kind.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { formatDate, isIsoDate } from '../../format/danish.js';
import { duplicateIssues } from '../shared/duplicates.js';
import { TIMELINE_STEPS } from './steps.js';
import type { TimelineContent } from './types.js';

/** Every round has each step once, in the order the steps happen (the schema checks the dates are real). */
export function checkTimeline(doc: RuleSetDocument<TimelineContent>): ContentIssue[] {
  const rounds = doc.content.rounds;
  const issues = duplicateIssues(rounds, '/content/rounds', 'year', (r) => r.year, (r) => `Runden for ${r.year}`);
  rounds.forEach((round, r) => {
    const at = `/content/rounds/${r}/steps`;
    issues.push(...duplicateIssues(round.steps, at, 'id', (s) => s.id, (s) => `Trinnet »${s.id}«`));
    for (const id of TIMELINE_STEPS) {
      if (!round.steps.some((s) => s.id === id)) issues.push({ pointer: at, message: `Trinnet »${id}« mangler i runden for ${round.year}.` });
    }
    const ordered = round.steps
      .map((step, index) => ({ step, index }))
      .filter(({ step }) => isIsoDate(step.date))
      .sort((a, b) => TIMELINE_STEPS.indexOf(a.step.id) - TIMELINE_STEPS.indexOf(b.step.id));
    for (let k = 1; k < ordered.length; k++) {
      const before = ordered[k - 1].step;
      const { step, index } = ordered[k];
      if (step.date < before.date) {
        issues.push({
          pointer: `${at}/${index}/date`,
          message: `»${step.label}« (${formatDate(step.date)}) ligger før »${before.label}« (${formatDate(before.date)}); trinnene skal følge hinanden i tid.`,
        });
      }
    }
  });
  return issues;
}
