// Examples of the rules workflow's requests and answers for the OpenAPI document (issue 13), as the
// API gives them for the target 1.600 → 1.550 from 1 January 2026 (Swagger UI shows them beside
// each route; docs/api.md walks through the same steps with curl). Hashes are shortened.

const hash2026 = 'sha256:4c1f…';
const person = (label: string, id: string) => ({ id: `token:${id}`, label });
const juristA = person('Jurist A', '5b0e6f3c-…');
const juristB = person('Jurist B', '9a7d21e4-…');

const document = {
  $schema: '../../schemas/capacity.schema.json',
  id: 'capacity',
  kind: 'capacity',
  version: '2026.2',
  validFrom: '2026-01-01',
  status: 'draft',
  title: 'Kapacitet: måltal, maksimum og kapacitetsloft pr. sundhedsråd',
  description: '…',
  legalBasis: { instrument: 'BEK nr. 975 af 2025', url: 'https://www.retsinformation.dk/eli/lta/2025/975' },
  content: {
    targetWeightedCitizensPerCapacity: { value: 1550, reference: { instrument: 'BEK nr. 1500 af 2025', paragraph: '§ 1, nr. 1' } },
    '…': '(resten af indholdet som i 2025.1)',
  },
};

const state = (overrides: Record<string, unknown>) => ({
  status: 'draft',
  source: 'store',
  revision: 1,
  validFrom: '2026-01-01',
  inForce: null,
  authors: [juristA],
  submittedBy: null,
  submittedAt: null,
  approvedBy: null,
  publishedAt: null,
  publishReason: null,
  rejectedBy: null,
  rejectedAt: null,
  rejectReason: null,
  problems: [],
  warnings: [],
  ...overrides,
});

const step = (action: string, from: string | null, to: string, revision: number, actor: typeof juristA, at: string, reason: string | null = null) => ({
  action,
  fromStatus: from,
  toStatus: to,
  revision,
  actor,
  at,
  reason,
  hash: action === 'approve' ? hash2026 : null,
  problemCount: 0,
});

