import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacityKind, GeographyLookup, type CapacityCompiled, type CapacityContent, type RuleSetDocument } from '@fordeling/engine';
import { capacityContent, geographyContent, ref } from '../testing/fixture-rules.js';
import { computeCouncilResults } from './council-results.js';

const geography = new GeographyLookup(geographyContent).index;
const compile = (target: number, fixedCeilings?: CapacityContent['fixedCeilings']) =>
  capacityKind.compile({ id: 'capacity', kind: 'capacity', version: 't', validFrom: '2025-07-03', status: 'published', title: '', description: '', legalBasis: ref, content: { ...capacityContent(target), ...(fixedCeilings ? { fixedCeilings } : {}) } } as RuleSetDocument<CapacityContent>) as CapacityCompiled;

// Municipalities by geography index: 101 Alfa, 102 Beta (Nord), 201 Gamma (Syd).
const totals = (weights: number[]) => ({ citizens: Float64Array.from(weights, (w) => Math.round(w)), weight: Float64Array.from(weights) });
const councilsCsv = [
  { council: 'Nord', existingCapacities: 100, line: 2 },
  { council: 'Syd', existingCapacities: 40, line: 3 },
];

describe('council ceilings', () => {
  it('2025 = round(current total / 1,600); 2026 grows each municipality by its projected growth', () => {
    const projection = [
      { municipalityCode: 101, growthPct: 0.8, line: 2 },
      { municipalityCode: 102, growthPct: 2.5, line: 3 },
      { municipalityCode: 201, growthPct: -1, line: 4 },
    ];
    const { councils, warnings } = computeCouncilResults(geography, totals([100_000, 80_000, 60_000]), councilsCsv, projection, compile(1600));
    expect(warnings).toEqual([]);
    const [nord, syd] = councils;
    // Nord 2025: 180,000 / 1,600 = 112.5 → 113 (half up); free = 113 − 100 = 13
    expect(nord.years[0]).toEqual({ year: 2025, totalWeight: 180_000, ceiling: 113, computedCeiling: 113, fixedCeiling: null, ceilingDifference: null, freeCapacities: 13 });
    // Nord 2026: 100,000 × 1.008 + 80,000 × 1.025 = 182,800 → 114.25 → 114; free = 14
    expect(nord.years[1].totalWeight).toBeCloseTo(182_800, 8);
    expect(nord.years[1]).toMatchObject({ ceiling: 114, freeCapacities: 14 });
    // Syd: 60,000 / 1,600 = 37.5 → 38 (< 40 existing: free 0); 2026: 59,400 → 37.1 → 37
    expect(syd.years.map((y) => [y.ceiling, y.freeCapacities])).toEqual([
      [38, 0],
      [37, 0],
    ]);
  });

  // Seed 000: »Bekendtgørelsen tilsiger, hvor mange læger et sundhedsråd kan have ved udgangen af 2025
  // og 2026« — where the capacity rule set has the order's number, free capacities use it, and the
  // model's own figure is kept beside it with the difference.
  it('uses the order’s fixed number where the rule set has one, with the computed figure and the difference beside it', () => {
    const fixed = [
      { council: 'Nord', year: 2025, capacities: 120.5, reference: ref },
      { council: 'syd', year: 2026, capacities: 36, reference: ref },
    ];
    const { councils } = computeCouncilResults(geography, totals([100_000, 80_000, 60_000]), councilsCsv, [], compile(1600, fixed));
    const [nord, syd] = councils;
    // Nord 2025: computed 180,000 / 1,600 = 112.5 → 113; the order says 120.5: free 120.5 − 100 = 20.5; difference 113 − 120.5 = −7.5.
    expect(nord.years[0]).toEqual({ year: 2025, totalWeight: 180_000, ceiling: 120.5, computedCeiling: 113, fixedCeiling: 120.5, ceilingDifference: -7.5, freeCapacities: 20.5 });
    // Nord 2026 has no fixed number: the computed ceiling is the ceiling.
    expect(nord.years[1]).toMatchObject({ ceiling: 113, computedCeiling: 113, fixedCeiling: null, ceilingDifference: null });
    // Syd 2026 (council named case-insensitively): 36 fixed, 38 computed; 36 < 40 existing, so 0 free and no cut.
    expect(syd.years[1]).toMatchObject({ ceiling: 36, computedCeiling: 38, fixedCeiling: 36, ceilingDifference: 2, freeCapacities: 0 });
  });

  it('warns (and counts 0 %) for a municipality with citizens but no projection row', () => {
    const { councils, warnings } = computeCouncilResults(geography, totals([1600, 0, 0]), councilsCsv, [], compile(1600));
    expect(councils[0].years[1].totalWeight).toBe(1600);
    expect(warnings.map((w) => w.message)).toEqual(['Alfa (kommunekode 101) mangler; regnet med 0 % befolkningstilvækst']);
  });

  it('warns about a council row the geography does not know and one the file lacks', () => {
    const rows = [{ council: 'Nord', existingCapacities: 1, line: 2 }, { council: 'Vest', existingCapacities: 5, line: 3 }];
    const { councils, warnings } = computeCouncilResults(geography, totals([0, 0, 0]), rows, [], compile(1600));
    expect(councils.map((c) => c.existingCapacities)).toEqual([1, 0]);
    expect(warnings.map((w) => [w.file, w.line, w.message])).toEqual([
      ['councils.csv', 3, 'sundhedsrådet »Vest« findes ikke i geografi-regelsættet i kraft; rækken er ikke brugt'],
      ['councils.csv', 0, 'Syd mangler; regnet med 0 eksisterende kapaciteter'],
    ]);
  });

  it('a lower target never gives a lower ceiling (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 2e6, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 500, max: 3000 }),
        fc.integer({ min: 1, max: 1000 }),
        (weights, target, lower) => {
          const high = computeCouncilResults(geography, totals(weights), councilsCsv, [], compile(target)).councils;
          const low = computeCouncilResults(geography, totals(weights), councilsCsv, [], compile(Math.max(1, target - lower))).councils;
          high.forEach((c, i) => c.years.forEach((y, k) => expect(low[i].years[k].ceiling).toBeGreaterThanOrEqual(y.ceiling)));
        },
      ),
    );
  });
});
