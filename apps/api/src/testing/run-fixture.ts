import type { ClinicInput, CouncilInput, RunDocument } from '@fordeling/store';
import type { RuleSetRef } from '@fordeling/engine';
import { fixtureClinic } from '@fordeling/store/testing';

/** A small synthetic run: two clinics in Region Nordjylland, two in Region Midtjylland. */
export function runFixture(ruleSets: RuleSetRef[]): { run: RunDocument; clinics: ClinicInput[]; councils: CouncilInput[] } {
  return {
    run: {
      synthetic: true,
      asOf: '2025-07-03',
      ruleSets,
      inputs: [{ file: 'clinics.csv', sha256: 'a'.repeat(64), rowsRead: 4, accepted: 4, rejected: 0 }],
      counts: { clinics: 4 },
    },
    clinics: [
      // 1.600 / 1,0 = 1.600; 1.600 / 1,25 = 1.280; 1.600 / 0,9 = 1.777,8 → 1.778; 1.600 / 1,1 = 1.454,5 → 1.455.
      fixtureClinic('081100', 'Nordjylland', 'Vendsyssel', 'Hjørring', 860, 2, 3000, 1.0, 1600),
      fixtureClinic('081200', 'Nordjylland', 'Limfjorden', 'Aalborg', 851, 1.5, 2500, 1.25, 1280),
      fixtureClinic('071100', 'Midtjylland', 'Aarhus', 'Aarhus', 751, 3, 5000, 0.9, 1778),
      fixtureClinic('071200', 'Midtjylland', 'Aarhus', 'Aarhus', 751, 1, 1500, 1.1, 1455),
    ],
    councils: [
      {
        council: 'Vendsyssel',
        region: 'Nordjylland',
        citizens: 200_000,
        existingCapacities: 120,
        years: [
          { year: 2025, totalWeight: 201_600, ceiling: 126, freeCapacities: 6 },
          // The order's number for 2026 (123) is the ceiling; the model's own figure (127) is kept beside it.
          { year: 2026, totalWeight: 203_200, ceiling: 123, computedCeiling: 127, fixedCeiling: 123, freeCapacities: 3 },
        ],
      },
      {
        council: 'Aarhus',
        region: 'Midtjylland',
        citizens: 400_000,
        existingCapacities: 250,
        years: [
          { year: 2025, totalWeight: 390_400, ceiling: 244, freeCapacities: 0 },
          { year: 2026, totalWeight: 395_200, ceiling: 247, freeCapacities: 0 },
        ],
      },
    ],
  };
}

/** A capacity request the Nordjylland region may decide (council Vendsyssel, below its ceiling). */
export function capacityRequest(overrides: Record<string, unknown> = {}) {
  return {
    date: '2025-10-01',
    council: 'Vendsyssel',
    request: 'new',
    existingCapacities: 120,
    ceiling: 126,
    clinic: { providerNumber: '081100' },
    regionFindsCoverageInsufficient: false,
    extraordinaryGrowth: { documented: false, projectedGrowthPct: 0.5 },
    ...overrides,
  };
}
