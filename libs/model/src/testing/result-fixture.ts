import type { ClinicResult, CouncilYearResult, ModelResult } from '../result.js';

/**
 * A council-year as the model writes it when the capacity rule set fixes no number (the computed
 * ceiling is the ceiling); give `fixedCeiling` for a council and year the order fixes.
 */
export function councilYearFixture(year: { year: number; totalWeight: number; ceiling: number; freeCapacities: number; computedCeiling?: number; fixedCeiling?: number }): CouncilYearResult {
  const computedCeiling = year.computedCeiling ?? year.ceiling;
  const fixedCeiling = year.fixedCeiling ?? null;
  return {
    year: year.year,
    totalWeight: year.totalWeight,
    ceiling: year.ceiling,
    computedCeiling,
    fixedCeiling,
    ceilingDifference: fixedCeiling === null ? null : computedCeiling - fixedCeiling,
    freeCapacities: year.freeCapacities,
  };
}

/**
 * A small hand-built ModelResult for the output and report tests: two councils, three
 * municipalities, four clinics, one rejected citizen row. Numbers are worked by hand:
 * 1,600 / 1.4545 = 1,100 (Læsø), 1,600 / 0.8421 = 1,900 (Gentofte).
 */
export function resultFixture(overrides: Partial<ModelResult> = {}): ModelResult {
  const clinic = (c: Partial<ClinicResult> & Pick<ClinicResult, 'providerNumber' | 'municipalityCode' | 'municipality' | 'council' | 'region'>): ClinicResult => ({
    name: `Lægehuset ${c.providerNumber}`,
    address: 'Algade 1',
    island: null,
    capacities: 1,
    listedPatients: 1650,
    meanWeight: 1,
    advisoryMinimumPerCapacity: 1600,
    advisoryMinimumTotal: 1600,
    patientsPerCapacity: 1650,
    inBand: true,
    ...c,
  });
  return {
    asOf: '2025-07-03',
    synthetic: true,
    ruleSets: [
      { id: 'capacity', version: '2025.1', hash: 'sha256:aaaa' },
      { id: 'weights', version: '2025.1', hash: 'sha256:bbbb' },
    ],
    inputs: [
      { file: 'citizens.csv', sha256: 'sha256:c1', rowsRead: 5, accepted: 4, rejected: 1, problems: [{ file: 'citizens.csv', line: 4, column: 3, pointer: '', message: 'Alder »abc« er ikke et helt tal fra 0 til 125' }] },
      { file: 'clinics.csv', sha256: 'sha256:c2', rowsRead: 4, accepted: 4, rejected: 0, problems: [] },
    ],
    citizens: 4,
    clinics: [
      clinic({ providerNumber: '100003', municipalityCode: 157, municipality: 'Gentofte', council: 'Hovedstaden Nord', region: 'Østdanmark', capacities: 2, listedPatients: 3300, meanWeight: 0.8421, advisoryMinimumPerCapacity: 1900, advisoryMinimumTotal: 3800, patientsPerCapacity: 1650 }),
      clinic({ providerNumber: '100001', municipalityCode: 825, municipality: 'Læsø', council: 'Vendsyssel', region: 'Nordjylland', island: 'Læsø', listedPatients: 1750, meanWeight: 1.4545, advisoryMinimumPerCapacity: 1100, advisoryMinimumTotal: 1100, patientsPerCapacity: 1750, inBand: false }),
      clinic({ providerNumber: '100002', name: 'Lægerne "Havnen", Hjørring', municipalityCode: 860, municipality: 'Hjørring', council: 'Vendsyssel', region: 'Nordjylland', capacities: 1.5, listedPatients: 2400, meanWeight: 1.2, advisoryMinimumPerCapacity: 1333, advisoryMinimumTotal: 1999.5, patientsPerCapacity: 1600 }),
      clinic({ providerNumber: '100004', municipalityCode: 157, municipality: 'Gentofte', council: 'Hovedstaden Nord', region: 'Østdanmark', listedPatients: 0, meanWeight: Number.NaN, advisoryMinimumPerCapacity: Number.NaN, advisoryMinimumTotal: Number.NaN, patientsPerCapacity: 0, inBand: false }),
    ],
    municipalities: [
      { code: 860, name: 'Hjørring', council: 'Vendsyssel', region: 'Nordjylland', citizens: 2, totalWeight: 2.4, meanWeight: 1.2, meanAdvisoryMinimum: 1333 },
      { code: 157, name: 'Gentofte', council: 'Hovedstaden Nord', region: 'Østdanmark', citizens: 1, totalWeight: 0.8421, meanWeight: 0.8421, meanAdvisoryMinimum: 1900 },
      { code: 825, name: 'Læsø', council: 'Vendsyssel', region: 'Nordjylland', citizens: 1, totalWeight: 1.4545, meanWeight: 1.4545, meanAdvisoryMinimum: 1100 },
    ],
    councils: [
      { council: 'Vendsyssel', region: 'Nordjylland', citizens: 3, existingCapacities: 2.5, years: [councilYearFixture({ year: 2025, totalWeight: 3854.5, ceiling: 2.41, freeCapacities: 0 }), councilYearFixture({ year: 2026, totalWeight: 4800, ceiling: 3, freeCapacities: 0.5 })] },
      { council: 'Hovedstaden Nord', region: 'Østdanmark', citizens: 1, existingCapacities: 3, years: [councilYearFixture({ year: 2025, totalWeight: 6400, ceiling: 4, freeCapacities: 1 }), councilYearFixture({ year: 2026, totalWeight: 8000, ceiling: 5, freeCapacities: 2 })] },
    ],
    regions: [
      { region: 'Nordjylland', citizens: 3, totalWeight: 3.8545, meanWeight: 1.2848 },
      { region: 'Østdanmark', citizens: 1, totalWeight: 0.8421, meanWeight: 0.8421 },
    ],
    shareInBand: 0.5,
    timings: { weights: 12.5 },
    ...overrides,
  };
}
