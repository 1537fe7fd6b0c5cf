// `fordeling rules lock --by NAVN --reason TEKST`: record published versions missing from the lock.
import { lockRules, plural } from '@fordeling/engine';
import { printProblems, type RulesIo, type RulesOptions } from './rules-io.js';

export default async function lock(io: RulesIo, options: RulesOptions): Promise<number> {
  const by = options.by?.trim();
  const reason = options.reason?.trim();
  if (!by || !reason) {
    io.err('Angiv hvem der låser (--by NAVN) og hvorfor (--reason TEKST); låsefilen er også ændringsloggen. Et udkast offentliggøres med »fordeling rules publish«.');
    return 2;
  }
  const result = await lockRules(io.dir, io.registry, { by, reason, at: io.now() });
  if (result.refused.length > 0) {
    printProblems(io, result.refused);
    io.err(`Intet er låst: ${plural(result.refused.length, 'fejl', 'fejl')} i regelsættene eller låsefilen skal rettes først. En version, der ikke består kontrollen, låses aldrig.`);
    return 1;
  }
  for (const key of result.added) io.out(`Låst: ${key}`);
  io.out(result.added.length ? `${plural(result.added.length, 'version', 'versioner')} låst i ${result.file}; ${plural(result.kept, 'eksisterende', 'eksisterende')} uændret.` : `Ingen nye offentliggjorte versioner at låse (${result.file}).`);
  return 0;
}
