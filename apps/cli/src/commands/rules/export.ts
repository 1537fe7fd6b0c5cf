// `fordeling rules export --out MAPPE [--data-dir MAPPE]`: the library the server loads — the rules
// folder and every version published through the store, with the lock holding all of them — written
// as a rules folder, to archive in git and so that the CLI (`run --rules MAPPE`, `decide`, …)
// reproduces every result the server gave. The folder is checked after writing: the same versions
// with the same hashes.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LOCK_FILE_NAME, loadRules, plural } from '@fordeling/engine';
import { STORE_LABEL } from '@fordeling/store';
import { printProblems, type RulesIo, type RulesOptions } from './rules-io.js';
import { openRulesStore, serverRuleSource } from './rules-store.js';

export default async function exportRules(io: RulesIo, options: RulesOptions): Promise<number> {
  if (!options.out) {
    io.err(`Angiv hvor reglerne skal skrives: »fordeling rules export --out MAPPE«.\n\n${io.usage}`);
    return 2;
  }
  const out = path.resolve(options.out);
  const existing = await readdir(out).catch(() => [] as string[]);
  if (existing.length > 0 && !existing.includes(LOCK_FILE_NAME)) {
    io.err(`Mappen ${out} er ikke tom og er ingen regelmappe (den har ingen ${LOCK_FILE_NAME}). Vælg en tom mappe eller en regelmappe.`);
    return 2;
  }
  const store = await openRulesStore(io, options);
  if (!store) return 1;
  try {
    const source = serverRuleSource(io, store);
    const library = await loadRules(source, io.registry);
    if (library.problems.length > 0) {
      printProblems(io, library.problems);
      io.err('Intet er eksporteret: serverens regelbibliotek har fejl (se ovenfor).');
      return 1;
    }
    const files = await source.list();
    for (const relative of files) {
      const target = path.join(out, ...relative.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, (await source.read(relative))!);
    }
    const written = await loadRules(out, io.registry);
    const published = library.ruleSets.filter((r) => r.document.status === 'published');
    const differing = published.filter((r) => written.get(r.ref.id, r.ref.version)?.hash !== r.hash);
    if (written.problems.length > 0 || differing.length > 0) {
      printProblems(io, written.problems);
      for (const r of differing) io.err(`${r.ref.id}@${r.ref.version}: kontrolsummen i ${out} er ikke ${r.hash}.`);
      io.err('Eksporten kunne ikke kontrolleres; brug ikke mappen.');
      return 1;
    }
    const fromStore = published.filter((r) => r.file.startsWith(`${STORE_LABEL}/`));
    io.out(`Eksporterede ${plural(files.length, 'fil', 'filer')} til ${out}: ${plural(published.length, 'offentliggjort version', 'offentliggjorte versioner')}, heraf ${plural(fromStore.length, 'fra databasen', 'fra databasen')}.`);
    for (const r of fromStore) io.out(`  ${r.ref.id}@${r.ref.version}  ${r.hash}`);
    io.out(`Kontrolleret: mappen indlæses uden fejl, med de samme versioner og kontrolsummer som serverens bibliotek.`);
    return 0;
  } finally {
    await store.close();
  }
}
