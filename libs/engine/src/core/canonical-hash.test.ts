import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalHash, canonicalJson } from './canonical-hash.js';

describe('canonicalHash', () => {
  it('writes sorted keys without whitespace', () => {
    expect(canonicalJson({ b: [2, { d: 1, c: 'x' }], a: null })).toBe('{"a":null,"b":[2,{"c":"x","d":1}]}');
  });

  it('is sha256 of the canonical JSON', () => {
    // echo -n '{"a":1}' | sha256sum
    expect(canonicalHash({ a: 1 })).toBe('sha256:015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862');
  });

  it('is stable under key reordering', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalHash(reversed)).toBe(canonicalHash(object));
      }),
    );
  });

  it('changes when a value changes', () => {
    expect(canonicalHash({ value: 1600 })).not.toBe(canonicalHash({ value: 1500 }));
  });
});
