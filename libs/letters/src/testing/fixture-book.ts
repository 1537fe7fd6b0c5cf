import { canonicalHash, createRegistry, standardKinds, type LoadedRuleSet, type RuleBook, type RuleSetDocument } from '@fordeling/engine';

// A small RuleBook for tests, independent of the shipped rules/ (which other engineers maintain).
const bek = { instrument: 'BEK nr. 975 af 2025', url: 'https://www.retsinformation.dk/eli/lta/2025/975' };

function ruleSet<C>(id: string, content: C): LoadedRuleSet<C> {
  const document: RuleSetDocument<C> = {
    id, kind: id, version: '2025.1', validFrom: '2025-07-03', status: 'published',
    title: `Test ${id}`, description: 'Testdata', legalBasis: bek, content,
  };
  const hash = canonicalHash(document);
  return { document, file: `rules/bek-975-2025/${id}/2025.1.json`, sourcePath: `bek-975-2025/${id}/2025.1.json`, hash, ref: { id, version: '2025.1', hash } };
}

export const fixtureRuleSets = {
  capacity: ruleSet('capacity', {
    targetWeightedCitizensPerCapacity: { value: 1600, reference: { ...bek, paragraph: '§ 4' } },
    maximumPatientsPerCapacity: { value: 2700, reference: { instrument: 'Overenskomst om almen praksis' } },
    years: [],
    ceilingRounding: { method: 'floor', decimals: 0, reference: bek },
    reportingBand: { lower: 1150, upper: 2000, expectedShare: 0.8, reference: bek },
  }),
  'minimum-patients': ruleSet('minimum-patients', {
    rounding: { method: 'round', decimals: 0, reference: bek },
    deviationReasons: [
      { id: 'special-function', label: 'Klinikken varetager særlige funktioner', reference: { instrument: 'Sundhedsloven', paragraph: '§ 206 b, stk. 3' } },
      { id: 'local-conditions', label: 'Lokale forhold i området', reference: { instrument: 'Sundhedsloven', paragraph: '§ 206 b, stk. 3' } },
    ],
    dialogueThresholdShare: { value: 0.1, reference: { ...bek, illustrative: true } },
    deviationRequiresReasonAboveShare: { value: 0.05, reference: { ...bek, illustrative: true } },
  }),
  timeline: ruleSet('timeline', {
    rounds: [
      {
        year: 2025,
        steps: [
          { id: 'advisory-sent', date: '2025-07-01', label: 'SDS sender vejledende tal', reference: bek },
          { id: 'information-letter', date: '2025-09-01', label: 'Informationsbrev', reference: bek },
          { id: 'preliminary-sent', date: '2025-10-15', label: 'Foreløbigt tal', reference: bek },
          { id: 'hearing-deadline', date: '2025-11-14', label: 'Høringsfrist', reference: bek },
          { id: 'final-announced', date: '2025-12-19', label: 'Endeligt tal', reference: bek },
          { id: 'final-effective', date: '2026-02-01', label: 'Gældende', reference: bek },
        ],
      },
    ],
  }),
};

const registry = createRegistry(standardKinds);

export function fixtureBook(asOf = '2025-07-03'): RuleBook {
  const sets = fixtureRuleSets as Record<string, LoadedRuleSet>;
  const compiled = new Map<string, unknown>();
  return {
    asOf,
    ruleSets: Object.values(sets),
    byKind: <C>(kind: string) => {
      const set = sets[kind];
      if (!set) throw new Error(`intet regelsæt af typen ${kind}`);
      return set as LoadedRuleSet<C>;
    },
    // Compiled by the kinds themselves, as a loaded library's book does.
    compiled: <T>(kind: string) => {
      const set = sets[kind];
      const plugin = registry.get(kind);
      if (!set || !plugin) throw new Error(`intet regelsæt af typen ${kind}`);
      if (!compiled.has(kind)) compiled.set(kind, plugin.compile(set.document));
      return compiled.get(kind) as T;
    },
    refs: () => Object.values(sets).map((s) => s.ref).sort((a, b) => a.id.localeCompare(b.id)),
  };
}
