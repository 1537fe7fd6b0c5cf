import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseWeights } from './normalise.js';

describe('normaliseWeights', () => {
  it('makes the national mean exactly the target (up to floating point) for any population', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.05, max: 6, noNaN: true }), { minLength: 1, maxLength: 2000 }), (values) => {
        const weights = Float64Array.from(values);
        const factor = normaliseWeights(weights, 1);
        const mean = weights.reduce((a, b) => a + b, 0) / weights.length;
        expect(mean).toBeCloseTo(1, 12);
        expect(weights[0]).toBeCloseTo(values[0] * factor, 12);
      }),
    );
  });

  it('scales 0.9, 0.82, …, 2.30 (sum 16.2) by 10 / 16.2', () => {
    const weights = Float64Array.from([0.9, 0.82, 1.4, 2.12, 2.3, 2.77, 1.15, 0.82, 1.62, 2.3]);
    expect(normaliseWeights(weights, 1)).toBeCloseTo(10 / 16.2, 15);
    expect(weights[8]).toBeCloseTo(1, 15);
  });
});
