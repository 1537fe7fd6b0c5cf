import { canonicalJson } from './canonical-hash.js';
import { joinPointer } from './json-pointer.js';

export interface Mismatch {
  pointer: string;
  expected: unknown;
  actual: unknown;
}

/**
 * Deep partial match for rule test cases: objects compare only the keys the case gives, arrays
 * compare length and every element, numbers and other values compare exactly.
 */
export function partialMatch(expected: unknown, actual: unknown, pointer = ''): Mismatch[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [{ pointer, expected, actual }];
    return expected.flatMap((e, i) => partialMatch(e, actual[i], joinPointer(pointer, i)));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [{ pointer, expected, actual }];
    return Object.entries(expected).flatMap(([key, e]) => partialMatch(e, (actual as Record<string, unknown>)[key], joinPointer(pointer, key)));
  }
  return canonicalJson(expected) === canonicalJson(actual) ? [] : [{ pointer, expected, actual }];
}
