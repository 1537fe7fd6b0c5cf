import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { capacityRules, createRegistry, defaultRulesDir, GeographyLookup, loadRules, minimumPatientsRules, standardKinds } from '@fordeling/engine';
import { fixtureBook, geographyContent } from '../testing/fixture-rules.js';
import { computeClinicResults } from './clinic-results.js';

const book = fixtureBook();
const rules = { capacity: capacityRules.of(book), minimum: minimumPatientsRules.of(book) };
const geography = new GeographyLookup(geographyContent).index;

/** One clinic whose listed patients have the given mean weight (1,000 patients). */
function clinicWithMean(meanWeight: number, capacities: number) {
  const clinic = { providerNumber: '4711', name: 'Klinik', address: 'Vej 1', municipalityCode: 201, island: null, capacities, registeredListedPatients: 1000, line: 2 };
  const totals = { citizens: Float64Array.of(1000), weight: Float64Array.of(1000 * meanWeight) };
  return computeClinicResults([clinic], totals, geography, rules);
}

describe('clinic advisory minimum', () => {
  it('mean weight 1.45 → 1,600 / 1.45 = 1,103.4 → 1,103 per capacity; 2 capacities → 2,206', () => {
    const [clinic] = clinicWithMean(1.45, 2).clinics;
    expect(clinic.meanWeight).toBeCloseTo(1.45, 12);
    expect(clinic.advisoryMinimumPerCapacity).toBe(1103);
    expect(clinic.advisoryMinimumTotal).toBe(2206);
    expect(clinic.patientsPerCapacity).toBe(500);
    expect(clinic.inBand).toBe(false);
    expect([clinic.municipality, clinic.council, clinic.region]).toEqual(['Gamma', 'Syd', 'Region Syd']);
  });

  it('mean weight 0.5 → 3,200 is capped at the maximum 2,700', () => {
    const [clinic] = clinicWithMean(0.5, 1).clinics;
    expect(clinic.advisoryMinimumPerCapacity).toBe(2700);
    expect(clinic.advisoryMinimumTotal).toBe(2700);
  });

  it('1.5 capacities: 1,103 × 1.5 = 1,654.5 → 1,655 (the rule set rounds half up)', () => {
    expect(clinicWithMean(1.45, 1.5).clinics[0].advisoryMinimumTotal).toBe(1655);
  });

  it('a clinic without listed citizens has no minimum and says so', () => {
    const clinic = { providerNumber: '9', name: 'Tom', address: '', municipalityCode: 101, island: null, capacities: 1, registeredListedPatients: 0, line: 7 };
    const result = computeClinicResults([clinic], { citizens: Float64Array.of(0), weight: Float64Array.of(0) }, geography, rules);
    expect(result.clinics[0].advisoryMinimumPerCapacity).toBeNaN();
    expect(result.clinics[0].inBand).toBe(false);
    expect(result.warnings).toEqual([
      { file: 'clinics.csv', line: 7, column: 0, pointer: '/provider_number', message: 'ydernummer 9 har ingen tilmeldte borgere i citizens.csv; der kan ikke beregnes et vejledende minimumspatienttal' },
    ]);
  });
});

describe('the 20 municipalities of seed 000 (data/kommuner_gns_sygdomsvaegt.csv)', async () => {
  const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
  const shipped = library.bookAt('2025-07-03');
  const capacity = capacityRules.of(shipped);
  const minimum = minimumPatientsRules.of(shipped);
  // A copy of the project data file (seed 000's table of the 10 highest and 10 lowest municipalities).
  const rows = readFileSync(fileURLToPath(new URL('../testing/kommuner_gns_sygdomsvaegt.csv', import.meta.url)), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([municipality, , weight, published]) => ({ municipality, weight: Number(weight), published: Number(published) }));

  it('has all 20 rows', () => expect(rows).toHaveLength(20));

  it.each(rows)('$municipality: round(1,600 / $weight) matches the published $published within the rounding of the weight', ({ weight, published }) => {
    // The weight is published with 2 decimals, so the true weight lies in [w − 0.005, w + 0.005].
    const low = minimum.advisoryMinimumPerCapacity(weight + 0.005, capacity);
    const high = minimum.advisoryMinimumPerCapacity(weight - 0.005, capacity);
    expect(published).toBeGreaterThanOrEqual(low);
    expect(published).toBeLessThanOrEqual(high);
    expect(Math.abs(minimum.advisoryMinimumPerCapacity(weight, capacity) - published)).toBeLessThanOrEqual(high - low);
  });
});
