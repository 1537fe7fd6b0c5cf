import type { Problem } from '../contract/problem.js';
import { sortProblems } from '../contract/problem.js';
import type { LoadedRuleSet } from '../contract/rule-set.js';
import { canonicalHash } from './canonical-hash.js';
import { checkLock, checkSuccession, rejectDuplicates, type ValidFile } from './cross-file-checks.js';
import { DirectoryRuleSource } from './directory-rule-source.js';
import { lockKey, readLockFile } from './lock-file.js';
import { plausibilityWarnings } from './plausibility.js';
import { readSourceCatalogue, SourceCatalogue } from './source-catalogue.js';
import { readRuleFile } from './read-rule-file.js';
import type { RuleRegistry } from './registry.js';
import { resolveRuleFiles } from './resolve-rule-files.js';
import { listRuleFiles } from './rule-files.js';
import { RuleLibrary } from './rule-library.js';
import type { RuleSource } from './rule-source.js';

/**
 * Loads every rule set of a source (`<order>/<id>/<version>.json`; a folder path means that folder).
 * Never throws on a bad file: every problem in every file is collected in `library.problems`, every
 * warning in `library.warnings`; `library.ruleSets` keeps the valid versions, amendments resolved.
 */
export async function loadRules(from: string | RuleSource, registry: RuleRegistry): Promise<RuleLibrary> {
  const source = typeof from === 'string' ? new DirectoryRuleSource(from) : from;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  // Appended one at a time: a file can hold hundreds of thousands of problems, too many to spread.
  const add = (target: Problem[], more: readonly Problem[]) => {
    for (const problem of more) target.push(problem);
  };
  let listing;
  try {
    listing = await listRuleFiles(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file: source.label, line: 0, column: 0, pointer: '', message: `Regelmappen kan ikke læses: ${reason}` });
    return new RuleLibrary(source, registry, [], problems, warnings, {}, new SourceCatalogue([]));
  }
  for (const relative of listing.misplaced) {
    problems.push({ file: source.display(relative), line: 0, column: 0, pointer: '', message: 'Filen ligger ikke som <samling>/<regelsæt-id>/<version>.json og indlæses ikke. Flyt den, eller læg test i en »tests«-mappe.' });
  }

  const read = await Promise.all(listing.candidates.map((candidate) => readRuleFile(source, candidate, registry)));
  const checked = resolveRuleFiles(read, registry);
  for (const file of checked) add(problems, file.problems);
  const valid = checked.filter((f): f is ValidFile => f.document !== undefined);

  const unique = rejectDuplicates(valid, problems);
  const hashes = new Map(unique.map((f) => [f, canonicalHash(f.document)]));
  const lock = await readLockFile(source);
  add(problems, lock.problems);
  const keys = new Set(read.map((r) => lockKey(r.candidate.folderId, r.candidate.fileVersion)));
  const kept = checkLock(unique, hashes, lock, keys, problems);
  checkSuccession(kept, registry, problems, warnings);
  const sources = await readSourceCatalogue(source);
  add(problems, sources.problems);
  for (const file of kept) add(warnings, plausibilityWarnings(file, registry.get(file.document.kind)!));

  const ruleSets: LoadedRuleSet[] = kept.map((f) => {
    const hash = hashes.get(f)!;
    const ref = { id: f.document.id, version: f.document.version, hash, ...(f.document.status === 'draft' ? { draft: true as const } : {}) };
    return { document: f.document, file: f.file, sourcePath: f.sourcePath, hash, ref, ...(f.amends ? { amends: f.amends } : {}) };
  });
  return new RuleLibrary(source, registry, ruleSets, sortProblems(problems), sortProblems(warnings), lock.entries, sources.catalogue);
}
