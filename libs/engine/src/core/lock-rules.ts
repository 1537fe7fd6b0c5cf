import type { Problem } from '../contract/problem.js';
import { lockFilePath, lockKey, readLockFile, writeLockFile } from './lock-file.js';
import { loadRules } from './load-rules.js';
import type { RuleRegistry } from './registry.js';
import { displayPath } from './repo-paths.js';

export interface LockResult {
  file: string;
  /** "<id>@<version>" of every published version added to the lock. */
  added: string[];
  /** Entries already in the lock; never changed. */
  kept: number;
  /** Problems in the lock file itself; when any, nothing is written (the lock would lose entries). */
  lockProblems: Problem[];
}

/**
 * Adds every valid published version missing from the lock. An existing entry is never changed: a
 * published version whose content differs from its entry stays rejected until it gets a new version.
 */
export async function lockRules(dir: string, registry: RuleRegistry): Promise<LockResult> {
  const lock = await readLockFile(dir);
  if (lock.problems.length > 0) return { file: lock.file, added: [], kept: Object.keys(lock.entries).length, lockProblems: lock.problems };
  const library = await loadRules(dir, registry);
  const entries = { ...library.lockEntries };
  const added: string[] = [];
  for (const ruleSet of library.ruleSets) {
    const key = lockKey(ruleSet.ref.id, ruleSet.ref.version);
    if (ruleSet.document.status !== 'published' || key in entries) continue;
    entries[key] = ruleSet.hash;
    added.push(key);
  }
  const absolute = lockFilePath(library.dir);
  if (added.length > 0) await writeLockFile(absolute, entries);
  return { file: displayPath(absolute), added: added.sort(), kept: Object.keys(library.lockEntries).length, lockProblems: [] };
}
