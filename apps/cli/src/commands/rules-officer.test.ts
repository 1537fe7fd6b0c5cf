// The legal officer's three tasks, end to end in a temporary copy of rules/, through the same commands
// the officer types (docs/rules.md walks through them): a new target of 1.550 from 1 January 2027; a new
// non-bridged island from 1 March 2026; a draft that prolongs the island exception, tried on a request.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultRulesDir } from '@fordeling/engine';
import { generateSyntheticDenmark } from '@fordeling/synth';
import { anholtRequest } from '@fordeling/engine/testing';
import { run as decide } from './decide.js';
import { run as rules } from './rules.js';
import { run as runModel } from './run.js';

let dir: string;
let input: string;
const now = () => new Date('2025-11-20T10:00:00Z');

async function officer(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await rules([...argv.slice(0, 1), '--dir', dir, ...argv.slice(1)], { out: (l) => out.push(l), err: (l) => err.push(l), now });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function editJson(relative: string, edit: (doc: Record<string, any>) => void) {
  const file = path.join(dir, relative);
  const doc = JSON.parse(await readFile(file, 'utf8'));
  edit(doc);
  await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fordeling-officer-'));
  await cp(defaultRulesDir, dir, { recursive: true });
  input = await mkdtemp(path.join(tmpdir(), 'fordeling-officer-input-'));
  await generateSyntheticDenmark({ outDir: input, seed: 5, scale: 0.002 });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
  await rm(input, { recursive: true, force: true });
});

