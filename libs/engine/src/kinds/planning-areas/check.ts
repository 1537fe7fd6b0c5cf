import type { ContentIssue } from '../../contract/kind.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { duplicateIssues } from '../shared/duplicates.js';
import type { PlanningAreasContent } from './types.js';

/** Unique ids; ranges run forwards; within a municipality a postal code belongs to one area only. */
export function checkPlanningAreas(doc: RuleSetDocument<PlanningAreasContent>): ContentIssue[] {
  const { areas } = doc.content;
  const issues = duplicateIssues(areas, '/content/areas', 'id', (a) => a.id, (a) => `Området »${a.id}«`);
  const taken: Array<{ municipality: number; from: number; to: number; id: string }> = [];
  areas.forEach((area, i) =>
    area.postalCodes.forEach((range, j) => {
      const at = `/content/areas/${i}/postalCodes/${j}`;
      if (range.from > range.to) {
        issues.push({ pointer: `${at}/to`, message: `Postnumrene slutter (${range.to}) før de begynder (${range.from}).` });
        return;
      }
      const other = taken.find((t) => t.municipality === area.municipality && t.from <= range.to && range.from <= t.to);
      if (other) issues.push({ pointer: at, message: `Postnumrene ${range.from}–${range.to} overlapper området »${other.id}« i samme kommune; et postnummer hører til ét område.` });
      else taken.push({ municipality: area.municipality, ...range, id: area.id });
    }),
  );
  return issues;
}
