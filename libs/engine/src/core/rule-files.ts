import { readdir } from 'node:fs/promises';
import path from 'node:path';

export const LOCK_FILE_NAME = 'rules.lock.json';

/** A rule-set file found at `<dir>/<order>/<id>/<version>.json`. */
export interface RuleFileCandidate {
  absolute: string;
  order: string;
  /** The folder name, which must equal the document's id. */
  folderId: string;
  /** The file name without ".json", which must equal the document's version. */
  fileVersion: string;
}

export interface RuleFileListing {
  candidates: RuleFileCandidate[];
  /** JSON files outside the `<order>/<id>/<version>.json` layout: reported, never silently skipped. */
  misplaced: string[];
}

/** Folders that hold other things than rule sets: rule tests and JSON Schemas. */
const IGNORED_FOLDERS = new Set(['tests', 'schemas', 'node_modules']);

function ignored(parts: string[]): boolean {
  const name = parts[parts.length - 1];
  return parts.some((p) => IGNORED_FOLDERS.has(p) || p.startsWith('.')) || /\.test\./.test(name) || !name.endsWith('.json');
}

/** Lists the rule-set files of a rules directory, sorted so the load order is stable. */
export async function listRuleFiles(dir: string): Promise<RuleFileListing> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const candidates: RuleFileCandidate[] = [];
  const misplaced: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const parts = path.relative(dir, absolute).split(path.sep);
    if (ignored(parts) || (parts.length === 1 && parts[0] === LOCK_FILE_NAME)) continue;
    if (parts.length !== 3) {
      misplaced.push(absolute);
      continue;
    }
    candidates.push({ absolute, order: parts[0], folderId: parts[1], fileVersion: parts[2].replace(/\.json$/, '') });
  }
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  candidates.sort((a, b) => byPath(a.absolute, b.absolute));
  misplaced.sort(byPath);
  return { candidates, misplaced };
}
