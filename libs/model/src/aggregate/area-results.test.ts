import { describe, expect, it } from 'vitest';
import { GeographyLookup } from '@fordeling/engine';
import { geographyContent } from '../testing/fixture-rules.js';
import type { ClinicResult } from '../result.js';
import { municipalityResults } from './area-results.js';

const geography = new GeographyLookup(geographyContent).index;
const clinic = (meanWeight: number, listedPatients: number, advisoryMinimumPerCapacity: number): ClinicResult => ({
  providerNumber: String(listedPatients), name: '', address: '', municipalityCode: 101, municipality: 'Alfa', council: 'Nord', region: 'Region Nord', island: null,
  capacities: 1, listedPatients, meanWeight, advisoryMinimumPerCapacity, advisoryMinimumTotal: advisoryMinimumPerCapacity, patientsPerCapacity: listedPatients, inBand: true,
});

describe('a municipality’s mean advisory minimum', () => {
  // Seed 000's tables (»Gennemsnitlig sygdomsvægt og beregnet gennemsnitlig minimumspatienttal pr.
  // klinik«) give target / mean weight in every row: the clinics' minimums weighted by their weight.
  it('weights each clinic by its listed patients’ total weight, which gives target / the mean weight', () => {
    // 1.000 patients at 0,8 → 2.000; 250 at 1,6 → 1.000. Weights 800 and 400: (800 · 2.000 + 400 · 1.000) / 1.200
    // = 1.666,7 = 1.600 / (1.200 / 1.250); a plain mean over the two clinics would say 1.500.
    const totals = { citizens: Float64Array.of(1250, 0, 0), weight: Float64Array.of(1200, 0, 0) };
    const [alfa, beta] = municipalityResults(geography, totals, [clinic(0.8, 1000, 2000), clinic(1.6, 250, 1000)]);
    expect(alfa.meanAdvisoryMinimum).toBeCloseTo(1600 / (1200 / 1250), 9);
    expect(beta.meanAdvisoryMinimum).toBeNull();
  });
});
