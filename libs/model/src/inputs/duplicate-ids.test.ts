import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateIds } from './duplicate-ids.js';

describe('findDuplicateIds', () => {
  it('names every later repeat with the row of the first occurrence (property, against a plain Map)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 80 }), (values) => {
        const seen = new Map<number, number>();
        const expected: Array<{ index: number; first: number }> = [];
        values.forEach((v, i) => (seen.has(v) ? expected.push({ index: i, first: seen.get(v)! }) : seen.set(v, i)));
        expect(findDuplicateIds(Float64Array.from(values), values.length)).toEqual(expected);
      }),
    );
  });

  it('a strictly increasing column has none', () => {
    expect(findDuplicateIds(Float64Array.of(1, 2, 5, 9), 4)).toEqual([]);
  });
});
