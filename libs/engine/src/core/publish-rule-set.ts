import type { Problem } from '../contract/problem.js';
import type { LoadedRuleSet } from '../contract/rule-set.js';
import { formatDate } from '../format/danish.js';
import { diffRuleSets, type RuleChange } from './diff-rule-sets.js';
import { parseJsonSource } from './json-source.js';
import { lockEntry, type Publisher } from './lock-rules.js';
import { lockKey, readLockFile, writeLockFile, type LockEntry } from './lock-file.js';
import { loadRules } from './load-rules.js';
import { OverlayRuleSource } from './overlay-rule-source.js';
import type { RuleRegistry } from './registry.js';
import type { RuleLibrary } from './rule-library.js';
import type { RuleSource, WritableRuleSource } from './rule-source.js';
import { decodeRuleText } from './rule-text.js';
import { runRuleTests, type RuleTestReport } from './run-rule-tests.js';

/** What publishing a draft would do, worked out without writing anything. */
export interface PublicationPlan {
  id: string;
  version: string;
  /** Why it cannot be published (Danish, with file and position); empty when it can. */
  refused: Problem[];
  warnings: Problem[];
  /** The library as it would be with the version published (for the diff, the tests and the impact). */
  library?: RuleLibrary;
  /** The version as published (status published), in `library`. */
  published?: LoadedRuleSet;
  /** The version it succeeds, and what changes, in words. */
  predecessor?: LoadedRuleSet;
  changes: RuleChange[];
  tests?: RuleTestReport;
  /** The file's new text: the draft's own text with only its status changed. */
  text?: string;
}

/**
 * Works out the publication of `id@version` in one step: the draft is taken as published, the whole
 * library validated that way (succession, lock, amendments), the rule test cases run against it, and
 * the diff in words against the version it succeeds made. Anything wrong is in `refused`; nothing is
 * written (`commitPublication` writes).
 */
export async function planPublication(source: RuleSource, registry: RuleRegistry, id: string, version: string): Promise<PublicationPlan> {
  const plan: PublicationPlan = { id, version, refused: [], warnings: [], changes: [] };
  const refuse = (message: string, where: Partial<Problem> = {}) => {
    plan.refused.push({ file: where.file ?? source.label, line: where.line ?? 0, column: where.column ?? 0, pointer: where.pointer ?? '', message });
    return plan;
  };
  const current = await loadRules(source, registry);
  const draft = current.get(id, version);
  if (!draft) {
    const ownProblems = current.problems.filter((p) => p.file.endsWith(`/${id}/${version}.json`));
    if (ownProblems.length) {
      plan.refused.push(...ownProblems);
      return plan;
    }
    const known = current.versions(id).map((r) => r.ref.version);
    return refuse(`Version »${version}« af »${id}« findes ikke.${known.length ? ` Kendte versioner: ${known.join(', ')}.` : ''}`);
  }
  const at = { file: draft.file };
  if (draft.document.status === 'published') return refuse(`Version »${version}« af »${id}« er allerede offentliggjort.`, at);
  if (current.lockEntries[lockKey(id, version)]) return refuse(`Version »${version}« af »${id}« står allerede i låsefilen; den kan ikke offentliggøres igen.`, at);
  if (/udkast|draft/.test(version)) {
    return refuse(`Versionen hedder »${version}«: en offentliggjort version beholder sit navn for altid. Lav en version med et navn uden »udkast« (»fordeling rules new ${id} --valid-from ${draft.document.validFrom} --version ${version.replace(/-.*$/, '')}«), og offentliggør den.`, at);
  }

  const text = await publishedText(source, draft);
  if (typeof text !== 'string') return refuse(text.message, { ...at, ...text.position });
  const overlay = new OverlayRuleSource(source, { [draft.sourcePath]: text });
  const library = await loadRules(overlay, registry);
  const published = library.get(id, version);
  plan.refused.push(...library.problems.filter((p) => !(p.code === 'not-locked' && p.file === draft.file)));
  plan.warnings = library.warnings;
  if (!published) return plan.refused.length ? plan : refuse(`Version »${version}« af »${id}« kan ikke indlæses som offentliggjort.`, at);

  plan.library = library;
  plan.published = published;
  plan.text = text;
  plan.predecessor = library.predecessorOf(id, published.document.validFrom);
  plan.changes = plan.predecessor ? diffRuleSets(plan.predecessor, published, registry) : [];
  plan.tests = await runRuleTests(overlay, library, registry);
  if (plan.tests.failed > 0 || plan.tests.problems.length > 0) {
    plan.refused.push(...plan.tests.problems);
    for (const result of plan.tests.results.filter((r) => !r.passed)) {
      plan.refused.push({ file: result.file, line: result.line, column: 1, pointer: '', message: `Regeltesten »${result.name}« fejler med ${version} offentliggjort: ${result.reason}` });
    }
  }
  if (plan.refused.length === 0 && plan.predecessor && plan.changes.filter((c) => c.pointer.startsWith('/content')).length === 0) {
    plan.warnings.push({ file: draft.file, line: 1, column: 1, pointer: '/content', severity: 'warning', message: `Indholdet er det samme som i ${plan.predecessor.ref.version} (gældende fra ${formatDate(plan.predecessor.document.validFrom)}); kun oplysningerne om versionen ændres.` });
  }
  return plan;
}

