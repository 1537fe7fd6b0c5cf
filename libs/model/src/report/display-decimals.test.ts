import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { councilDecimals, decimalsFor } from './display-decimals.js';
import { councilYearFixture } from '../testing/result-fixture.js';

describe('decimalsFor', () => {
  it('whole numbers need none, halves one, more is capped at max', () => {
    expect(decimalsFor([455, 3728, 0])).toBe(0);
    expect(decimalsFor([487, 290.5])).toBe(1);
    expect(decimalsFor([2.41, 3])).toBe(1);
    expect(decimalsFor([2.41, 3], 2)).toBe(2);
    // Float noise from sums (0.1 + 0.2) does not count as a decimal more.
    expect(decimalsFor([0.1 + 0.2], 2)).toBe(1);
    expect(decimalsFor([Number.NaN, 4])).toBe(0);
    expect(decimalsFor([])).toBe(0);
  });

  it('property: any whole number list needs 0 decimals', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 })), (values) => decimalsFor(values) === 0));
  });
});

describe('councilDecimals', () => {
  it('ceilings whole (rounded by the rule set), existing and free fractional', () => {
    const councils = [
      { existingCapacities: 290.5, years: [councilYearFixture({ year: 2025, totalWeight: 1, ceiling: 258, freeCapacities: 0 })] },
      { existingCapacities: 88, years: [councilYearFixture({ year: 2025, totalWeight: 1, ceiling: 118, freeCapacities: 30 })] },
      { existingCapacities: 142.5, years: [councilYearFixture({ year: 2025, totalWeight: 1, ceiling: 152, freeCapacities: 9.5 })] },
    ];
    expect(councilDecimals(councils)).toEqual({ ceiling: 0, existing: 1, free: 1 });
    expect(councilDecimals(councils.slice(0, 2).map((c) => ({ ...c, existingCapacities: 100 })))).toEqual({ ceiling: 0, existing: 0, free: 0 });
  });
});
