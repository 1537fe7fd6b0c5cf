import type { RuleSource } from './rule-source.js';

export const LOCK_FILE_NAME = 'rules.lock.json';
/** The catalogue of the sources references cite (titles, publishers, addresses). */
export const SOURCES_FILE_NAME = 'sources.json';

/** A rule-set file found at `<order>/<id>/<version>.json` in a source. */
export interface RuleFileCandidate {
  /** Path relative to the source root. */
  relative: string;
  /** How problems name the file. */
  file: string;
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
  /** Rule test files: `<order>/<id>/tests/*.test.{yaml,yml,json}`. */
  tests: string[];
}

/** Folders that hold other things than rule sets: rule tests and JSON Schemas. */
const IGNORED_FOLDERS = new Set(['tests', 'schemas', 'node_modules']);
const TEST_FILE = /\.test\.(ya?ml|json)$/;

function ignored(parts: string[]): boolean {
  const name = parts[parts.length - 1];
  return parts.some((p) => IGNORED_FOLDERS.has(p) || p.startsWith('.')) || /\.test\./.test(name) || !name.endsWith('.json');
}

/** Sorts a source's files into rule sets, rule tests and misplaced files, in a stable order. */
export async function listRuleFiles(source: RuleSource): Promise<RuleFileListing> {
  const candidates: RuleFileCandidate[] = [];
  const misplaced: string[] = [];
  const tests: string[] = [];
  for (const relative of await source.list()) {
    const parts = relative.split('/');
    if (parts.length >= 2 && parts[parts.length - 2] === 'tests' && TEST_FILE.test(relative)) tests.push(relative);
    if (ignored(parts) || (parts.length === 1 && (parts[0] === LOCK_FILE_NAME || parts[0] === SOURCES_FILE_NAME))) continue;
    if (parts.length !== 3) {
      misplaced.push(relative);
      continue;
    }
    candidates.push({ relative, file: source.display(relative), order: parts[0], folderId: parts[1], fileVersion: parts[2].replace(/\.json$/, '') });
  }
  return { candidates, misplaced, tests };
}
