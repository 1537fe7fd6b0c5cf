// The effect of publishing a version on the whole country: the same model inputs run under the rules
// before and after, compared per council and clinic (what `run --compare-rules` prints).
import { formatDate, formatNumber, type LoadedRuleSet, type RuleLibrary } from '@fordeling/engine';
import { compareResults, describeRuleSetChanges, MODEL_RULES, runModel, summarizeComparison, terminalComparison } from '@fordeling/model';
import { readModelInputs } from './model-inputs.js';

/**
 * Lines to print, or why the impact cannot be computed (Danish). `after` is the version as published,
 * in `library`; `before` the version it succeeds (absent: nothing to compare with).
 */
export async function ruleSetImpact(input: string, library: RuleLibrary, after: LoadedRuleSet, before: LoadedRuleSet | undefined): Promise<string[] | string> {
  const { id, version } = after.ref;
  const kind = after.document.kind;
  if (!MODEL_RULES.some((rules) => rules.kind === kind)) return [`Virkning: »${id}« indgår ikke i den nationale model, så sundhedsrådenes lofter og klinikkernes vejledende minimumstal er uændrede.`];
  if (!before) return [`Virkning: ${id}@${version} er den første version; der er intet at sammenligne med.`];
  const asOf = after.document.validFrom;
  let books;
  try {
    books = { before: library.bookAt(asOf, { versions: { [id]: before.ref.version } }), after: library.bookAt(asOf) };
    for (const rules of MODEL_RULES) rules.ruleSet(books.after);
  } catch (error) {
    return `Virkningen kan ikke beregnes pr. ${formatDate(asOf)}: ${(error as Error).message}`;
  }
  const inputs = await readModelInputs(input, books.before);
  if (typeof inputs === 'number') return `Inputmappen ${input} kan ikke bruges (se ovenfor).`;
  const base = runModel(inputs, books.before);
  const alternative = runModel(inputs, books.after);
  const ruleSetChanges = describeRuleSetChanges(base.ruleSets, alternative.ruleSets, (ref) => library.get(ref.id, ref.version), library.registry);
  const comparison = compareResults(base, alternative, { ruleSetChanges });
  const summary = summarizeComparison(comparison);
  const changed = summary.clinicsWithHigherMinimum + summary.clinicsWithLowerMinimum;
  return [
    `Virkning pr. ${formatDate(asOf)} på ${input} (grundkørsel = ${before.ref.version}, alternativ = ${version}):`,
    terminalComparison(comparison),
    '',
    `${formatNumber(changed)} klinikker får et andet vejledende minimumspatienttal pr. kapacitet.`,
  ];
}
