// `fordeling rules new ID --valid-from DATO [--version V] [--amendment]`: a draft successor of the
// version in force on that date, ready to edit.
import { DirectoryRuleSource, formatDate, loadRules, scaffoldVersion } from '@fordeling/engine';
import { type RulesOptions, type RulesIo } from './rules-io.js';

export default async function newVersion(io: RulesIo, options: RulesOptions, args: string[]): Promise<number> {
  const [id] = args;
  const validFrom = options['valid-from'];
  if (!id || args.length !== 1 || !validFrom) {
    io.err(`Angiv regelsættet og første gyldighedsdag, fx »fordeling rules new capacity --valid-from 2026-01-01«.\n\n${io.usage}`);
    return 2;
  }
  const source = new DirectoryRuleSource(io.dir);
  const library = await loadRules(source, io.registry);
  let scaffold;
  try {
    scaffold = scaffoldVersion(library, id, validFrom, { version: options.version, amendment: options.amendment === true });
  } catch (error) {
    io.err((error as Error).message);
    return 1;
  }
  if (await source.read(scaffold.sourcePath)) {
    io.err(`Filen ${source.display(scaffold.sourcePath)} findes allerede. Vælg en anden version med --version.`);
    return 1;
  }
  await source.write(scaffold.sourcePath, scaffold.text);
  const from = scaffold.predecessor.ref.version;
  io.out(`Skrev udkastet ${source.display(scaffold.sourcePath)}: ${id} ${scaffold.version}, gældende fra ${formatDate(validFrom)}, ${options.amendment ? `som ændring af ${from} (skriv hver ændring i »changes«)` : `som kopi af ${from}`}.`);
  io.out('Næste skridt:');
  io.out(options.amendment
    ? `  1. Skriv ændringerne i »changes«: hver med »op« (replace/add/remove), »path« (fx /content/…/value), »value« og »reference«.`
    : `  1. Ret værdierne og deres »reference« i filen.`);
  io.out(`  2. fordeling rules validate · fordeling rules test --versions ${id}@${scaffold.version} · fordeling rules diff ${id}@${from} ${id}@${scaffold.version}`);
  io.out(`  3. fordeling rules publish ${id}@${scaffold.version} --by NAVN --reason TEKST [--input INPUTMAPPE]`);
  return 0;
}
