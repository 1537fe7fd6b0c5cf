// The shapes the rule explorer routes answer (apps/api/src/routes/rule-explorer.ts, engine's
// rule-history.ts).
export interface ReferenceView {
  citation: string;
  url?: string;
  illustrative: boolean;
  paragraphMissing: boolean;
  sources: Array<{ id: string; title: string; url?: string }>;
  note?: string;
}

export interface ProvisionPeriod {
  from: string;
  to?: string;
  version: string;
  repealed?: true;
  value?: unknown;
  text?: string;
  reference?: ReferenceView;
  changes: string[];
}

export interface ProvisionHistory {
  key: string;
  title: string;
  periods: ProvisionPeriod[];
}

export interface VersionView {
  version: string;
  status: 'draft' | 'published';
  title: string;
  description: string;
  validFrom: string;
  validTo?: string;
  inForce?: { from: string; to?: string; succeededBy?: string };
  amends?: string;
  hash: string;
  file: string;
  publishedBy?: string;
  publishedAt?: string;
  reason?: string;
}

export interface RuleSetHistory {
  id: string;
  kind: string;
  title: string;
  versions: VersionView[];
  provisions: ProvisionHistory[];
}

export interface RuleSetSummary {
  id: string;
  kind: string;
  version: string;
  validFrom: string;
  validTo: string | null;
  status: string;
  title: string;
  hash: string;
  inForce: boolean;
}

export interface RuleSetList {
  asOf: string;
  inForce: Array<{ id: string; version: string; hash: string }>;
  ruleSets: RuleSetSummary[];
}

export interface ChangesBetween {
  from: { date: string; version: string | null; inForce: { from: string; to?: string } | null };
  to: { date: string; version: string | null; inForce: { from: string; to?: string } | null };
  changes: Array<{ pointer: string; change: string; sentence: string }>;
}

export interface SearchHit {
  ruleSet: string;
  ruleSetTitle: string;
  key: string;
  title: string;
  text?: string;
  version?: string;
  illustrative: boolean;
}

/** The element id of a provision on its rule set's page (linked from search). */
export const provisionAnchor = (key: string) => `p${key.replace(/[^A-Za-z0-9æøåÆØÅ]+/g, '-')}`;

/** Whether a period holds on `date` (ISO dates compare as text). */
export const holdsOn = (p: { from: string; to?: string }, date: string) => p.from <= date && (!p.to || date <= p.to);

export const todayIso = () => new Date().toISOString().slice(0, 10);
