// Rule libraries held in memory for the engine-core tests: files as documents or text, and — unless
// a test is about the lock — a lock of every published version, as `rules publish` would write it.
import { loadRules } from '../core/load-rules.js';
import { LOCK_FILE_NAME } from '../core/rule-files.js';
import { MemoryRuleSource } from '../core/memory-rule-source.js';
import type { RuleRegistry } from '../core/registry.js';

export type RuleFiles = Record<string, Record<string, unknown> | string>;

function text(value: Record<string, unknown> | string): string {
  return typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`;
}

export function memorySource(files: RuleFiles): MemoryRuleSource {
  return new MemoryRuleSource(Object.fromEntries(Object.entries(files).map(([path, value]) => [path, text(value)])), 'regler');
}

/** The files with a lock entry for every published version that loads (the hash of its resolved content). */
export async function lockedSource(files: RuleFiles, registry: RuleRegistry): Promise<MemoryRuleSource> {
  const source = memorySource(files);
  const library = await loadRules(source, registry);
  const entries = Object.fromEntries(library.ruleSets.filter((r) => r.document.status === 'published').map((r) => [`${r.ref.id}@${r.ref.version}`, { hash: r.hash }]));
  await source.write(LOCK_FILE_NAME, text(entries));
  return source;
}

/** `lockedSource` loaded. */
export async function lockedLibrary(files: RuleFiles, registry: RuleRegistry) {
  return loadRules(await lockedSource(files, registry), registry);
}
