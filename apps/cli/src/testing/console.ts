import { vi } from 'vitest';

/** What a command prints, line by line, instead of printing it (vi.restoreAllMocks() ends it). */
export function captureConsole(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
  return { out, err };
}
