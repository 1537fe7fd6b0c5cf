import { describe, expect, it } from 'vitest';
import { shippedLibrary } from '../../testing/shipped-rules.js';
import { capacityRules } from './compile.js';
import { applyRounding, describeRounding } from './rounding.js';

describe('capacity', () => {
  it('divides a council’s total weight by 1,600 and rounds to whole capacities', async () => {
    const capacity = capacityRules.of((await shippedLibrary()).bookAt('2025-09-01'));
    expect([capacity.target, capacity.maximum]).toEqual([1600, 2700]);
    // Østsjælland og Øerne, ca. 437,000 citizens at a mean weight of 1.1: 480,700 / 1,600 = 300.44 → 300.
    expect(capacity.ceiling(480_700)).toBe(300);
    expect(capacity.ceiling(1600 * 300.5)).toBe(301);
    expect(capacity.freeCapacities(300, 237)).toBe(63);
    expect(capacity.freeCapacities(300, 312)).toBe(0);
    expect(capacity.years.map((y) => [y.year, y.population])).toEqual([[2025, 'current'], [2026, 'projected']]);
    expect(capacity.band).toEqual({ lower: 1150, upper: 2000, expectedShare: 0.8 });
  });

  it('uses the draft target of 1,500 only when that version is chosen', async () => {
    const library = await shippedLibrary();
    expect(capacityRules.of(library.bookAt('2026-09-01')).target).toBe(1600);
    const draft = capacityRules.of(library.bookAt('2026-09-01', { versions: { capacity: '2026.1-udkast' } }));
    expect(draft.target).toBe(1500);
    expect(draft.ceiling(480_700)).toBe(320);
  });

  it('rounds as the rule set says, without binary noise deciding', () => {
    expect(applyRounding(1.005, { method: 'round', decimals: 2 })).toBe(1.01);
    expect(applyRounding(300.9, { method: 'floor', decimals: 0 })).toBe(300);
    expect(applyRounding(300.1, { method: 'ceil', decimals: 0 })).toBe(301);
    expect(applyRounding(1103.45, { method: 'round', decimals: 1 })).toBe(1103.5);
    expect(describeRounding({ method: 'round', decimals: 0 })).toBe('afrundet til nærmeste hele tal');
  });
});
