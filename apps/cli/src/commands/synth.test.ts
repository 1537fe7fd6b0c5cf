import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { generateSyntheticDenmark, loadSynthGeography } from '@fordeling/synth';
import { run } from './synth.js';

const SCALE = 0.001;
const FILES = ['citizens.csv', 'clinics.csv', 'councils.csv', 'life_expectancy.csv', 'projection.csv', 'manifest.json'];

const tempDir = () => mkdtemp(join(tmpdir(), 'fordeling-synth-'));
// Fields split as RFC 4180 has them: København's clinic addresses are quoted (»Algade 1, 2100 København Ø«).
const rows = (text: string) => text.trim().split('\n').slice(1).map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, -1).map((m) => m[1].replace(/^"(.*)"$/, '$1').replaceAll('""', '"')));

async function generate(seed: number) {
  const dir = await tempDir();
  await generateSyntheticDenmark({ outDir: dir, seed, scale: SCALE });
  return dir;
}

describe('fordeling synth (libs/synth)', () => {
  const geography = loadSynthGeography();
  let first: string;
  let again: string;
  let other: string;
  beforeAll(async () => {
    [first, again, other] = await Promise.all([generate(7), generate(7), generate(8)]);
  });

  it('gives byte-identical files for the same seed and scale', async () => {
    for (const file of FILES) expect(await readFile(join(again, file), 'utf8'), file).toBe(await readFile(join(first, file), 'utf8'));
  });

  it('gives other citizens for another seed', async () => {
    expect(await readFile(join(other, 'citizens.csv'), 'utf8')).not.toBe(await readFile(join(first, 'citizens.csv'), 'utf8'));
  });

  it('writes the contract headers and a synthetic manifest', async () => {
    const header = async (file: string) => (await readFile(join(first, file), 'utf8')).split('\n')[0];
    expect(await header('citizens.csv')).toBe('id,sex,age,municipality_code,provider_number,somatic_diseases,psychiatric_disease,civil_status,menapt,education,parents_education,outside_labour_market');
    expect(await header('clinics.csv')).toBe('provider_number,name,address,municipality_code,island,capacities,listed_patients');
    expect(await header('councils.csv')).toBe('council,existing_capacities');
    expect(await header('life_expectancy.csv')).toBe('municipality_code,life_expectancy,lost_life_years_per_1000');
    expect(await header('projection.csv')).toBe('municipality_code,growth_pct');
    const manifest = JSON.parse(await readFile(join(first, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ synthetic: true, generator: 'fordeling synth', seed: 7, scale: SCALE });
  });

  it('gives each municipality its population × scale', async () => {
    const citizens = rows(await readFile(join(first, 'citizens.csv'), 'utf8'));
    const counts = new Map<number, number>();
    for (const r of citizens) counts.set(Number(r[3]), (counts.get(Number(r[3])) ?? 0) + 1);
    for (const m of geography.municipalities) expect(counts.get(m.code) ?? 0, m.name).toBe(Math.round(m.approxPopulation * SCALE));
    expect(counts.get(101)).toBe(661); // København: 660,800 × 0.001
    expect(citizens.map((r) => Number(r[0]))).toEqual(citizens.map((_, i) => i + 1));
  });

  it('draws valid codes', async () => {
    const valid = (r: string[]) =>
      r.length === 12 &&
      ['M', 'K'].includes(r[1]) &&
      Number(r[2]) >= 0 &&
      Number(r[2]) <= 125 &&
      Number(r[5]) <= 20 &&
      ['ugift', 'gift', 'enke', 'fraskilt'].includes(r[7]) &&
      [r[6], r[8], r[11]].every((flag) => flag === '0' || flag === '1');
    expect(rows(await readFile(join(first, 'citizens.csv'), 'utf8')).filter((r) => !valid(r))).toEqual([]);
  });

  it('puts clinics on the non-bridged islands, one per island outside whole-island municipalities', async () => {
    const clinics = rows(await readFile(join(first, 'clinics.csv'), 'utf8'));
    const onIsland = (island: string, code: number) => clinics.filter((c) => c[4] === island && Number(c[3]) === code).length;
    expect(onIsland('Anholt', 707)).toBe(1);
    expect(onIsland('Fejø', 360)).toBe(1);
    expect(onIsland('Femø', 360)).toBe(1);
    expect(onIsland('Læsø', 825)).toBeGreaterThanOrEqual(1);
    expect(onIsland('Samsø', 741)).toBeGreaterThanOrEqual(1);
    // Every clinic of a whole-island municipality carries the island.
    expect(clinics.filter((c) => Number(c[3]) === 825 && c[4] !== 'Læsø')).toEqual([]);
  });

  it('keeps the files consistent: listed patients, provider numbers and council capacities', async () => {
    const clinics = rows(await readFile(join(first, 'clinics.csv'), 'utf8'));
    const citizens = rows(await readFile(join(first, 'citizens.csv'), 'utf8'));
    const listed = new Map<string, number>();
    for (const r of citizens) if (r[4]) listed.set(r[4], (listed.get(r[4]) ?? 0) + 1);
    for (const c of clinics) expect(Number(c[6]), c[0]).toBe(listed.get(c[0]) ?? 0);
    expect([...listed.keys()].every((p) => clinics.some((c) => c[0] === p))).toBe(true);
    expect(new Set(clinics.map((c) => c[0])).size).toBe(clinics.length);

    const councilOf = new Map(geography.municipalities.map((m) => [m.code, m.council]));
    const sums = new Map<string, number>();
    for (const c of clinics) sums.set(councilOf.get(Number(c[3]))!, (sums.get(councilOf.get(Number(c[3]))!) ?? 0) + Number(c[5]));
    const councils = rows(await readFile(join(first, 'councils.csv'), 'utf8'));
    expect(councils).toHaveLength(17);
    for (const [council, capacities] of councils) expect(Number(capacities), council).toBeCloseTo(sums.get(council)!, 6);
  });

  it('gives København’s clinics a postal district in their address, in turn (the planning areas)', async () => {
    const copenhagen = rows(await readFile(join(first, 'clinics.csv'), 'utf8')).filter((c) => c[3] === '101');
    expect(copenhagen.length).toBeGreaterThan(0);
    for (const c of copenhagen) expect(c[2]).toMatch(/^\S+ \d+, \d{4} (København [A-ZØ]+|Valby|Brønshøj|Vanløse)$/);
  });

  it('projects growth between −0.5 and +2 % and lower life expectancy where need is high', async () => {
    const growth = rows(await readFile(join(first, 'projection.csv'), 'utf8')).map((r) => Number(r[1]));
    expect(growth).toHaveLength(98);
    expect(Math.min(...growth)).toBeGreaterThanOrEqual(-0.5);
    expect(Math.max(...growth)).toBeLessThanOrEqual(2);
    const life = new Map(rows(await readFile(join(first, 'life_expectancy.csv'), 'utf8')).map((r) => [Number(r[0]), Number(r[1])]));
    expect(life.get(360)!).toBeLessThan(life.get(157)!); // Lolland below Gentofte
  });
});

describe('fordeling synth (command)', () => {
  it('exits 0 after writing the folder, 2 on bad options', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const dir = await tempDir();
    expect(await run(['--out', dir, '--scale', '0.0005', '--seed', '2'])).toBe(0);
    expect(log.mock.calls[0][0]).toMatch(/^Syntetisk Danmark skrevet til .*: 2\.987 borgere, .*\(frø 2, skala 0,0005\)\.$/);
    expect(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')).seed).toBe(2);
    expect(await run(['--scale', '1'])).toBe(2);
    expect(await run(['--out', dir, '--scale', 'nul'])).toBe(2);
    expect(await run(['--out', dir, '--seed', '1.5'])).toBe(2);
    expect(error.mock.calls.map((c) => String(c[0])).join('\n')).toContain('--seed skal være et helt tal');
    vi.restoreAllMocks();
  });
});
