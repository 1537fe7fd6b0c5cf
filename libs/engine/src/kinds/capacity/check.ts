import type { ContentIssue } from '../../contract/kind.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { duplicateIssues } from '../shared/duplicates.js';
import type { CapacityContent } from './types.js';

export function checkCapacity(doc: RuleSetDocument<CapacityContent>): ContentIssue[] {
  const { years, reportingBand } = doc.content;
  const issues = duplicateIssues(years, '/content/years', 'year', (y) => y.year, (y) => `Året ${y.year}`);
  if (reportingBand.lower > reportingBand.upper) {
    issues.push({
      pointer: '/content/reportingBand/lower',
      message: `Intervallets nedre grænse (${reportingBand.lower}) er større end den øvre (${reportingBand.upper}).`,
    });
  }
  return issues;
}
