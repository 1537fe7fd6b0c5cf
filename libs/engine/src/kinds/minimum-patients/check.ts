import type { ContentIssue } from '../../contract/kind.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { duplicateIssues } from '../shared/duplicates.js';
import type { MinimumPatientsContent } from './types.js';

export function checkMinimumPatients(doc: RuleSetDocument<MinimumPatientsContent>): ContentIssue[] {
  return duplicateIssues(doc.content.deviationReasons, '/content/deviationReasons', 'id', (r) => r.id, (r) => `Begrundelsen »${r.id}«`);
}