export const ruleWorkflowExamples = {
  newDraft: { validFrom: '2026-01-01' },
  document,
  created: {
    ref: { id: 'capacity', version: '2026.2', hash: 'sha256:87c1…', draft: true },
    file: 'databasen/bek-975-2025/capacity/2026.2.json',
    document: { ...document, content: { ...document.content, targetWeightedCitizensPerCapacity: { value: 1600, reference: { instrument: 'BEK nr. 975 af 2025' } } } },
    text: '{\n  "$schema": "../../schemas/capacity.schema.json",\n  …\n}\n',
    state: state({}),
    history: [step('create', null, 'draft', 1, juristA, '2026-12-03T09:12:00.000Z')],
  },
  savedWithProblem: {
    valid: false,
    ref: { id: 'capacity', version: '2026.2', hash: null, draft: true },
    file: 'databasen/bek-975-2025/capacity/2026.2.json',
    state: state({
      revision: 2,
      problems: [
        {
          file: 'databasen/bek-975-2025/capacity/2026.2.json',
          line: 14,
          column: 16,
          pointer: '/content/targetWeightedCitizensPerCapacity/value',
          message: 'Skal være et tal, men er tekst (»1.550«).',
        },
      ],
    }),
    history: [step('create', null, 'draft', 1, juristA, '2026-12-03T09:12:00.000Z'), step('update', 'draft', 'draft', 2, juristA, '2026-12-03T09:20:00.000Z')],
  },
  approved: {
    ref: { id: 'capacity', version: '2026.2', hash: hash2026 },
    file: 'databasen/bek-975-2025/capacity/2026.2.json',
    document: { ...document, status: 'published' },
    state: state({
      status: 'published',
      revision: 5,
      inForce: { from: '2026-01-01' },
      submittedBy: juristA,
      submittedAt: '2026-12-03T09:31:00.000Z',
      approvedBy: juristB,
      publishedAt: '2026-12-03T10:05:00.000Z',
      publishReason: 'Måltallet sænkes til 1.550 (BEK nr. 1500 af 2025)',
    }),
    history: [
      step('create', null, 'draft', 1, juristA, '2026-12-03T09:12:00.000Z'),
      step('update', 'draft', 'draft', 2, juristA, '2026-12-03T09:20:00.000Z'),
      step('update', 'draft', 'draft', 3, juristA, '2026-12-03T09:24:00.000Z'),
      step('submit', 'draft', 'submitted', 4, juristA, '2026-12-03T09:31:00.000Z'),
      step('approve', 'submitted', 'published', 5, juristB, '2026-12-03T10:05:00.000Z', 'Måltallet sænkes til 1.550 (BEK nr. 1500 af 2025)'),
    ],
    predecessor: { id: 'capacity', version: '2025.1', hash: 'sha256:87c1…' },
    changes: [{ pointer: '/content/targetWeightedCitizensPerCapacity/value', change: 'changed', sentence: 'Måltal: sygdomsvægtede borgere pr. lægekapacitet ændres fra 1.600 til 1.550 (BEK nr. 1500 af 2025, § 1, nr. 1).' }],
    tests: '36 passed, 0 failed',
    rules: 'ok',
  },
  submitted: {
    ref: { id: 'capacity', version: '2026.2', hash: hash2026, draft: true },
    file: 'databasen/bek-975-2025/capacity/2026.2.json',
    state: state({ status: 'submitted', revision: 4, submittedBy: juristA, submittedAt: '2026-12-03T09:31:00.000Z' }),
    history: [step('create', null, 'draft', 1, juristA, '2026-12-03T09:12:00.000Z'), step('submit', 'draft', 'submitted', 4, juristA, '2026-12-03T09:31:00.000Z')],
  },
  rejected: {
    ref: { id: 'capacity', version: '2026.2', hash: hash2026, draft: true },
    file: 'databasen/bek-975-2025/capacity/2026.2.json',
    state: state({ status: 'rejected', revision: 5, submittedBy: juristA, submittedAt: '2026-12-03T09:31:00.000Z', rejectedBy: juristB, rejectedAt: '2026-12-03T10:01:00.000Z', rejectReason: 'Henvisningen mangler paragraf.' }),
    history: [step('submit', 'draft', 'submitted', 4, juristA, '2026-12-03T09:31:00.000Z'), step('reject', 'submitted', 'rejected', 5, juristB, '2026-12-03T10:01:00.000Z', 'Henvisningen mangler paragraf.')],
  },
  drafts: {
    drafts: [{ id: 'capacity', version: '2026.2', status: 'submitted', revision: 4, kind: 'capacity', validFrom: '2026-01-01', hash: hash2026, problems: 0, warnings: 0, authors: [juristA], updatedAt: '2026-12-03T09:31:00.000Z' }],
  },
  runInputs: {
    runId: '3f1c…',
    path: '.cache/synth-s1-seed1',
    files: [
      { file: 'citizens.csv', sha256: 'sha256:0d2e…' },
      { file: 'clinics.csv', sha256: 'sha256:a41b…' },
      { file: 'councils.csv', sha256: 'sha256:5c90…' },
      { file: 'life_expectancy.csv', sha256: 'sha256:e7f3…' },
      { file: 'projection.csv', sha256: 'sha256:19aa…' },
    ],
    citizens: 5963600,
    registeredBy: 'token:5b0e6f3c-…',
    registeredAt: '2026-12-03T08:55:00.000Z',
  },
  impact: {
    draft: { id: 'capacity', version: '2026.2', hash: hash2026, draft: true },
    predecessor: { id: 'capacity', version: '2025.1', hash: 'sha256:87c1…' },
    asOf: '2026-01-01',
    changes: [{ pointer: '/content/targetWeightedCitizensPerCapacity/value', change: 'changed', sentence: 'Måltal: sygdomsvægtede borgere pr. lægekapacitet ændres fra 1.600 til 1.550 (BEK nr. 1500 af 2025, § 1, nr. 1).' }],
    notice: 'UDKAST — ikke gældende regler: capacity@2026.2',
    model: true,
    population: { runId: '3f1c…', path: '.cache/synth-s1-seed1', citizens: 5963600, files: '…' },
    ruleSets: { before: '[geography@2025.1, weights@2025.1, capacity@2025.1, …]', after: '[…, capacity@2026.2 (udkast), …]' },
    councils: [
      {
        council: 'Vendsyssel',
        region: 'Region Nordjylland',
        existingCapacities: 108,
        years: [
          { year: 2025, before: { ceiling: 120, freeCapacities: 12, totalWeight: 192150.4 }, after: { ceiling: 124, freeCapacities: 16, totalWeight: 192150.4 }, ceilingDifference: 4, freeCapacitiesDifference: 4 },
          { year: 2026, before: { ceiling: 121, freeCapacities: 13, totalWeight: 193302.1 }, after: { ceiling: 125, freeCapacities: 17, totalWeight: 193302.1 }, ceilingDifference: 4, freeCapacitiesDifference: 4 },
        ],
      },
    ],
    regions: [
      {
        region: 'Region Nordjylland',
        councils: 2,
        years: [{ year: 2025, before: { ceiling: 366, freeCapacities: 21 }, after: { ceiling: 378, freeCapacities: 33 }, ceilingDifference: 12, freeCapacitiesDifference: 12 }],
        clinicsWithHigherMinimum: 0,
        clinicsWithLowerMinimum: 171,
      },
    ],
    country: { years: [{ year: 2025, before: { ceiling: 3727, freeCapacities: 301 }, after: { ceiling: 3847, freeCapacities: 396 }, ceilingDifference: 120, freeCapacitiesDifference: 95 }], shareInBand: { before: 0.81, after: 0.83 } },
    clinics: {
      withMinimum: 1767,
      higher: 0,
      lower: 1760,
      unchanged: 7,
      distribution: [{ direction: 'lower', above: 20, upTo: 50, count: 1702, label: '21–50 lavere' }],
      largest: [{ providerNumber: '012345', name: 'Lægehuset …', municipality: 'Lolland', council: 'Østsjælland og Øerne', before: 1190, after: 1153, difference: -37 }],
    },
    recomputed: ['councils', 'clinics'],
  },
  anholt: {
    date: '2027-01-01',
    council: 'Kronjylland',
    request: 'new',
    existingCapacities: 150,
    ceiling: 150,
    clinic: { providerNumber: '071234', island: 'Anholt' },
    regionFindsCoverageInsufficient: true,
    extraordinaryGrowth: { documented: false, projectedGrowthPct: 0.4 },
  },
  preview: {
    preview: true,
    outcome: 'granted',
    basis: 'non-bridged-island',
    validUntil: null,
    decidingRule: 'non-bridged-island',
    explanation: [
      'PRØVE — ingen afgørelse, intet er gemt: UDKAST — ikke gældende regler: decisions@2026.1-udkast.',
      'PRØVE — ingen afgørelse, intet er gemt: Klinikken ligger på den ikke-brofaste ø Anholt, … og anmodningen er fra før 1. januar 2028; …',
    ],
    trace: '[… hver regel med betingelser; hver sætning begynder med »PRØVE — ingen afgørelse, intet er gemt:« …]',
    asOf: '2027-01-01',
    ruleSets: [{ id: 'decisions', version: '2026.1-udkast', hash: 'sha256:…', draft: true }],
    draft: true,
  },
};
