import { describe, expect, it } from 'vitest';
import { temporaryValidUntil } from './build-decision.js';

describe('validUntil of a temporary grant: the day before the same date `months` later', () => {
  it.each([
    ['2026-03-15', 24, '2028-03-14'],
    ['2026-01-01', 12, '2026-12-31'],
    ['2026-01-31', 1, '2026-02-27'],
    ['2027-12-31', 2, '2028-02-28'],
    ['2028-02-29', 12, '2029-02-27'],
  ])('%s + %i months → %s', (date, months, expected) => {
    expect(temporaryValidUntil(date, months)).toBe(expected);
  });
});
