import type { ContentIssue } from '../../contract/kind.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { duplicateIssues } from '../shared/duplicates.js';
import type { CapacityContent } from './types.js';

/** The order's table: one row per council and year, and only for years the rule set has a ceiling for. */
function fixedCeilingIssues(content: CapacityContent): ContentIssue[] {
  const rows = content.fixedCeilings ?? [];
  const at = '/content/fixedCeilings';
  const issues = duplicateIssues(rows, at, 'council', (r) => `${r.council.trim().toLocaleLowerCase('da')}|${r.year}`, (r) => `Sundhedsrådet »${r.council}« i ${r.year}`);
  const years = new Set(content.years.map((y) => y.year));
  rows.forEach((row, i) => {
    if (!years.has(row.year)) {
      issues.push({ pointer: `${at}/${i}/year`, message: `Året ${row.year} er ikke et af regelsættets år med kapacitetsloft (${[...years].join(', ')}); tilføj året under »years« eller ret årstallet.` });
    }
  });
  return issues;
}

export function checkCapacity(doc: RuleSetDocument<CapacityContent>): ContentIssue[] {
  const { years, reportingBand } = doc.content;
  const issues = duplicateIssues(years, '/content/years', 'year', (y) => y.year, (y) => `Året ${y.year}`);
  if (reportingBand.lower > reportingBand.upper) {
    issues.push({
      pointer: '/content/reportingBand/lower',
      message: `Intervallets nedre grænse (${reportingBand.lower}) er større end den øvre (${reportingBand.upper}).`,
    });
  }
  issues.push(...fixedCeilingIssues(doc.content));
  return issues;
}
