import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, isIsoDate, plural } from './danish.js';

describe('Danish formats', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumber(1600)).toBe('1.600');
    expect(formatNumber(1.45, 2)).toBe('1,45');
    expect(formatNumber(5_960_000)).toBe('5.960.000');
    expect(formatNumber(-1234.5, 1)).toBe('-1.234,5');
    expect(formatNumber(1102.5)).toBe('1.103');
    expect(formatPercent(0.8)).toBe('80 %');
  });
  it('writes dates the Danish way', () => {
    expect(formatDate('2026-02-01')).toBe('1. februar 2026');
    expect(formatDate('2025-12-31')).toBe('31. december 2025');
  });
  it('knows real calendar dates', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-7-3')).toBe(false);
    expect(() => formatDate('2026-13-01')).toThrow(/ikke en gyldig dato/);
  });
  it('pluralises', () => {
    expect(plural(1, 'kapacitet', 'kapaciteter')).toBe('1 kapacitet');
    expect(plural(3, 'kapacitet', 'kapaciteter')).toBe('3 kapaciteter');
  });
});