describe('the legal officer’s tasks', () => {
  it('0. 1.550 from 1 January 2026, as first asked: refused, since the published 2026.2 (14 December 2026) amends 2025.1 and would drop it', async () => {
    // The order as the regions apply it (issue 14) already has capacity 2026.2 from 14 December 2026,
    // written as an amendment of 2025.1. A version inserted before it would be in force for most of
    // 2026 and then be undone on 14 December, and the shipped worked example of 13 December 2026
    // expects 1.600: publishing refuses, says why in words, and changes nothing. Task 1 below is the
    // same change from 1 January 2027, after 2026.2.
    const created = await officer('new', 'capacity', '--valid-from', '2026-01-01');
    expect(created.out).toContain('capacity 2026.3, gældende fra 1. januar 2026, som kopi af 2025.1');
    await editJson('bek-975-2025/capacity/2026.3.json', (doc) => void (doc.content.targetWeightedCitizensPerCapacity.value = 1550));
    const lock = await readFile(path.join(dir, 'rules.lock.json'), 'utf8');
    const refused = await officer('publish', 'capacity@2026.3', '--by', 'Jurist A', '--reason', 'Måltallet sænkes til 1.550');
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('Måltal: sygdomsvægtede borgere pr. lægekapacitet ændres fra 1.600 til 1.550');
    expect(refused.err).toContain('Advarsel: Version 2026.2 ændrer 2025.1, men afløser 2026.3. Det, 2026.3 ændrede i forhold til 2025.1 (1 ændring), er ikke med i 2026.2');
    expect(refused.err).toContain('fejler med 2026.3 offentliggjort: /ceiling: forventede 300, fik 310');
    expect(refused.err).toContain('Ikke offentliggjort: 1 fejl. Intet er ændret.');
    expect(await readFile(path.join(dir, 'rules.lock.json'), 'utf8')).toBe(lock);
    await rm(path.join(dir, 'bek-975-2025/capacity/2026.3.json'));
  });

  it('1. a new target of 1.550 from 1 January 2027: new, validate, test, diff, publish, history, runs on both sides', async () => {
    const created = await officer('new', 'capacity', '--valid-from', '2027-01-01');
    expect(created.code).toBe(0);
    expect(created.out).toContain('capacity 2027.1, gældende fra 1. januar 2027, som kopi af 2026.2');
    // Typed the Danish way first: a warning that says what was meant.
    await editJson('bek-975-2025/capacity/2027.1.json', (doc) => {
      doc.content.targetWeightedCitizensPerCapacity = { value: 1.55, reference: { instrument: 'BEK nr. 1500 af 2025', paragraph: '§ 1, nr. 1' } };
    });
    const warned = await officer('validate');
    expect(warned.code).toBe(0);
    expect(warned.err).toContain('Advarsel: Værdien 1,55 ligger uden for det sandsynlige interval for »Måltal« (100–10.000). Mente du 1.550?');
    await editJson('bek-975-2025/capacity/2027.1.json', (doc) => void (doc.content.targetWeightedCitizensPerCapacity.value = 1550));
    expect(await officer('validate')).toMatchObject({ code: 0, err: '' });
    expect((await officer('test')).out).toContain('68 passed, 0 failed');
    const diff = await officer('diff', 'capacity@2026.2', 'capacity@2027.1');
    expect(diff.out).toContain('Måltal: sygdomsvægtede borgere pr. lægekapacitet ændres fra 1.600 til 1.550 (BEK nr. 1500 af 2025, § 1, nr. 1).');

    const published = await officer('publish', 'capacity@2027.1', '--by', 'Jurist A', '--reason', 'Måltallet sænkes til 1.550', '--input', input);
    expect(published.code).toBe(0);
    expect(published.out).toContain('Offentliggørelse af capacity@2027.1, gældende fra 1. januar 2027; afløser 2026.2 fra den dag.');
    expect(published.out).toMatch(/Regeltest med 2027\.1 offentliggjort: \d+ passed, 0 failed/);
    expect(published.out).toMatch(/Virkning pr\. 1\. januar 2027 på .* \(grundkørsel = 2026\.2, alternativ = 2027\.1\)/);
    expect(published.out).toMatch(/\d+ klinikker får et andet vejledende minimumspatienttal pr\. kapacitet\./);
    expect(published.out).toContain('Offentliggjort: capacity@2027.1 er låst med sha256:');
    expect(JSON.parse(await readFile(path.join(dir, 'rules.lock.json'), 'utf8'))['capacity@2027.1']).toMatchObject({ publishedBy: 'Jurist A', publishedAt: '2025-11-20T10:00:00.000Z', reason: 'Måltallet sænkes til 1.550' });
    expect((await officer('publish', 'capacity@2027.1', '--by', 'Jurist A', '--reason', 'igen')).code).toBe(1);

    const history = await officer('history', 'capacity/targetWeightedCitizensPerCapacity');
    expect(history.out).toContain('3. juli 2025 – 31. december 2026: 1.600 · version 2025.1');
    expect(history.out).toContain('fra 1. januar 2027: 1.550 · version 2027.1 · BEK nr. 1500 af 2025, § 1, nr. 1');
    expect((await officer('log')).out).toMatch(/capacity@2027\.1  20\. november 2025 kl\. 10:00 UTC  Jurist A: Måltallet sænkes til 1\.550/);

    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    for (const [asOf, version] of [['2026-12-31', '2026.2'], ['2027-01-01', '2027.1']]) {
      const out = await mkdtemp(path.join(tmpdir(), 'fordeling-officer-run-'));
      expect(await runModel(['--input', input, '--out', out, '--as-of', asOf, '--rules', dir])).toBe(0);
      const runJson = JSON.parse(await readFile(path.join(out, 'run.json'), 'utf8'));
      expect(runJson.ruleSets.find((r: { id: string }) => r.id === 'capacity').version).toBe(version);
      await rm(out, { recursive: true, force: true });
    }
    vi.restoreAllMocks();
  });

  it('2. a new island from 1 March 2026, written as an amendment of the geography in force', async () => {
    const created = await officer('new', 'geography', '--valid-from', '2026-03-01', '--amendment');
    expect(created.out).toContain('geography 2026.1, gældende fra 1. marts 2026, som ændring af 2025.1');
    await editJson('bek-975-2025/geography/2026.1.json', (doc) => {
      doc.changes = [{ op: 'add', path: '/content/islands/-', value: { id: 'Hesselø', name: 'Hesselø', municipality: 260, wholeMunicipality: false, reference: { instrument: 'BEK nr. 200 af 2026', paragraph: '§ 1, nr. 1' } } }];
    });
    expect((await officer('validate')).code).toBe(0);
    const published = await officer('publish', 'geography@2026.1', '--by', 'Jurist B', '--reason', 'Hesselø tilføjes');
    expect(published.code).toBe(0);
    expect(published.out).toContain('Rækken »Hesselø« tilføjes i ikke-brofaste øer (BEK nr. 200 af 2026, § 1, nr. 1).');
    // 2027.1 amends 2025.1, so it does not carry the island on: the ministry is told.
    expect(published.err).toContain('Version 2027.1 ændrer 2025.1, men afløser 2026.1.');
    const list = await officer('list');
    expect(list.out).toMatch(/geography\s+geography\s+2025\.1\s+3\. juli 2025–28\. februar 2026 \(afløst af 2026\.1\)/);
    expect(list.out).toMatch(/geography\s+geography\s+2026\.1\s+1\. marts 2026–31\. december 2026 \(afløst af 2027\.1\)\s+offentliggjort\s+ændring af 2025\.1/);
    const island = (date: string) => anholtRequest({ date, clinic: { providerNumber: '071234', island: 'Hesselø' }, council: 'Nordsjælland' });
    const before = await decideCapture(['--dir', dir], island('2026-02-28'));
    expect(before.err).toContain('»Hesselø« er ikke en kendt ikke-brofast ø i geografien.');
    const after = await decideCapture(['--dir', dir], island('2026-03-01'));
    expect(JSON.parse(after.out)).toMatchObject({ outcome: 'granted', basis: 'non-bridged-island' });
  });

  it('3. a draft prolonging the island exception to 1 January 2028, tried on a request with --versions', async () => {
    const request = anholtRequest({ date: '2027-01-01' });
    const inForce = await decideCapture(['--dir', dir, '--explain'], request);
    expect(inForce.out).toContain('Afgørelse: afslået (ud over kapacitetsloftet)');
    const draft = await decideCapture(['--dir', dir, '--explain', '--versions', 'decisions@2026.1-udkast'], request);
    expect(draft.code).toBe(0);
    expect(draft.out.split('\n')[0]).toBe('UDKAST — ikke gældende regler: decisions@2026.1-udkast');
    expect(draft.out).toContain('Prøvet afgørelse: bevilget (ikke-brofast ø) efter reglen »Undtagelsen for ikke-brofaste øer«.');
    expect(draft.out).toContain('anmodningen er fra før 1. januar 2028');
    expect(JSON.parse((await decideCapture(['--dir', dir, '--versions', 'decisions@2026.1-udkast'], request)).out)).toMatchObject({ draft: true, ruleSets: expect.arrayContaining([expect.objectContaining({ id: 'decisions', version: '2026.1-udkast', draft: true })]) });
    expect((await decideCapture(['--dir', dir, '--versions', 'decisions2026'], request)).code).toBe(2);
  });
});

async function decideCapture(argv: string[], input: unknown) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await decide(argv, { stdin: async () => JSON.stringify(input), out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
