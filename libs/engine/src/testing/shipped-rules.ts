// Test support for the kinds: the shipped rule files, and rules directories built from mutated copies
// of them, loaded through the real loader (loadRules) so problems carry file, line and pointer.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Problem } from '../contract/problem.js';
import type { RuleSetDocument } from '../contract/rule-set.js';
import { createRegistry } from '../core/registry.js';
import { loadRules } from '../core/load-rules.js';
import { defaultRulesDir } from '../core/repo-paths.js';
import type { RuleLibrary } from '../core/rule-library.js';
import { standardKinds } from '../kinds/index.js';

export const registry = createRegistry(standardKinds);
export const ORDER = 'bek-975-2025';

let shipped: Promise<RuleLibrary> | undefined;

/** The shipped rules directory, loaded once per test file. */
export function shippedLibrary(): Promise<RuleLibrary> {
  shipped ??= loadRules(defaultRulesDir, registry);
  return shipped;
}

/** A fresh (mutable) copy of a shipped rule file. */
export async function shippedDocument<C = any>(id: string, version = '2025.1'): Promise<RuleSetDocument<C>> {
  return JSON.parse(await readFile(path.join(defaultRulesDir, ORDER, id, `${version}.json`), 'utf8'));
}

/** Problems that only say a published version is not yet in the lock file; irrelevant to content. */
function isLockNotice(p: Problem): boolean {
  return p.pointer === '/status' && p.message.includes('låst');
}

/** Loads a rules directory holding exactly these documents; returns the library and content problems. */
export async function loadDocuments(docs: RuleSetDocument[]): Promise<{ library: RuleLibrary; problems: Problem[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fordeling-kinds-'));
  try {
    for (const doc of docs) {
      const folder = path.join(dir, ORDER, doc.id);
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, `${doc.version}.json`), `${JSON.stringify(doc, null, 2)}\n`);
    }
    const library = await loadRules(dir, registry);
    return { library, problems: library.problems.filter((p) => !isLockNotice(p)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The content problems of one document on its own. */
export async function problemsOf(doc: RuleSetDocument): Promise<Problem[]> {
  return (await loadDocuments([doc])).problems;
}
