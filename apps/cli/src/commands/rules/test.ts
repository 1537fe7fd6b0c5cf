// `fordeling rules test [MAPPE] [--versions ID@V,…]`: the worked examples next to the rules.
import { draftNotice, formatProblem, loadRules, runRuleTests } from '@fordeling/engine';
import { versionsOption, type RulesIo, type RulesOptions } from './rules-io.js';

export default async function test(io: RulesIo, options: RulesOptions): Promise<number> {
  const versions = versionsOption(io, options.versions);
  if (versions === 'invalid') return 2;
  const library = await loadRules(io.dir, io.registry);
  const report = await runRuleTests(io.dir, library, io.registry, { versions });
  for (const result of report.results) {
    const notice = draftNotice(result.ruleSets);
    const line = `${result.passed ? 'OK  ' : 'FEJL'} ${result.file}:${result.line} ${result.name}${notice ? ` [${notice}]` : ''}`;
    if (result.passed) io.out(line);
    else io.err(`${line}\n     ${result.reason}`);
  }
  for (const problem of report.problems) io.err(formatProblem(problem));
  if (report.results.length === 0 && report.problems.length === 0) io.out('Ingen regeltest fundet (tests/*.test.yaml ved regelsættene).');
  io.out(report.summary);
  return report.failed === 0 && report.problems.length === 0 ? 0 : 1;
}
