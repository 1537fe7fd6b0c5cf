// Test-only rule sets: a three-municipality geography and round-number weights, so the tests can
// show every number worked by hand. Built into a real SelectedRuleBook with the standard kinds.
import {
  SelectedRuleBook,
  canonicalHash,
  createRegistry,
  standardKinds,
  type CapacityContent,
  type GeographyContent,
  type LegalReference,
  type LoadedRuleSet,
  type MinimumPatientsContent,
  type RuleBook,
  type WeightsContent,
} from '@fordeling/engine';

export const ref: LegalReference = { instrument: 'BEK nr. 975 af 2025', illustrative: true, note: 'testværdi' };

export const geographyContent: GeographyContent = {
  regions: [
    { id: 'nord', name: 'Region Nord', reference: ref },
    { id: 'syd', name: 'Region Syd', reference: ref },
  ],
  councils: [
    { id: 'nord', name: 'Nord', region: 'nord', reference: ref },
    { id: 'syd', name: 'Syd', region: 'syd', reference: ref },
  ],
  municipalities: [
    { code: 201, name: 'Gamma', council: 'syd', approxPopulation: 4, reference: ref },
    { code: 101, name: 'Alfa', council: 'nord', approxPopulation: 3, reference: ref },
    { code: 102, name: 'Beta', council: 'nord', approxPopulation: 3, reference: ref },
  ],
  islands: [{ id: 'lille-oe', name: 'Lille Ø', municipality: 201, wholeMunicipality: false, reference: ref }],
};

/** Base weights 0.8/1.0/1.5 (M) and 0.9/1.1/1.6 (K) in three age bands; seed-like contributions. */
export function weightsContent(correction: WeightsContent['lifeExpectancyCorrection'] = []): WeightsContent {
  const c = (id: string, characteristic: WeightsContent['contributions'][number]['characteristic'], condition: object, value: number) => ({
    id, label: id, characteristic, ...condition, value, reference: ref,
  });
  return {
    ageBands: [
      { id: '0-29', from: 0, to: 29 },
      { id: '30-64', from: 30, to: 64 },
      { id: '65+', from: 65 },
    ],
    baseWeights: [
      { sex: 'M', ageBand: '0-29', value: 0.8, reference: ref },
      { sex: 'M', ageBand: '30-64', value: 1.0, reference: ref },
      { sex: 'M', ageBand: '65+', value: 1.5, reference: ref },
      { sex: 'K', ageBand: '0-29', value: 0.9, reference: ref },
      { sex: 'K', ageBand: '30-64', value: 1.1, reference: ref },
      { sex: 'K', ageBand: '65+', value: 1.6, reference: ref },
    ],
    contributions: [
      c('somatic-2', 'somaticDiseases', { equals: 2 }, 0.3),
      c('somatic-3plus', 'somaticDiseases', { min: 3 }, 0.6),
      c('psychiatric', 'psychiatricDisease', { equals: true }, 0.4),
      c('widowed', 'civilStatus', { equals: 'enke' }, 0.1),
      c('divorced', 'civilStatus', { equals: 'fraskilt' }, 0.08),
      c('menapt', 'menapt', { equals: true }, 0.15),
      c('basic-school', 'effectiveEducation', { equals: 'grundskole' }, 0.1),
      c('long-higher-education', 'effectiveEducation', { in: ['lang', 'phd'] }, -0.08),
      c('outside-labour-market', 'outsideLabourMarket', { equals: true }, 0.54),
    ],
    parentsEducationBelowAge: { value: 30, reference: ref },
    normalisedMean: { value: 1, reference: ref },
    lifeExpectancyCorrection: correction,
  };
}

export function capacityContent(target = 1600): CapacityContent {
  return {
    targetWeightedCitizensPerCapacity: { value: target, reference: ref },
    maximumPatientsPerCapacity: { value: 2700, reference: ref },
    years: [
      { year: 2025, population: 'current', reference: ref },
      { year: 2026, population: 'projected', reference: ref },
    ],
    ceilingRounding: { method: 'round', decimals: 0, reference: ref },
    reportingBand: { lower: 1150, upper: 2000, expectedShare: 0.8, reference: ref },
  };
}

export const minimumPatientsContent: MinimumPatientsContent = {
  rounding: { method: 'round', decimals: 0, reference: ref },
  deviationReasons: [],
  dialogueThresholdShare: { value: 0.1, reference: ref },
  deviationRequiresReasonAboveShare: { value: 0, reference: ref },
};

function loaded<C>(id: string, content: C, version = '1'): LoadedRuleSet<C> {
  const document = {
    id, kind: id, version, validFrom: '2025-07-03', status: 'published' as const, title: id, description: id,
    legalBasis: ref, content,
  };
  const hash = canonicalHash(document);
  return { document, file: `test/${id}/${version}.json`, sourcePath: `test/${id}/${version}.json`, hash, ref: { id, version, hash } };
}

export interface FixtureBookOptions {
  weights?: WeightsContent;
  capacity?: CapacityContent;
  asOf?: string;
}

export function fixtureBook(options: FixtureBookOptions = {}): RuleBook {
  const registry = createRegistry(standardKinds);
  const sets = [
    loaded('geography', geographyContent),
    loaded('weights', options.weights ?? weightsContent()),
    loaded('capacity', options.capacity ?? capacityContent()),
    loaded('minimum-patients', minimumPatientsContent),
  ] as LoadedRuleSet[];
  return new SelectedRuleBook(options.asOf ?? '2025-07-03', sets, (name) => registry.get(name), (set, kind) => kind.compile(set.document));
}
