// What the explorer site shows, as plain data built from the rule library (the history of every rule
// set, the pairwise diffs between its published versions, the change log), so the pages only render.
import { diffRuleSets, formatDate, lockKey, ruleSetHistory, type RuleLibrary, type RuleSetHistory } from '@fordeling/engine';

export interface ExplorerVersion {
  version: string;
  from: string;
  to?: string;
}

export interface ExplorerRuleSet {
  history: RuleSetHistory;
  /** The file name of its page. */
  page: string;
  /** Published versions in order, with the days each is in force (for the date comparison). */
  published: ExplorerVersion[];
  /** `diffs["2025.1>2026.1"]` = the sentences from one published version to another. */
  diffs: Record<string, string[]>;
}

export interface ExplorerLogEntry {
  id: string;
  version: string;
  page: string;
  publishedAt?: string;
  publishedBy?: string;
  reason?: string;
  hash: string;
}

export interface ExplorerData {
  ruleSets: ExplorerRuleSet[];
  log: ExplorerLogEntry[];
  /** When the site was written (ISO date), shown in the footer. */
  writtenOn: string;
}

export function explorerData(library: RuleLibrary, writtenOn: string): ExplorerData {
  const ruleSets = library.ids().map((id): ExplorerRuleSet => {
    const history = ruleSetHistory(library, id);
    const versions = library.versions(id).filter((v) => library.periodOf(v));
    const diffs: Record<string, string[]> = {};
    for (const a of versions) for (const b of versions) if (a !== b) diffs[`${a.ref.version}>${b.ref.version}`] = diffRuleSets(a, b, library.registry).map((c) => c.sentence);
    const published = versions.map((v) => ({ version: v.ref.version, ...library.periodOf(v)! })).map(({ version, from, to }) => ({ version, from, ...(to ? { to } : {}) }));
    return { history, page: `${id}.html`, published, diffs };
  });
  const log = Object.entries(library.lockEntries)
    .map(([key, entry]) => {
      const [id, version] = key.split('@');
      return { id, version, page: `${id}.html`, hash: entry.hash, ...(entry.publishedAt ? { publishedAt: entry.publishedAt } : {}), ...(entry.publishedBy ? { publishedBy: entry.publishedBy } : {}), ...(entry.reason ? { reason: entry.reason } : {}) };
    })
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || lockKey(a.id, a.version).localeCompare(lockKey(b.id, b.version)));
  return { ruleSets, log, writtenOn };
}

/** »3. juli 2025 – 31. december 2025«, »1. januar 2026 –« (until a new version). */
export function periodLabel(from: string, to?: string): string {
  return `${formatDate(from)} – ${to ? formatDate(to) : 'indtil videre'}`;
}
