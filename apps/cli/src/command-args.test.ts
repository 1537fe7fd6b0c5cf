import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseCommandArgs } from './command-args.js';

describe('parseCommandArgs', () => {
  afterAll(() => vi.restoreAllMocks());
  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
  const options = { out: { type: 'string' as const, default: 'out/demo' } };

  it('returns the values, 0 after printing the help, 2 for a usage error', () => {
    expect(parseCommandArgs(['--out', 'x'], options, 'HJÆLP')).toEqual({ out: 'x' });
    expect(parseCommandArgs([], options, 'HJÆLP')).toEqual({ out: 'out/demo' });
    expect(parseCommandArgs(['--help'], options, 'HJÆLP')).toBe(0);
    expect(printed.at(-1)).toBe('HJÆLP');
    expect(parseCommandArgs(['--ukendt'], options, 'HJÆLP')).toBe(2);
    expect(printed.at(-1)).toMatch(/ukendt[\s\S]*\n\nHJÆLP$/);
  });
});
