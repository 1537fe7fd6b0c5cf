// POST /v1/rulesets/{id}/drafts/{version}/impact (issue 13): what a draft would change, in words
// against the version it would succeed, and on the whole country — the reference population run
// under the rules before and after (the numbers `fordeling run --compare-rules` gives on the same
// inputs), recomputing only what the draft's rule set reaches (ReferencePopulation).
import { diffRuleSets, draftNotice, formatDate, type LoadedRuleSet, type RuleBook, type RuleLibrary } from '@fordeling/engine';
import { compareResults, describeRuleSetChanges, impactSummary, MODEL_RULES, type ModelComparison } from '@fordeling/model';
import type { AppContext } from '../app-context.js';
import { problems } from '../http/problem.js';

export interface ImpactRequest {
  runId?: string;
  asOf?: string;
  largest?: number;
}

export async function draftImpact(ctx: AppContext, id: string, version: string, request: ImpactRequest) {
  const found = await ctx.drafts.libraryWith(id, version);
  if (!found) throw problems.notFound(`Der findes ingen version »${version}« af regelsættet »${id}«.`);
  if ('problems' in found) {
    throw problems.ruleViolation(`Udkastet ${id}@${version} kan ikke indlæses, så virkningen kan ikke beregnes; ret fejlene først.`, found.problems.map((p) => ({ pointer: p.pointer, message: p.message })), { problems: found.problems });
  }
  const { library, ruleSet: draft } = found;
  const predecessor = library.predecessorOf(id, draft.document.validFrom);
  if (!predecessor) throw problems.invalid(`${id}@${version} er den første version af regelsættet; der er intet at sammenligne med.`, [{ pointer: '', message: 'Ingen tidligere offentliggjort version.' }]);
  const changes = diffRuleSets(predecessor, draft, library.registry).map(({ pointer, change, sentence }) => ({ pointer, change, sentence }));
  const asOf = request.asOf ?? draft.document.validFrom;
  const base = { draft: draft.ref, predecessor: predecessor.ref, asOf, changes, notice: draftNotice([draft.ref]) ?? null };

  if (!MODEL_RULES.some((rules) => rules.kind === draft.document.kind)) {
    return { ...base, model: false, note: `»${id}« indgår ikke i den nationale model, så sundhedsrådenes lofter og klinikkernes vejledende minimumstal er uændrede.` };
  }
  const books = booksAround(library, id, predecessor, draft, asOf);
  const { record, population } = await ctx.populations.get(request.runId);
  const before = population.result(books.before);
  const after = population.result(books.after);
  const ruleSetChanges = describeRuleSetChanges(before.ruleSets, after.ruleSets, (ref) => library.get(ref.id, ref.version), library.registry);
  const comparison = compareResults(before, after, { ruleSetChanges });
  const summary = impactSummary(comparison, { largest: request.largest });
  return {
    ...base,
    model: true,
    population: { runId: record.runId, path: record.path, citizens: record.citizens, files: record.files },
    ruleSets: { before: comparison.base.ruleSets, after: comparison.alternative.ruleSets },
    councils: councilsOf(comparison),
    regions: summary.regions,
    country: summary.country,
    clinics: summary.clinics,
    /** Which stages were computed for the version after (the rest were kept): the preview's own account of its work. */
    recomputed: Object.keys(after.timings),
  };
}

/** The books before and after on `asOf`: the predecessor, and the draft in its place. */
function booksAround(library: RuleLibrary, id: string, predecessor: LoadedRuleSet, draft: LoadedRuleSet, asOf: string): { before: RuleBook; after: RuleBook } {
  let books;
  try {
    books = { before: library.bookAt(asOf, { versions: { [id]: predecessor.ref.version } }), after: library.bookAt(asOf, { versions: { [id]: draft.ref.version } }) };
    for (const rules of MODEL_RULES) {
      rules.ruleSet(books.before);
      rules.ruleSet(books.after);
    }
  } catch (error) {
    const message = `Virkningen kan ikke beregnes pr. ${formatDate(asOf)}: ${(error as Error).message}`;
    throw problems.invalid(message, [{ pointer: '/asOf', message }]);
  }
  return books;
}

/** Per council and year: the ceilings and free capacities before and after. */
function councilsOf(comparison: ModelComparison) {
  return comparison.councils.map((c) => ({
    council: c.council,
    region: c.region,
    existingCapacities: c.existingCapacities,
    years: c.years.map((y) => ({
      year: y.year,
      before: { ceiling: y.base.ceiling, freeCapacities: y.base.freeCapacities, totalWeight: y.base.totalWeight },
      after: { ceiling: y.alternative.ceiling, freeCapacities: y.alternative.freeCapacities, totalWeight: y.alternative.totalWeight },
      ceilingDifference: y.ceilingDifference,
      freeCapacitiesDifference: y.freeCapacitiesDifference,
    })),
  }));
}
