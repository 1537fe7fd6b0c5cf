import { access, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from './demo.js';

describe('fordeling demo', () => {
  afterAll(() => vi.restoreAllMocks());

  it('reuses the cached country on the next run, and runs with the draft comparison', async () => {
    const messages: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void messages.push(args.join(' ')));
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void messages.push(args.join(' ')));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const out = await mkdtemp(join(tmpdir(), 'fordeling-demo-'));
    // A tiny scale keeps the test fast; the cache lands in .cache/synth-s0.0002-seed1 (git-ignored).
    expect(await run(['--scale', '0.0002', '--out', out])).toBe(0);
    const firstRun = messages.length;
    expect(await run(['--scale', '0.0002', '--out', out])).toBe(0);
    expect(messages.slice(firstRun).filter((m) => m.startsWith('Genbruger det syntetiske Danmark'))).toHaveLength(1);
    expect(messages.join('\n')).toContain('Alternativ kørsel med capacity@2026.1-udkast');
    expect(messages.join('\n')).toContain(`rapport: ${join(out, 'report.html')}`);
    await access(join(out, 'report.html'));
    expect(await run(['--scale', 'stor'])).toBe(2);
  });
});
