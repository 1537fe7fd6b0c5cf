import { describe, expect, it } from 'vitest';
import { planningAreasKind, type PlanningAreasCompiled, type PlanningAreasContent, type RuleSetDocument } from '@fordeling/engine';
import { planningAreaResults, type PlannedClinic } from './planning-area-results.js';

const ref = { instrument: 'Sundhedsloven', paragraph: '§ 206 b, stk. 2', illustrative: true };
const content: PlanningAreasContent = {
  areas: [
    { id: 'oesterbro', name: 'Østerbro', region: 'Hovedstaden', council: 'Hovedstaden', municipality: 101, postalCodes: [{ from: 2100, to: 2100 }], reference: ref },
    { id: 'indre-by', name: 'Indre By', region: 'Hovedstaden', council: 'Hovedstaden', municipality: 101, postalCodes: [{ from: 1000, to: 1499 }], reference: ref },
  ],
};
const areas = planningAreasKind.compile({ content } as RuleSetDocument<PlanningAreasContent>) as PlanningAreasCompiled;
const clinic = (address: string, municipalityCode: number, listedPatients: number, meanWeight: number, minimum: number): PlannedClinic => ({
  address, municipalityCode, capacities: 1, listedPatients, meanWeight, advisoryMinimumPerCapacity: minimum,
});

// Region Hovedstaden plans København in smaller areas (its districts) within the council: a regional
// refinement on top of the national rules (seed 000: »det er op til regionen at planlægge kapaciteten
// og placeringen heraf indenfor sundhedsrådenes geografi«).
describe('planning areas', () => {
  it('places København’s clinics by the postal code of their address, counts the rest apart, and ignores other municipalities', () => {
    const results = planningAreaResults(
      [
        clinic('Østerbrogade 10, 2100 København Ø', 101, 1000, 0.8, 2000),
        clinic('Trianglen 2, 2100 København Ø', 101, 250, 1.6, 1000),
        clinic('Algade 1', 101, 1500, 1, 1600),
        clinic('Gammel Kongevej 100, 1850 Frederiksberg C', 147, 1600, 1, 1600),
      ],
      areas,
    );
    expect(results.map((r) => [r.id, r.clinics, r.listedPatients])).toEqual([['oesterbro', 2, 1250], ['indre-by', 0, 0], ['uden-omraade-101', 1, 1500]]);
    // Weighted as the municipalities': (800 · 2.000 + 400 · 1.000) / 1.200 = 1.666,7 = 1.600 / 0,96.
    expect(results[0].meanWeight).toBeCloseTo(0.96, 12);
    expect(results[0].meanAdvisoryMinimum).toBeCloseTo(1600 / 0.96, 9);
    expect(results[1]).toMatchObject({ meanWeight: null, meanAdvisoryMinimum: null });
  });
});
