import { describe, expect, it } from 'vitest';
import { createRegistry, defaultRulesDir, loadRules, standardKinds } from '@fordeling/engine';
import { readInputs } from '../inputs/read-inputs.js';
import { tenCitizensFiles, writeInputFolder } from '../testing/ten-citizens.js';
import { runModel } from './run-model.js';

// The same ten citizens in København (101) and on Læsø (825), run with the shipped rule sets.
const toRealCodes = (line: string) => line.replace(/,10[12],/, ',101,').replace(/,201,/, ',825,');
const files = {
  ...tenCitizensFiles,
  'citizens.csv': tenCitizensFiles['citizens.csv'].map(toRealCodes),
  'clinics.csv': [
    'provider_number,name,address,municipality_code,island,capacities,listed_patients',
    '100003,Læsø Lægehus,Byrum 1,825,Læsø,1,3',
    '100001,Alfa Lægehus,Algade 1,101,,1.5,3',
    '100002,Beta Klinik,Bygade 2,101,,1,3',
  ],
  'councils.csv': ['council,existing_capacities', 'Hovedstaden,400', 'Vendsyssel,90'],
  'life_expectancy.csv': ['municipality_code,life_expectancy,lost_life_years_per_1000', '101,80.1,12', '825,78.9,25'],
  'projection.csv': ['municipality_code,growth_pct', '101,0.9', '825,-0.6'],
};

describe('runModel with the shipped rule sets (rules/bek-975-2025)', async () => {
  const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
  const dir = await writeInputFolder(files);

  it('reports every rule set in force, reads the Læsø island clinic, and uses the regions in force at the as-of date', async () => {
    const book2025 = library.bookAt('2025-07-03');
    const inputs = await readInputs(dir, { book: book2025 });
    expect(inputs.reports.map((r) => r.rejected)).toEqual([0, 0, 0, 0, 0]);
    const r2025 = runModel(inputs, book2025);
    // Every rule set in force on 3 July 2025 (the supplement and the planning areas start 14 December 2026).
    expect(r2025.ruleSets.map((r) => r.id)).toEqual(book2025.ruleSets.map((r) => r.ref.id).sort());
    expect(r2025.ruleSets.map((r) => r.id)).not.toContain('supplement');
    expect(r2025.ruleSets.find((r) => r.id === 'geography')?.version).toBe('2025.1');
    expect(r2025.clinics.map((c) => [c.providerNumber, c.island, c.region])).toEqual([
      ['100001', null, 'Region Hovedstaden'],
      ['100002', null, 'Region Hovedstaden'],
      ['100003', 'Læsø', 'Region Nordjylland'],
    ]);
    // All 98 municipalities and 17 councils are reported, with or without citizens.
    expect(r2025.municipalities).toHaveLength(98);
    expect(r2025.councils).toHaveLength(17);
    expect(r2025.municipalities.reduce((s, m) => s + m.totalWeight, 0)).toBeCloseTo(10, 12);

    const book2027 = library.bookAt('2027-01-01');
    const r2027 = runModel(inputs, book2027);
    expect(r2027.ruleSets.map((r) => r.id)).toEqual(library.ids());
    expect(r2027.ruleSets.find((r) => r.id === 'geography')?.version).toBe('2027.1');
    expect(r2027.clinics.map((c) => c.region)).toEqual(['Region Østdanmark', 'Region Østdanmark', 'Region Nordjylland']);
    expect(r2027.regions.map((r) => r.region).sort()).toEqual(['Region Midtjylland', 'Region Nordjylland', 'Region Syddanmark', 'Region Østdanmark']);
  });
});
