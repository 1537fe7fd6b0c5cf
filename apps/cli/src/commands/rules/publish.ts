// `fordeling rules publish ID@VERSION --by NAVN --reason TEKST [--input MAPPE]`: publish a draft in one
// step — the whole library validated with it published, the rule tests run, the changes in words and
// (with --input) the impact per council printed; then the status is set and the lock entry recorded.
// Anything wrong, and nothing is changed.
import { commitPublication, DirectoryRuleSource, formatDate, formatProblem, planPublication } from '@fordeling/engine';
import { ruleSetImpact } from '../../rule-impact.js';
import { printProblems, problemCount, type RulesIo, type RulesOptions } from './rules-io.js';

export default async function publish(io: RulesIo, options: RulesOptions, args: string[]): Promise<number> {
  const match = args.length === 1 ? /^([^@]+)@(.+)$/.exec(args[0]) : null;
  const by = options.by?.trim();
  const reason = options.reason?.trim();
  if (!match || !by || !reason) {
    io.err(`Angiv versionen, hvem der offentliggør og hvorfor, fx »fordeling rules publish capacity@2026.2 --by "Jurist A" --reason "Måltal sænket til 1.550 (BEK nr. … af 2025)"«.\n\n${io.usage}`);
    return 2;
  }
  const [, id, version] = match;
  const source = new DirectoryRuleSource(io.dir);
  const plan = await planPublication(source, io.registry, id, version);

  if (plan.published) {
    const from = formatDate(plan.published.document.validFrom);
    io.out(`Offentliggørelse af ${id}@${version}, gældende fra ${from}${plan.predecessor ? `; afløser ${plan.predecessor.ref.version} fra den dag` : ''}.`);
    io.out('');
    io.out(plan.predecessor ? `Ændringer i forhold til ${id}@${plan.predecessor.ref.version}:` : 'Første version af regelsættet.');
    for (const change of plan.changes) io.out(`  • ${change.sentence}`);
    if (plan.predecessor && plan.changes.length === 0) io.out('  (ingen)');
    if (plan.tests) io.out(`\nRegeltest med ${version} offentliggjort: ${plan.tests.summary}`);
  }
  for (const warning of plan.warnings) io.err(formatProblem(warning));

  if (plan.refused.length === 0 && options.input && plan.library && plan.published) {
    const impact = await ruleSetImpact(options.input, plan.library, plan.published, plan.predecessor);
    if (typeof impact === 'string') {
      plan.refused.push({ file: options.input, line: 0, column: 0, pointer: '', message: impact });
    } else {
      io.out('');
      for (const line of impact) io.out(line);
    }
  }

  if (plan.refused.length > 0) {
    printProblems(io, plan.refused);
    io.err(`Ikke offentliggjort: ${problemCount(plan.refused.length, 0)}. Intet er ændret.`);
    return 1;
  }
  const entry = await commitPublication(source, plan, { by, reason, at: io.now() });
  io.out('');
  io.out(`Offentliggjort: ${id}@${version} er låst med ${entry.hash} (${by}, ${formatDate(entry.publishedAt!.slice(0, 10))}: ${reason}).`);
  return 0;
}
