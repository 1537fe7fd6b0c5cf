import fc from 'fast-check';
import type { RuleBook } from '../contract/kind.js';
import type { LoadedRuleSet } from '../contract/rule-set.js';
import type { RuleLibrary } from '../core/index.js';
import { isIsoDate } from '../format/danish.js';
import type { DecisionsContent } from '../kinds/decisions/types.js';
import { capacityOf } from '../kinds/decisions/request-rules.js';
import { geographyRules } from '../kinds/geography/compile.js';
import { addDays } from '../kinds/shared/dates.js';

/**
 * Random capacity requests for one decisions version, with the book they are decided under: dates on
 * both sides of every date the rules and the geography turn on (the island deadline 2027-01-01, the
 * 2027 geography with four regions) and of the rule set's own validity; growth on both sides of every
 * number parameter (the threshold 2,0 pct., three provider numbers); islands known, unknown, absent or
 * in another council; councils sometimes in lower case; capacities, whole or halves, around the
 * ceiling (the order's number where the capacity rule set has one); 0,5, 1 or 2 requested; a stated
 * extraordinary situation of either kind, or the old form; a doctor with 0–4 provider numbers.
 */
export function randomCapacityRequests(library: RuleLibrary, decisions: LoadedRuleSet): fc.Arbitrary<{ input: unknown; book: RuleBook }> {
  const { validFrom, validTo } = decisions.document;
  const { parameters } = decisions.document.content as DecisionsContent;
  const edges = [validFrom, ...(validTo ? [validTo] : []), ...Object.values(parameters).map((p) => p.value).filter(isIsoDate), ...library.versions('geography').map((g) => g.document.validFrom)];
  const date = fc
    .oneof(
      fc.tuple(fc.constantFrom(...edges), fc.integer({ min: -3, max: 3 })).map(([edge, days]) => addDays(edge, days)),
      fc.integer({ min: 0, max: 4 * 365 }).map((days) => addDays(validFrom, days)),
    )
    .filter((d) => d >= validFrom && (!validTo || d <= validTo));
  const thresholds = Object.values(parameters).map((p) => p.value).filter((v): v is number => typeof v === 'number');
  const growth = fc.oneof(
    fc.tuple(fc.constantFrom(...thresholds, 0), fc.constantFrom(-0.5, -0.1, -0.01, 0, 0.01, 0.1, 0.5)).map(([t, d]) => t + d),
    fc.double({ min: -10, max: 50, noNaN: true }),
  );
  return fc
    .tuple(
      date,
      fc.nat(),
      fc.constantFrom('known', 'unknown', 'absent', 'absent', 'other-council'),
      fc.nat(),
      fc.constantFrom('new', 'refill'),
      fc.integer({ min: 0, max: 2000 }),
      fc.oneof(fc.integer({ min: -3, max: 2 }), fc.integer({ min: -2000, max: 2000 })),
      fc.boolean(),
      fc.boolean(),
      growth,
      fc.boolean(),
      fc.record({
        half: fc.boolean(),
        requested: fc.constantFrom(undefined, 0.5, 1, 2),
        situation: fc.constantFrom('none', 'old', 'old', 'old', 'growth', 'other', 'growth-unreasoned'),
        doctor: fc.option(fc.integer({ min: 0, max: 4 })),
        ownsClinic: fc.boolean(),
      }),
    )
    .map(([d, councilPick, islandKind, islandPick, request, given, offset, insufficient, documented, projectedGrowthPct, lowerCase, extra]) => {
      const book = library.bookAt(d, { versions: { decisions: decisions.ref.version } });
      const geography = geographyRules.of(book);
      const island = geography.islands[islandPick % geography.islands.length];
      let council = geography.councils[councilPick % geography.councils.length].id;
      if (islandKind === 'known') council = geography.councilOfIsland(island.id)!.id;
      const clinicIsland = islandKind === 'known' || islandKind === 'other-council' ? island.name : islandKind === 'unknown' ? 'Atlantis' : undefined;
      const fixed = capacityOf(book)?.fixedCeiling(council, Number(d.slice(0, 4)));
      const ceiling = fixed?.capacities ?? given;
      const providerNumbers = extra.doctor === null ? [] : Array.from({ length: extra.doctor }, (_, i) => (i === 0 && extra.ownsClinic ? '071234' : `07${i}000`));
      const description = { description: 'Et nyt boligområde.', regionReasoning: 'De eksisterende klinikker kan ikke tage patienterne.' };
      const situation = {
        none: {},
        old: { extraordinaryGrowth: { documented, projectedGrowthPct } },
        growth: { extraordinarySituation: { kind: 'high-population-growth', projectedGrowthPct, ...description } },
        other: { extraordinarySituation: { kind: 'closed-neighbouring-clinic', ...description } },
        'growth-unreasoned': { extraordinarySituation: { kind: 'high-population-growth', projectedGrowthPct, description: ' ', regionReasoning: ' ' } },
      }[extra.situation];
      const input = {
        date: d,
        council: lowerCase ? council.toLowerCase() : council,
        request,
        existingCapacities: Math.max(0, ceiling + offset + (extra.half ? 0.5 : 0)),
        ...(extra.requested === undefined ? {} : { requestedCapacities: extra.requested }),
        ...(fixed ? {} : { ceiling }),
        clinic: { providerNumber: '071234', ...(clinicIsland === undefined ? {} : { island: clinicIsland }) },
        regionFindsCoverageInsufficient: insufficient,
        ...situation,
        ...(extra.doctor === null ? {} : { doctor: { id: 'læge-1', providerNumbers } }),
      };
      return { input, book };
    });
}
