import { afterEach, vi } from 'vitest';
import { runLettersCli } from '../cli.js';

/**
 * The letters CLI for a test file: `cli(...args)` runs it with console output captured into
 * `output` (emptied at each call); the console is restored after each test.
 */
export function lettersCli(): { cli: (...args: string[]) => Promise<number>; output: string[] } {
  const output: string[] = [];
  afterEach(() => vi.restoreAllMocks());
  const cli = async (...args: string[]) => {
    output.length = 0;
    const capture = (...parts: unknown[]) => void output.push(parts.join(' '));
    vi.spyOn(console, 'log').mockImplementation(capture);
    vi.spyOn(console, 'error').mockImplementation(capture);
    return runLettersCli(args);
  };
  return { cli, output };
}
