import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lifeExpectancyFactors } from './life-expectancy-correction.js';

const identity = (n: number) => Array.from({ length: n }, (_, i) => i);

const areas = fc
  .array(
    fc.record({
      weight: fc.double({ min: 1, max: 1e6, noNaN: true }),
      citizens: fc.integer({ min: 1, max: 1e6 }),
      // Lost life years per 1,000 as an input file can hold them: none, or at least 0,001 (a
      // subnormal such as 5e-324 underflows when multiplied out and is no real figure).
      lost: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 200, noNaN: true })),
    }),
    { minLength: 2, maxLength: 30 },
  )
  .filter((rows) => rows.some((r) => r.lost > 0));

describe('life-expectancy correction', () => {
  it('keeps the national total (property, municipality and council levels in turn)', () => {
    fc.assert(
      fc.property(areas, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (rows, s1, s2) => {
        const weight = rows.map((r) => r.weight);
        const total = weight.reduce((a, b) => a + b, 0);
        // Councils: municipalities paired two by two.
        const council = rows.map((_, i) => Math.floor(i / 2));
        const result = lifeExpectancyFactors(weight, rows.map((r) => r.citizens), rows.map((r) => r.lost), [
          { level: 'council', share: s1, areaOfMunicipality: council, areaCount: Math.ceil(rows.length / 2) },
          { level: 'municipality', share: s2, areaOfMunicipality: identity(rows.length), areaCount: rows.length },
        ]);
        const after = weight.reduce((sum, w, i) => sum + w * result.municipalityFactor[i], 0);
        expect(after / total).toBeCloseTo(1, 9);
      }),
    );
  });

  it('raises exactly the areas with more lost life years per weight than the country (property)', () => {
    fc.assert(
      fc.property(areas, fc.double({ min: 0.01, max: 1, noNaN: true }), (rows, share) => {
        const n = rows.length;
        const { levels } = lifeExpectancyFactors(rows.map((r) => r.weight), rows.map((r) => r.citizens), rows.map((r) => r.lost), [
          { level: 'municipality', share, areaOfMunicipality: identity(n), areaCount: n },
        ]);
        const L = rows.map((r) => (r.lost * r.citizens) / 1000);
        const totalL = L.reduce((a, b) => a + b, 0);
        const total = rows.reduce((a, r) => a + r.weight, 0);
        rows.forEach((r, i) => {
          const relative = L[i] / totalL - r.weight / total;
          if (Math.abs(relative) < 1e-9) return;
          expect(levels[0].factors[i] > 1).toBe(relative > 0);
        });
        // More lost life years per weight → a higher factor.
        const order = identity(n).sort((a, b) => L[a] / rows[a].weight - L[b] / rows[b].weight);
        for (let k = 1; k < n; k++) expect(levels[0].factors[order[k]]).toBeGreaterThanOrEqual(levels[0].factors[order[k - 1]] - 1e-12);
      }),
    );
  });

  it('worked example: s = 0.1, W = (52/27, 7.19/1.62, 5.89/1.62), lost 10, 20, 0 per 1,000 of 3, 3, 4 citizens', () => {
    const W = [3.12 / 1.62, 7.19 / 1.62, 5.89 / 1.62];
    const { levels } = lifeExpectancyFactors(W, [3, 3, 4], [10, 20, 0], [{ level: 'municipality', share: 0.1, areaOfMunicipality: [0, 1, 2], areaCount: 3 }]);
    // factor = 0.9 + 0.1 · 10 · L_a / (0.09 · W_a); 101: 0.9 + 0.03 / (0.09 · 1.925926) = 0.9 + 9/52
    expect(levels[0].factors[0]).toBeCloseTo(0.9 + 9 / 52, 12);
    expect(levels[0].factors[1]).toBeCloseTo(0.9 + 0.06 / (0.09 * W[1]), 12);
    expect(levels[0].factors[2]).toBeCloseTo(0.9, 12);
  });

  it('leaves every factor at 1 when no area has lost life years', () => {
    const { municipalityFactor } = lifeExpectancyFactors([1, 2], [10, 20], [0, 0], [{ level: 'municipality', share: 0.5, areaOfMunicipality: [0, 1], areaCount: 2 }]);
    expect([...municipalityFactor]).toEqual([1, 1]);
  });
});
