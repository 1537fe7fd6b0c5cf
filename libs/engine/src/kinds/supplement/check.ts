import type { ContentIssue } from '../../contract/kind.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { duplicateIssues } from '../shared/duplicates.js';
import type { SupplementContent } from './types.js';

/** The period runs forwards; area ids are unique; a municipality lies in one area at most. */
export function checkSupplement(doc: RuleSetDocument<SupplementContent>): ContentIssue[] {
  const { period, areas } = doc.content;
  const issues = duplicateIssues(areas, '/content/areas', 'id', (a) => a.id, (a) => `Området »${a.id}«`);
  if (period.from > period.to) issues.push({ pointer: '/content/period/to', message: `Perioden slutter (${period.to}) før den begynder (${period.from}).` });
  const owner = new Map<number, string>();
  areas.forEach((area, i) =>
    area.municipalities.forEach((code, j) => {
      const other = owner.get(code);
      if (other) issues.push({ pointer: `/content/areas/${i}/municipalities/${j}`, message: `Kommune ${code} står allerede i området »${other}«; en kommune hører til ét område.` });
      else owner.set(code, area.id);
    }),
  );
  return issues;
}
