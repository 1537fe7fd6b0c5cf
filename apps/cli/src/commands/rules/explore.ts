// `fordeling rules explore --out MAPPE`: the history of every rule set as a self-contained, accessible
// website the ministry can publish as it is (one page per rule set, the change log, search, the changes
// between any two dates).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadRules } from '@fordeling/engine';
import { explorerData } from '../../explorer/explorer-data.js';
import { indexPage, logPage, ruleSetPage } from '../../explorer/explorer-pages.js';
import { printProblems, type RulesIo, type RulesOptions } from './rules-io.js';

export default async function explore(io: RulesIo, options: RulesOptions): Promise<number> {
  if (!options.out) {
    io.err(`Angiv hvor webstedet skal skrives: »fordeling rules explore --out MAPPE«.`);
    return 2;
  }
  const library = await loadRules(io.dir, io.registry);
  if (library.problems.length > 0) {
    printProblems(io, library.problems);
    io.err('Webstedet er ikke skrevet: regelsættene har fejl (kør »fordeling rules validate«).');
    return 1;
  }
  const data = explorerData(library, io.now().toISOString().slice(0, 10));
  const out = path.resolve(options.out);
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'index.html'), indexPage(data));
  await writeFile(path.join(out, 'log.html'), logPage(data));
  for (const ruleSet of data.ruleSets) await writeFile(path.join(out, ruleSet.page), ruleSetPage(ruleSet, data.writtenOn));
  io.out(`Skrev ${data.ruleSets.length + 2} sider i ${out} (start: ${path.join(out, 'index.html')}).`);
  return 0;
}
