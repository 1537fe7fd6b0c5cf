import type { ContentIssue } from '../../contract/kind.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { duplicateIssues } from '../shared/duplicates.js';
import type { GeographyContent } from './types.js';

const lower = (s: string) => s.toLocaleLowerCase('da');

/** Unique codes/ids/names; every municipality's council, council's region and island's municipality exists. */
export function checkGeography(doc: RuleSetDocument<GeographyContent>): ContentIssue[] {
  const { regions, councils, municipalities, islands } = doc.content;
  const issues: ContentIssue[] = [
    ...duplicateIssues(regions, '/content/regions', 'id', (r) => lower(r.id), (r) => `Regionen »${r.id}«`),
    ...duplicateIssues(councils, '/content/councils', 'id', (c) => lower(c.id), (c) => `Sundhedsrådet »${c.id}«`),
    ...duplicateIssues(municipalities, '/content/municipalities', 'code', (m) => m.code, (m) => `Kommunekoden ${m.code}`),
    ...duplicateIssues(municipalities, '/content/municipalities', 'name', (m) => lower(m.name), (m) => `Kommunenavnet »${m.name}«`),
    ...duplicateIssues(islands, '/content/islands', 'id', (i) => lower(i.id), (i) => `Øen »${i.id}«`),
  ];
  const regionIds = new Set(regions.map((r) => r.id));
  councils.forEach((c, i) => {
    if (!regionIds.has(c.region)) {
      issues.push({ pointer: `/content/councils/${i}/region`, message: `Sundhedsrådet »${c.id}« hører til regionen »${c.region}«, som ikke findes under »regions«.` });
    }
  });
  const councilIds = new Set(councils.map((c) => c.id));
  municipalities.forEach((m, i) => {
    if (!councilIds.has(m.council)) {
      issues.push({ pointer: `/content/municipalities/${i}/council`, message: `Kommunen »${m.name}« hører til sundhedsrådet »${m.council}«, som ikke findes under »councils«.` });
    }
  });
  const codes = new Set(municipalities.map((m) => m.code));
  islands.forEach((island, i) => {
    if (!codes.has(island.municipality)) {
      issues.push({ pointer: `/content/islands/${i}/municipality`, message: `Øen »${island.name}« ligger i kommune ${island.municipality}, som ikke findes under »municipalities«.` });
    }
  });
  return issues;
}
