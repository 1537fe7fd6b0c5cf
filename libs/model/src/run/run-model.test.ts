import { describe, expect, it } from 'vitest';
import { readInputs } from '../inputs/read-inputs.js';
import { capacityContent, fixtureBook, weightsContent } from '../testing/fixture-rules.js';
import { tenCitizensFiles, writeInputFolder } from '../testing/ten-citizens.js';
import { runModel } from './run-model.js';

describe('runModel on the 10-citizen hand calculation', async () => {
  const book = fixtureBook();
  const inputs = await readInputs(await writeInputFolder(tenCitizensFiles), { book });
  const stages: string[] = [];
  const result = runModel(inputs, book, { onStage: (stage) => stages.push(stage) });

  it('reports provenance: rule-set refs, input reports, synthetic flag, every stage', () => {
    expect(result.ruleSets.map((r) => r.id)).toEqual(['capacity', 'geography', 'minimum-patients', 'weights']);
    expect(result.ruleSets.every((r) => r.hash.startsWith('sha256:'))).toBe(true);
    expect(result.inputs.map((r) => [r.file, r.rowsRead, r.accepted, r.rejected])).toEqual([
      ['citizens.csv', 10, 10, 0],
      ['clinics.csv', 3, 3, 0],
      ['councils.csv', 2, 2, 0],
      ['life_expectancy.csv', 3, 3, 0],
      ['projection.csv', 3, 3, 0],
    ]);
    expect(result.synthetic).toBe(true);
    expect(result.citizens).toBe(10);
    expect(stages).toEqual(['geography', 'weights', 'aggregates', 'councils', 'clinics']);
    expect(Object.keys(result.timings)).toEqual(stages);
  });

  it('municipalities: total weight = raw sum / 1.62 (mean raw weight), sorted by code', () => {
    expect(result.municipalities.map((m) => [m.code, m.name, m.council, m.region, m.citizens])).toEqual([
      [101, 'Alfa', 'Nord', 'Region Nord', 3],
      [102, 'Beta', 'Nord', 'Region Nord', 3],
      [201, 'Gamma', 'Syd', 'Region Syd', 4],
    ]);
    // 101: 0.90 + 0.82 + 1.40 = 3.12; 102: 2.12 + 2.30 + 2.77 = 7.19; 201: 1.15 + 0.82 + 1.62 + 2.30 = 5.89
    expect(result.municipalities[0].totalWeight).toBeCloseTo(3.12 / 1.62, 12);
    expect(result.municipalities[1].totalWeight).toBeCloseTo(7.19 / 1.62, 12);
    expect(result.municipalities[2].totalWeight).toBeCloseTo(5.89 / 1.62, 12);
    expect(result.municipalities[2].meanWeight).toBeCloseTo(5.89 / 1.62 / 4, 12);
    expect(result.regions.map((r) => [r.region, r.citizens])).toEqual([
      ['Region Nord', 6],
      ['Region Syd', 4],
    ]);
    expect(result.regions[0].totalWeight + result.regions[1].totalWeight).toBeCloseTo(10, 12);
  });

  it('clinics: mean weight of listed patients → 1,600 / mean weight, rounded; sorted by provider number', () => {
    expect(result.clinics.map((c) => c.providerNumber)).toEqual(['100001', '100002', '100003']);
    const [a, b, c] = result.clinics;
    // A: (0.90 + 0.82 + 1.40) / 3 / 1.62 = 0.641975…; 1600 / 0.641975 = 7776 / 3.12 = 2492.3 → 2492
    expect(a.meanWeight).toBeCloseTo(3.12 / 3 / 1.62, 12);
    expect(a.advisoryMinimumPerCapacity).toBe(2492);
    // 1.5 capacities: 2492 × 1.5 = 3738
    expect(a.advisoryMinimumTotal).toBe(3738);
    expect(a.patientsPerCapacity).toBe(2);
    expect(a.inBand).toBe(false);
    // B: 7776 / 7.19 = 1081.50 → 1082; C: 7776 / (1.15 + 0.82 + 2.30) = 7776 / 4.27 = 1821.08 → 1821
    expect(b.advisoryMinimumPerCapacity).toBe(1082);
    expect(b.inBand).toBe(false);
    expect(c.advisoryMinimumPerCapacity).toBe(1821);
    expect(c.inBand).toBe(true);
    expect(c.island).toBe('Lille Ø');
    expect([a.listedPatients, b.listedPatients, c.listedPatients]).toEqual([3, 3, 3]);
    expect(result.shareInBand).toBeCloseTo(1 / 3, 12);
    expect(result.municipalities.map((m) => m.meanAdvisoryMinimum)).toEqual([2492, 1082, 1821]);
  });

  it('councils: ceiling = round(total / target), 2026 on the projected population', () => {
    // Target 2 weighted citizens per capacity so the ceilings of a 10-citizen country are not 0.
    const [nord, syd] = runModel(inputs, fixtureBook({ capacity: capacityContent(2) })).councils;
    expect([nord.council, nord.region, nord.citizens, nord.existingCapacities]).toEqual(['Nord', 'Region Nord', 6, 1]);
    // Nord 2025: (3.12 + 7.19) / 1.62 = 6.3642 → / 2 = 3.18 → 3; free = 3 − 1 = 2
    expect(nord.years[0]).toMatchObject({ year: 2025, ceiling: 3, freeCapacities: 2 });
    expect(nord.years[0].totalWeight).toBeCloseTo(10.31 / 1.62, 12);
    // Nord 2026: 1.9259 × 1.10 + 4.4383 × 1.20 = 7.4444 → / 2 = 3.72 → 4; free = 3
    expect(nord.years[1].totalWeight).toBeCloseTo((3.12 * 1.1 + 7.19 * 1.2) / 1.62, 12);
    expect(nord.years[1]).toMatchObject({ year: 2026, ceiling: 4, freeCapacities: 3 });
    // Syd 2025: 3.6358 / 2 = 1.82 → 2, existing 3 → free 0; 2026: × 0.5 = 1.8179 / 2 = 0.91 → 1
    expect(syd.years.map((y) => [y.year, y.ceiling, y.freeCapacities])).toEqual([
      [2025, 2, 0],
      [2026, 1, 0],
    ]);
  });

  it('is deterministic and warns about nothing on complete inputs', () => {
    const again = runModel(inputs, book);
    expect({ ...again, timings: {} }).toEqual({ ...result, timings: {} });
    expect(result.warnings).toEqual([]);
  });

  it('the life-expectancy correction keeps the national total and moves weight toward lost life years', () => {
    const corrected = fixtureBook({ weights: weightsContent([{ level: 'municipality', share: { value: 0.1, reference: { instrument: 'test' } } }]) });
    const r = runModel(inputs, corrected);
    const total = r.municipalities.reduce((s, m) => s + m.totalWeight, 0);
    expect(total).toBeCloseTo(10, 12);
    // L: 101 = 10 × 3 / 1000 = 0.03; 102 = 20 × 3 / 1000 = 0.06; 201 = 0. ΣL = 0.09, Total = 10.
    // new W_a = 0.9 · W_a + 0.1 · 10 · L_a / ΣL: 101 → 0.9 · 1.92593 + 0.33333 = 2.06667
    expect(r.municipalities[0].totalWeight).toBeCloseTo(0.9 * (3.12 / 1.62) + 1 / 3, 12);
    expect(r.municipalities[1].totalWeight).toBeCloseTo(0.9 * (7.19 / 1.62) + 2 / 3, 12);
    expect(r.municipalities[2].totalWeight).toBeCloseTo(0.9 * (5.89 / 1.62), 12);
  });

  it('a municipality with citizens but no life-expectancy row counts 0 lost life years, with a warning', async () => {
    const files = { ...tenCitizensFiles, 'life_expectancy.csv': tenCitizensFiles['life_expectancy.csv'].slice(0, 3) };
    const withoutGamma = await readInputs(await writeInputFolder(files), { book });
    const corrected = fixtureBook({ weights: weightsContent([{ level: 'municipality', share: { value: 0.1, reference: { instrument: 'test' } } }]) });
    expect(runModel(withoutGamma, corrected).warnings?.map((w) => w.message)).toEqual([
      'Gamma (kommunekode 201) mangler; regnet med 0 tabte leveår i korrektionen for middellevetid',
    ]);
  });
});
