// `fordeling rules validate [MAPPE]`: every file, the lock and the succession of versions checked.
import { loadRules, plural } from '@fordeling/engine';
import { printProblems, problemCount, type RulesIo } from './rules-io.js';

export default async function validate(io: RulesIo): Promise<number> {
  const library = await loadRules(io.dir, io.registry);
  printProblems(io, library.problems, library.warnings);
  const published = library.ruleSets.filter((r) => r.document.status === 'published').length;
  const counts = `${plural(library.ids().length, 'regelsæt', 'regelsæt')}, ${plural(library.ruleSets.length, 'version', 'versioner')} (${plural(published, 'offentliggjort', 'offentliggjorte')}, ${plural(library.ruleSets.length - published, 'udkast', 'udkast')})`;
  if (library.problems.length > 0) {
    io.err(`${problemCount(library.problems.length, library.warnings.length)} fundet. Gyldige: ${counts}.`);
    return 1;
  }
  io.out(`OK: ${counts} uden fejl${library.warnings.length ? ` (${plural(library.warnings.length, "advarsel", "advarsler")})` : ''}.`);
  return 0;
}
