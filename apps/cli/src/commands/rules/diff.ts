// `fordeling rules diff ID@V ID@V` or `diff ID --from DATO --to DATO`: the changes in words.
import { changesBetween, diffRuleSets, formatDate, isIsoDate, loadRules, type LoadedRuleSet } from '@fordeling/engine';
import { type RulesOptions, type RulesIo } from './rules-io.js';

export default async function diff(io: RulesIo, options: RulesOptions, refs: string[]): Promise<number> {
  if (options.from !== undefined || options.to !== undefined) return diffByDates(io, options, refs);
  if (refs.length !== 2 || !refs.every((r) => /^[^@]+@[^@]+$/.test(r))) {
    io.err(`Angiv to versioner som <id>@<version>, fx »capacity@2025.1 capacity@2026.1«, eller et regelsæt og to datoer: »capacity --from 2025-09-01 --to 2026-09-01«.\n\n${io.usage}`);
    return 2;
  }
  const library = await loadRules(io.dir, io.registry);
  const [a, b] = refs.map((ref) => {
    const [id, version] = ref.split('@');
    return library.get(id, version);
  });
  if (!a || !b) {
    for (const ref of refs.filter((_, i) => ![a, b][i])) io.err(`Versionen »${ref}« findes ikke eller er ugyldig (kør »fordeling rules validate«).`);
    return 1;
  }
  if (a.ref.id !== b.ref.id) {
    io.err(`Kan kun sammenligne to versioner af samme regelsæt (»${a.ref.id}« og »${b.ref.id}«).`);
    return 2;
  }
  printChanges(io, a, b, diffRuleSets(a, b, io.registry).map((c) => c.sentence));
  return 0;
}

async function diffByDates(io: RulesIo, options: RulesOptions, args: string[]): Promise<number> {
  const [id] = args;
  const { from, to } = options;
  if (!id || args.length !== 1 || !isIsoDate(from) || !isIsoDate(to)) {
    io.err(`Angiv ét regelsæt og to datoer som ÅÅÅÅ-MM-DD, fx »fordeling rules diff capacity --from 2025-09-01 --to 2026-09-01«.`);
    return 2;
  }
  const library = await loadRules(io.dir, io.registry);
  const between = changesBetween(library, id, from, to);
  for (const [date, ruleSet] of [[from, between.from], [to, between.to]] as const) {
    if (!ruleSet) {
      io.err(`Ingen offentliggjort version af »${id}« gælder ${formatDate(date)}.`);
      return 1;
    }
  }
  if (between.from === between.to) {
    io.out(`Samme version (${between.from!.ref.version}) gælder ${formatDate(from)} og ${formatDate(to)}; ingen ændringer.`);
    return 0;
  }
  io.out(`${id}: ${between.from!.ref.version} (gældende ${formatDate(from)}) mod ${between.to!.ref.version} (gældende ${formatDate(to)}):`);
  printChanges(io, between.from!, between.to!, between.changes.map((c) => c.sentence));
  return 0;
}

function printChanges(io: RulesIo, a: LoadedRuleSet, b: LoadedRuleSet, sentences: string[]): void {
  if (sentences.length === 0) io.out(`Ingen ændringer mellem ${a.ref.id}@${a.ref.version} og ${b.ref.id}@${b.ref.version}.`);
  for (const sentence of sentences) io.out(sentence);
}
