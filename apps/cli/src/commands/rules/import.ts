// `fordeling rules import MAPPE [--data-dir MAPPE]`: the published versions of a rules folder (an
// export, say) that the server's library does not hold, loaded into the store as published, each with
// its lock entry — but only when the library with all of them loads without problems. A version the
// library holds already must have the same hash; drafts are not imported.
import path from 'node:path';
import { CompositeRuleSource, lockFileText, LOCK_FILE_NAME, loadRules, MemoryRuleSource, plural, type LoadedRuleSet } from '@fordeling/engine';
import { systemActor } from '@fordeling/store';
import { printProblems, type RulesIo, type RulesOptions } from './rules-io.js';
import { openRulesStore, serverRuleSource } from './rules-store.js';

export default async function importRules(io: RulesIo, options: RulesOptions, args: string[]): Promise<number> {
  if (args.length !== 1) {
    io.err(`Angiv den mappe, der skal indlæses: »fordeling rules import MAPPE«.\n\n${io.usage}`);
    return 2;
  }
  const from = path.resolve(args[0]);
  const files = await loadRules(from, io.registry);
  if (files.problems.length > 0) {
    printProblems(io, files.problems);
    io.err(`Intet er indlæst: ${from} har fejl (se ovenfor).`);
    return 1;
  }
  const store = await openRulesStore(io, options);
  if (!store) return 1;
  try {
    const source = serverRuleSource(io, store);
    const current = await loadRules(source, io.registry);
    const published = files.ruleSets.filter((r) => r.document.status === 'published');
    const known = published.filter((r) => current.get(r.ref.id, r.ref.version));
    const differing = known.filter((r) => current.get(r.ref.id, r.ref.version)!.hash !== r.hash);
    if (differing.length > 0) {
      for (const r of differing) io.err(`${r.file}: ${r.ref.id}@${r.ref.version} har kontrolsummen ${r.hash}, men serverens bibliotek har ${current.get(r.ref.id, r.ref.version)!.hash}. En offentliggjort version ændres aldrig.`);
      io.err('Intet er indlæst.');
      return 1;
    }
    const incoming = published.filter((r) => !current.get(r.ref.id, r.ref.version));
    // The library as it will be: checked whole before anything is stored.
    const texts = await Promise.all(incoming.map(async (r) => new TextDecoder().decode(await files.source.read(r.sourcePath))));
    const entries = Object.fromEntries(incoming.map((r) => [`${r.ref.id}@${r.ref.version}`, files.lockEntries[`${r.ref.id}@${r.ref.version}`]]));
    const additions = new MemoryRuleSource({ ...Object.fromEntries(incoming.map((r, i) => [r.sourcePath, texts[i]])), [LOCK_FILE_NAME]: lockFileText(entries) }, from);
    const after = await loadRules(new CompositeRuleSource([source, additions]), io.registry);
    if (after.problems.length > 0) {
      printProblems(io, after.problems);
      io.err('Intet er indlæst: serverens bibliotek ville få fejl med versionerne (se ovenfor).');
      return 1;
    }
    let libraryRevision = await store.publishedRuleVersionCount();
    for (const [i, r] of incoming.entries()) {
      const lock = entries[`${r.ref.id}@${r.ref.version}`];
      await store.importRuleVersion({
        ruleSetId: r.ref.id,
        version: r.ref.version,
        path: r.sourcePath,
        text: texts[i],
        findings: findingsOf(r),
        lock: { hash: lock.hash, publishedBy: lock.publishedBy ?? 'ukendt', publishedAt: lock.publishedAt ?? new Date(0).toISOString(), reason: lock.reason ?? '(ingen begrundelse registreret)' },
        libraryRevision: libraryRevision++,
        actor: { ...systemActor, label: 'fordeling rules import' },
      });
      io.out(`Indlæst: ${r.ref.id}@${r.ref.version}  ${r.hash}`);
    }
    const drafts = files.ruleSets.filter((r) => r.document.status === 'draft' && !current.get(r.ref.id, r.ref.version));
    for (const r of drafts) io.err(`Ikke indlæst: ${r.ref.id}@${r.ref.version} er et udkast (opret udkast gennem API'et).`);
    io.out(`${plural(incoming.length, 'version', 'versioner')} indlæst i databasen; ${plural(known.length, 'version', 'versioner')} fandtes allerede med samme kontrolsum.`);
    return 0;
  } finally {
    await store.close();
  }
}

function findingsOf(r: LoadedRuleSet) {
  return { kind: r.document.kind, validFrom: r.document.validFrom, amends: r.amends ?? null, hash: r.hash, problems: [], warnings: [] };
}