/**
 * Publishes a plan without problems: writes the file with its new status and adds the lock entry with
 * who, when and why. The lock is read again first, so a version locked meanwhile is never locked twice;
 * if the lock cannot be written, the file is put back as it was.
 */
export async function commitPublication(source: WritableRuleSource, plan: PublicationPlan, publisher: Publisher): Promise<LockEntry> {
  if (plan.refused.length > 0 || !plan.published || plan.text === undefined) throw new Error('Versionen kan ikke offentliggøres; se problemerne.');
  if (!publisher.by.trim()) throw new Error('Angiv hvem der offentliggør (--by).');
  if (!publisher.reason.trim()) throw new Error('Angiv hvorfor versionen offentliggøres (--reason).');
  const lock = await readLockFile(source);
  if (lock.problems.length > 0) throw new Error(`Låsefilen er ugyldig (${lock.problems[0].message}); ret den først.`);
  const key = lockKey(plan.id, plan.version);
  if (lock.entries[key]) throw new Error(`Version »${plan.version}« af »${plan.id}« er allerede låst.`);
  const before = await source.read(plan.published.sourcePath);
  const entry = lockEntry(plan.published.hash, publisher);
  await source.write(plan.published.sourcePath, plan.text);
  try {
    await writeLockFile(source, { ...lock.entries, [key]: entry });
  } catch (error) {
    if (before) await source.write(plan.published.sourcePath, new TextDecoder().decode(before));
    throw error;
  }
  return entry;
}

/** The draft's text with `"status": "draft"` changed to `"published"` in place, the officer's formatting kept. */
async function publishedText(source: RuleSource, draft: LoadedRuleSet): Promise<string | { message: string; position?: { line: number; column: number } }> {
  const bytes = await source.read(draft.sourcePath);
  const decoded = bytes ? decodeRuleText(bytes) : undefined;
  if (!decoded?.ok) return { message: 'Filen kan ikke læses igen.' };
  const parsed = parseJsonSource(decoded.text);
  if (!parsed.ok) return { message: parsed.message, position: parsed.position };
  const { line, column } = parsed.map.locate('/status');
  const lines = decoded.text.split('\n');
  const target = lines[line - 1] ?? '';
  const index = [...target].slice(0, column - 1).join('').length;
  if (!target.startsWith('"draft"', index)) return { message: 'Feltet »status« kunne ikke findes i filen.', position: { line, column } };
  lines[line - 1] = `${target.slice(0, index)}"published"${target.slice(index + '"draft"'.length)}`;
  return lines.join('\n');
}
