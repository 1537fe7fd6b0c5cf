import type { CapacityRequest, CompactDecision } from '@fordeling/engine';
import type { Actor, CaseRules, ClinicInput, CouncilInput, HearingDates, RunDocument } from '../contract/index.js';

export const runJson: RunDocument = {
  synthetic: true,
  asOf: '2026-01-01',
  ruleSets: [
    { id: 'weights', version: '2025.1', hash: 'sha256:aaaa' },
    { id: 'minimum-patients', version: '2025.1', hash: 'sha256:bbbb' },
  ],
  inputs: [{ file: 'clinics.csv', sha256: 'cccc', rowsRead: 5, accepted: 5, rejected: 0 }],
  counts: { clinics: 5 },
};

/** One clinic's run result (also the API tests' runs): totals and patients per capacity follow from the arguments. */
export function fixtureClinic(
  providerNumber: string,
  region: string,
  council: string,
  municipality: string,
  municipalityCode: number,
  capacities: number,
  listedPatients: number,
  meanWeight: number,
  advisory: number,
): ClinicInput {
  return {
    providerNumber,
    name: `Lægerne ${providerNumber}`,
    address: 'Torvet 1',
    municipalityCode,
    municipality,
    council,
    region,
    island: null,
    capacities,
    listedPatients,
    meanWeight,
    advisoryMinimumPerCapacity: advisory,
    advisoryMinimumTotal: advisory * capacities,
    patientsPerCapacity: listedPatients / capacities,
    inBand: true,
  };
}

/** 1.600 listed patients per capacity, mean weight 1,0123. */
const clinic = (providerNumber: string, region: string, council: string, capacities: number, advisory: number): ClinicInput =>
  fixtureClinic(providerNumber, region, council, region === 'Nordjylland' ? 'Aalborg' : 'Aarhus', 851, capacities, Math.round(capacities * 1600), 1.0123, advisory);

/** Three clinics in Nordjylland, two in Midtjylland. */
export const clinics: ClinicInput[] = [
  clinic('100001', 'Nordjylland', 'Aalborg', 2, 1580),
  clinic('100002', 'Nordjylland', 'Aalborg', 1.5, 1620),
  clinic('100003', 'Nordjylland', 'Hjørring', 1, 1700),
  clinic('200001', 'Midtjylland', 'Aarhus', 3, 1500),
  clinic('200002', 'Midtjylland', 'Aarhus', 1, 1550),
];

export const councils: CouncilInput[] = [
  {
    council: 'Aalborg',
    region: 'Nordjylland',
    citizens: 300_000,
    existingCapacities: 180,
    years: [
      { year: 2025, totalWeight: 301_000.5, ceiling: 188, freeCapacities: 8 },
      // The order fixes 192 for 2026; the model computed 190.4 (BEK nr. 975 af 2025, illustrative).
      { year: 2026, totalWeight: 303_400.25, ceiling: 192, freeCapacities: 12, computedCeiling: 190.4, fixedCeiling: 192 },
    ],
  },
  {
    council: 'Aarhus',
    region: 'Midtjylland',
    citizens: 400_000,
    existingCapacities: 250,
    years: [
      { year: 2025, totalWeight: 390_000, ceiling: 244, freeCapacities: -6 },
      { year: 2026, totalWeight: 395_000, ceiling: 247, freeCapacities: -3 },
    ],
  },
];

export const regionActor: Actor = { id: 'rn-sagsbehandler-1', role: 'region', region: 'Nordjylland' };
export const clinicActor: Actor = { id: 'rn-sagsbehandler-2', role: 'region', region: 'Nordjylland' };

export const hearingDates: HearingDates = {
  'advisory-sent': '2026-06-15',
  'information-letter': '2026-09-01',
  'preliminary-sent': '2026-10-15',
  'hearing-deadline': '2026-11-15',
  'final-announced': '2026-12-15',
  'final-effective': '2027-02-01',
};

const ref = (paragraph: string) => ({ instrument: 'Sundhedsloven', paragraph });

/** As read from a `minimum-patients` rule set: 2,700 maximum, any deviation needs one of two reasons. */
export const caseRules: CaseRules = {
  maximumPerCapacity: { value: 2700, ruleId: 'minimum-patients/maximum-per-capacity', reference: ref('§ 206 b, stk. 3') },
  deviationRequiresReasonAboveShare: { value: 0, ruleId: 'minimum-patients/deviation-reason', reference: ref('§ 206 b, stk. 3') },
  deviationReasons: ['local-conditions', 'clinic-conditions'],
  deviationReasonsRule: { ruleId: 'minimum-patients/deviation-reasons', reference: ref('§ 206 b, stk. 3') },
};

/**
 * The hearing's own rules as read from minimum-patients 2026.1: the reason written out, a dialogue
 * before a final that deviates (or is substantially higher than today: 10 %), a new hearing before a
 * higher final; `coverage-not-secured` only for raising the number.
 */
export const hearingCaseRules: CaseRules = {
  ...caseRules,
  deviationReasons: ['local-conditions', 'clinic-conditions', 'coverage-not-secured'],
  deviationTextRequired: { ruleId: 'minimum-patients/deviation-text', reference: { instrument: 'Forvaltningsloven', paragraph: '§ 24' } },
  reasonDirectionProblem: (id, minimum, advisory) => (id === 'coverage-not-secured' && minimum < advisory ? 'Begrundelsen kan kun begrunde et højere tal.' : undefined),
  dialogueBeforeFinal: {
    ruleId: 'minimum-patients/dialogue',
    reference: ref('§ 206 b, stk. 3'),
    needed: (final, advisory, current) => final !== advisory || final >= current * 1.1,
  },
  newHearingIfFinalHigher: { ruleId: 'minimum-patients/new-hearing', reference: { instrument: 'Forvaltningsloven', paragraph: '§ 19' } },
};

export const ruleSets = runJson.ruleSets;

export const capacityRequest: CapacityRequest = {
  date: '2026-03-01',
  council: 'Aalborg',
  request: 'new',
  existingCapacities: 180,
  ceiling: 190,
  clinic: { providerNumber: '100001' },
  regionFindsCoverageInsufficient: false,
  extraordinaryGrowth: { documented: false, projectedGrowthPct: 0.8 },
};

/** The rule-set versions `capacityDecision` was made with. */
export const decisionRuleSets = [{ id: 'decisions', version: '2025.1', hash: 'sha256:dddd' }];

/** A decision as the engine's compact record (compactDecision), which is what the store keeps. */
export const capacityDecision: CompactDecision = {
  outcome: 'granted',
  basis: 'within-ceiling',
  decidingRule: 'within-ceiling',
  asOf: '2026-03-01',
  rules: [
    { ruleId: 'refill', fired: false, results: [false] },
    { ruleId: 'within-ceiling', fired: true, results: [true, true] },
  ],
};
