import path from 'node:path';
import type { Problem } from '../contract/problem.js';
import type { LoadedRuleSet } from '../contract/rule-set.js';
import { canonicalHash } from './canonical-hash.js';
import { checkLock, rejectDuplicates, reportOverlaps } from './cross-file-checks.js';
import { lockKey, readLockFile } from './lock-file.js';
import type { RuleRegistry } from './registry.js';
import { displayPath } from './repo-paths.js';
import { listRuleFiles } from './rule-files.js';
import { RuleLibrary } from './rule-library.js';
import { validateRuleFile } from './validate-rule-file.js';

/**
 * Loads every rule set under `dir` (`<order>/<id>/<version>.json`). Never throws on a bad file: every
 * problem in every file is collected in `library.problems`; `library.ruleSets` keeps the valid ones.
 */
export async function loadRules(dir: string, registry: RuleRegistry): Promise<RuleLibrary> {
  const root = path.resolve(dir);
  const problems: Problem[] = [];
  let listing;
  try {
    listing = await listRuleFiles(root);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file: displayPath(root), line: 0, column: 0, pointer: '', message: `Regelmappen kan ikke læses: ${reason}` });
    return new RuleLibrary(root, registry, [], problems, {});
  }
  for (const absolute of listing.misplaced) {
    problems.push({ file: displayPath(absolute), line: 0, column: 0, pointer: '', message: 'Filen ligger ikke som <samling>/<regelsæt-id>/<version>.json og indlæses ikke. Flyt den, eller læg test i en »tests«-mappe.' });
  }

  const checked = await Promise.all(listing.candidates.map((candidate) => validateRuleFile(candidate, registry)));
  for (const file of checked) problems.push(...file.problems);
  const valid = checked.filter((f): f is typeof f & { document: NonNullable<typeof f.document> } => f.document !== undefined);

  const unique = rejectDuplicates(valid, problems);
  reportOverlaps(unique, problems);
  const hashes = new Map(unique.map((f) => [f, canonicalHash(f.document)]));
  const lock = await readLockFile(root);
  problems.push(...lock.problems);
  const folders = new Set(listing.candidates.map((c) => lockKey(c.folderId, c.fileVersion)));
  const kept = checkLock(unique, hashes, lock, folders, problems);

  const ruleSets: LoadedRuleSet[] = kept.map((f) => {
    const hash = hashes.get(f)!;
    return { document: f.document, file: f.file, hash, ref: { id: f.document.id, version: f.document.version, hash } };
  });
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  return new RuleLibrary(root, registry, ruleSets, problems, lock.entries);
}
