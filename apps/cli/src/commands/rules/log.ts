// `fordeling rules log [--json]`: the change log — every published version, who, when and why.
import { DirectoryRuleSource, formatDate, readLockFile } from '@fordeling/engine';
import { printProblems, type RulesIo, type RulesOptions } from './rules-io.js';

export default async function log(io: RulesIo, options: RulesOptions): Promise<number> {
  const lock = await readLockFile(new DirectoryRuleSource(io.dir));
  if (lock.problems.length > 0) {
    printProblems(io, lock.problems);
    return 1;
  }
  // Oldest first; entries from before publishing recorded who and when come first, by name.
  const entries = Object.entries(lock.entries).sort(([ka, a], [kb, b]) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || ka.localeCompare(kb));
  if (options.json) {
    io.out(JSON.stringify(entries.map(([key, entry]) => ({ version: key, ...entry })), null, 2));
    return 0;
  }
  if (entries.length === 0) io.out(`Ingen offentliggjorte versioner i ${lock.file}.`);
  for (const [key, entry] of entries) {
    const when = entry.publishedAt ? `${formatDate(entry.publishedAt.slice(0, 10))} kl. ${entry.publishedAt.slice(11, 16)} UTC` : 'tidspunkt ikke registreret';
    io.out(`${key}  ${when}  ${entry.publishedBy ?? 'ukendt'}: ${entry.reason ?? '(ingen begrundelse registreret)'}  ${entry.hash.slice(0, 19)}…`);
  }
  return 0;
}
