import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateSyntheticDenmark } from '@fordeling/synth';
import { run } from './explain.js';

// A citizen whose raw weight we know by hand from weights 2025.1 (a published, locked version):
// woman, 38 → base weight K 35–44 = 0,85; long higher education → −0,08; nothing else → 0,77.
const HAND_CITIZEN = '999999,K,38,101,,0,0,ugift,0,lang,lang,0';

describe('fordeling explain', () => {
  let input: string;
  let out: string[];
  let err: string[];
  beforeAll(async () => {
    input = await mkdtemp(join(tmpdir(), 'fordeling-explain-'));
    await generateSyntheticDenmark({ outDir: input, seed: 5, scale: 0.002 });
    const citizens = join(input, 'citizens.csv');
    await writeFile(citizens, `${(await readFile(citizens, 'utf8')).trimEnd()}\n${HAND_CITIZEN}\n`);
  });
  const capture = () => {
    out = [];
    err = [];
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  };
  afterEach(() => vi.restoreAllMocks());

  it('explains the weight step by step with references, and the steps multiply out', async () => {
    capture();
    expect(await run(['--input', input, '--citizen', '999999', '--as-of', '2025-07-03', '--json'])).toBe(0);
    const e = JSON.parse(out.join('\n'));
    expect(e.base.value).toBe(0.85);
    expect(e.contributions.map((c: { value: number }) => c.value)).toEqual([-0.08]);
    expect(e.raw).toBeCloseTo(0.77, 12);
    expect(e.normalised).toBeCloseTo(e.raw * e.normalisationFactor, 12);
    const corrected = e.corrections.reduce((w: number, c: { factor: number }) => w * c.factor, e.normalised);
    expect(e.final).toBeCloseTo(corrected, 12);
    expect(e.corrections.map((c: { level: string; area: string }) => `${c.level}:${c.area}`)).toEqual(['council:Hovedstaden', 'municipality:København']);
    expect(e.ruleSet).toMatchObject({ id: 'weights', version: '2025.1' });
    expect(e.base.reference.illustrative).toBe(true);

    capture();
    expect(await run(['--input', input, '--citizen', '999999', '--as-of', '2025-07-03'])).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('kvinde, 38 år, København (sundhedsråd Hovedstaden)');
    expect(text).toMatch(/Basisvægt \(kvinde, aldersgruppe 35-44\)\s+0,8500\s+BEK nr\. 975 af 2025.*\(illustrativ\)/);
    expect(text).toMatch(/= Rå vægt\s+0,7700/);
    expect(text).toContain('sha256:');
  });

  it('--versions explains under a draft and says so first', async () => {
    capture();
    expect(await run(['--input', input, '--citizen', '999999', '--as-of', '2025-07-03', '--versions', 'capacity@2026.1-udkast'])).toBe(0);
    expect(out.join('\n').split('\n')[0]).toBe('UDKAST — ikke gældende regler: capacity@2026.1-udkast');
    capture();
    expect(await run(['--input', input, '--citizen', '999999', '--as-of', '2025-07-03', '--versions', 'capacity@2026.1-udkast', '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n')).notice).toBe('UDKAST — ikke gældende regler: capacity@2026.1-udkast');
  });

  it('says in Danish when the citizen is not there, and refuses a bad id', async () => {
    capture();
    expect(await run(['--input', input, '--citizen', '123456789', '--as-of', '2025-07-03'])).toBe(1);
    expect(err.join('\n')).toContain('Borger 123456789 findes ikke');
    capture();
    expect(await run(['--input', input, '--citizen', 'abc'])).toBe(2);
    expect(err.join('\n')).toContain('et borger-id');
  });
});
