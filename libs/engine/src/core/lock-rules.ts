import type { Problem } from '../contract/problem.js';
import { DirectoryRuleSource } from './directory-rule-source.js';
import { lockKey, readLockFile, writeLockFile, type LockEntry } from './lock-file.js';
import { loadRules } from './load-rules.js';
import type { RuleRegistry } from './registry.js';
import type { WritableRuleSource } from './rule-source.js';

/** Who records a publication, and why: the change log every lock entry carries. */
export interface Publisher {
  by: string;
  reason: string;
  /** When; default now. */
  at?: Date;
}

export interface LockResult {
  file: string;
  /** "<id>@<version>" of every published version added to the lock. */
  added: string[];
  /** Entries already in the lock; never changed. */
  kept: number;
  /** Why nothing was written: problems in the lock file or in the library. */
  refused: Problem[];
}

/** The lock entry of a version published now. */
export function lockEntry(hash: string, publisher: Publisher): LockEntry {
  return { hash, publishedBy: publisher.by.trim(), publishedAt: (publisher.at ?? new Date()).toISOString(), reason: publisher.reason.trim() };
}

/**
 * Adds every published version missing from the lock, with who and why. Refuses, writing nothing, when
 * the lock file is malformed (it would lose entries) or the library has any other problem (a version
 * that fails validation is never locked). An existing entry is never changed or removed.
 */
export async function lockRules(from: string | WritableRuleSource, registry: RuleRegistry, publisher: Publisher): Promise<LockResult> {
  const source = typeof from === 'string' ? new DirectoryRuleSource(from) : from;
  const lock = await readLockFile(source);
  const kept = Object.keys(lock.entries).length;
  if (lock.problems.length > 0) return { file: lock.file, added: [], kept, refused: lock.problems };
  const library = await loadRules(source, registry);
  const refused = library.problems.filter((p) => p.code !== 'not-locked');
  if (refused.length > 0) return { file: lock.file, added: [], kept, refused };
  const entries = { ...library.lockEntries };
  const added: string[] = [];
  for (const ruleSet of library.ruleSets) {
    const key = lockKey(ruleSet.ref.id, ruleSet.ref.version);
    if (ruleSet.document.status !== 'published' || key in entries) continue;
    entries[key] = lockEntry(ruleSet.hash, publisher);
    added.push(key);
  }
  if (added.length > 0) await writeLockFile(source, entries);
  return { file: lock.file, added: added.sort(), kept, refused: [] };
}
