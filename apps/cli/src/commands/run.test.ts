import { appendFile, cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultRulesDir } from '@fordeling/engine';
import { generateSyntheticDenmark } from '@fordeling/synth';
import { run } from './run.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'fordeling-run-'));
const REPRODUCIBLE = ['councils.csv', 'municipalities.csv', 'clinics.csv', 'problems.csv', 'warnings.csv', 'run.json', 'report.html'];

describe('fordeling run', () => {
  let input: string;
  let stderr: string[];
  beforeAll(async () => {
    input = await tempDir();
    await generateSyntheticDenmark({ outDir: input, seed: 3, scale: 0.002 });
  });
  const quiet = () => {
    stderr = [];
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void stderr.push(args.join(' ')));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  };
  afterAll(() => vi.restoreAllMocks());

  it('writes byte-identical outputs for the same inputs and rule versions (timings apart)', async () => {
    quiet();
    const [a, b] = [await tempDir(), await tempDir()];
    expect(await run(['--input', input, '--out', a, '--as-of', '2025-07-03'])).toBe(0);
    expect(await run(['--input', input, '--out', b, '--as-of', '2025-07-03'])).toBe(0);
    expect((await readdir(a)).sort()).toEqual([...REPRODUCIBLE, 'timings.json'].sort());
    for (const file of REPRODUCIBLE) expect(await readFile(join(b, file), 'utf8'), file).toBe(await readFile(join(a, file), 'utf8'));
    const report = await readFile(join(a, 'report.html'), 'utf8');
    expect(report).toContain('SYNTETISKE DATA');
    expect(report).toContain('3. juli 2025');
    const runJson = JSON.parse(await readFile(join(a, 'run.json'), 'utf8'));
    expect(runJson.synthetic).toBe(true);
    expect(runJson.ruleSets.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(['capacity', 'geography', 'minimum-patients', 'weights']));
    expect(runJson.counts.clinics).toBe(runJson.results.clinics);
  });

  it('--spreadsheet also writes regneark/ with the same rows for a Danish spreadsheet; the machine files stay byte-identical', async () => {
    quiet();
    const [plain, both] = [await tempDir(), await tempDir()];
    expect(await run(['--input', input, '--out', plain, '--as-of', '2025-07-03'])).toBe(0);
    expect(await run(['--input', input, '--out', both, '--as-of', '2025-07-03', '--spreadsheet'])).toBe(0);
    for (const file of REPRODUCIBLE) expect(await readFile(join(both, file), 'utf8'), file).toBe(await readFile(join(plain, file), 'utf8'));
    const machine = (await readFile(join(plain, 'councils.csv'), 'utf8')).trim().split('\n');
    const sheet = (await readFile(join(both, 'regneark', 'sundhedsråd.csv'), 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(sheet).toHaveLength(machine.length);
    // Row by row the same values: only separator and decimal sign differ (council names hold no comma).
    expect(sheet.slice(1).map((line) => line.split(';').map((f) => f.replace(',', '.')))).toEqual(machine.slice(1).map((line) => line.split(',')));
  });

  it('reports and leaves out a bad row: problems.csv names file, line and reason, counts reconcile', async () => {
    quiet();
    const bad = await tempDir();
    await cp(input, bad, { recursive: true });
    await appendFile(join(bad, 'citizens.csv'), '999999,X,200,101,,0,0,ugift,0,lang,lang,0\n');
    const out = await tempDir();
    expect(await run(['--input', bad, '--out', out, '--as-of', '2025-07-03'])).toBe(0);
    const problems = (await readFile(join(out, 'problems.csv'), 'utf8')).trim().split('\n');
    expect(problems[0]).toBe('file,line,column,pointer,message');
    expect(problems.length).toBeGreaterThan(1);
    expect(problems.slice(1).every((p) => p.startsWith('citizens.csv,'))).toBe(true);
    const citizens = JSON.parse(await readFile(join(out, 'run.json'), 'utf8')).inputs.find((i: { file: string }) => i.file.endsWith('citizens.csv'));
    expect(citizens.rejected).toBe(1);
    expect(citizens.rowsRead).toBe(citizens.accepted + citizens.rejected);
  });

  it('compares with another rule-set version and names both in the report', async () => {
    quiet();
    const out = await tempDir();
    expect(await run(['--input', input, '--out', out, '--as-of', '2025-07-03', '--compare-rules', 'capacity@2026.1-udkast'])).toBe(0);
    const report = await readFile(join(out, 'report.html'), 'utf8');
    expect(report).toContain('Forskelle mellem regelsætversioner');
    expect(report).toContain('2026.1-udkast');
    expect(JSON.parse(await readFile(join(out, 'run.json'), 'utf8')).compare.changedRuleSets).toEqual(['capacity']);
  });

  it('tells the difference between the versions in words (diffRuleSets) in the report, run.json and the terminal', async () => {
    quiet();
    const stdout: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void stdout.push(args.join(' ')));
    const out = await tempDir();
    expect(await run(['--input', input, '--out', out, '--as-of', '2025-07-03', '--compare-rules', 'capacity@2026.1-udkast'])).toBe(0);
    const sentence = /Måltal: sygdomsvægtede borgere pr\. lægekapacitet ændres fra 1\.600 til 1\.500 \(BEK nr\. 975 af 2025/;
    const report = await readFile(join(out, 'report.html'), 'utf8');
    expect(report).toMatch(sentence);
    expect(report.search(sentence)).toBeLessThan(report.indexOf('Loft og ledige kapaciteter pr. sundhedsråd'));
    const compare = JSON.parse(await readFile(join(out, 'run.json'), 'utf8')).compare;
    expect(compare.ruleSetChanges[0]).toMatchObject({ id: 'capacity', baseVersion: '2025.1', alternativeVersion: '2026.1-udkast' });
    expect(compare.ruleSetChanges[0].changes.find((c: { pointer: string }) => c.pointer === '/content/targetWeightedCitizensPerCapacity/value').sentence).toMatch(sentence);
    // Every council of the geography has its ceilings in both runs; a lower target never lowers one.
    expect(compare.councils).toHaveLength(JSON.parse(await readFile(join(out, 'run.json'), 'utf8')).counts.councils);
    for (const council of compare.councils) for (const year of council.years) expect(year.ceiling.difference).toBeGreaterThanOrEqual(0);
    const text = stdout.join('\n');
    expect(text).toMatch(sentence);
    expect(text).toMatch(/^I alt\s+[\d.]+\s+[\d.]+\s+\+?\d+/m);
  });

  it('stops (exit code 3) when a municipality is missing from projection.csv; --partial runs, and every output says so', async () => {
    quiet();
    const stdout: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void stdout.push(args.join(' ')));
    const gap = await tempDir();
    await cp(input, gap, { recursive: true });
    const [header, first, ...rest] = (await readFile(join(gap, 'projection.csv'), 'utf8')).split('\n');
    await writeFile(join(gap, 'projection.csv'), [header, ...rest].join('\n'));
    const code = first.split(',')[0];
    const out = await tempDir();
    expect(await run(['--input', gap, '--out', out, '--as-of', '2025-07-03'])).toBe(3);
    expect(stderr.join('\n')).toContain('Kørslen er stoppet: inddata er ufuldstændige');
    expect(stderr.join('\n')).toMatch(new RegExp(`projection\\.csv: .*\\(kommunekode ${code}\\) mangler`));
    expect(await readdir(out)).toEqual([]);

    expect(await run(['--input', gap, '--out', out, '--as-of', '2025-07-03', '--partial'])).toBe(0);
    const warnings = (await readFile(join(out, 'warnings.csv'), 'utf8')).trim().split('\n');
    expect(warnings[0]).toBe('file,line,column,pointer,message');
    expect(warnings.slice(1)).toEqual([expect.stringMatching(new RegExp(`^projection\\.csv,0,0,,.*\\(kommunekode ${code}\\) mangler; regnet med 0 % befolkningstilvækst$`))]);
    const report = await readFile(join(out, 'report.html'), 'utf8');
    expect(report).toContain('kørslen har gjort 1 antagelse (warnings.csv)');
    expect(report).toContain('DELVIS KØRSEL — inddata er ufuldstændige (1 mangel, se warnings.csv)');
    expect(JSON.parse(await readFile(join(out, 'run.json'), 'utf8')).partial).toEqual([expect.stringMatching(new RegExp(`^projection\\.csv: .*\\(kommunekode ${code}\\) mangler`))]);
    expect(stdout.join('\n').split('\n')[0]).toContain('DELVIS KØRSEL');
    expect(stdout.join('\n')).toContain('Bemærk: Ingen rækker i inddata er afvist; kørslen har gjort 1 antagelse (warnings.csv).');
  });

  it.each([
    ['citizens.csv', 'citizens.csv har ingen godkendte borgere (0 rækker læst, 0 afvist)'],
    ['councils.csv', 'councils.csv: Hovedstaden mangler; regnet med 0 eksisterende kapaciteter'],
    ['life_expectancy.csv', 'life_expectancy.csv: '],
  ])('a header-only %s stops the run with what is missing (exit code 3)', async (file, reason) => {
    quiet();
    const empty = await tempDir();
    await cp(input, empty, { recursive: true });
    await writeFile(join(empty, file), `${(await readFile(join(empty, file), 'utf8')).split('\n')[0]}\n`);
    expect(await run(['--input', empty, '--out', await tempDir(), '--as-of', '2025-07-03'])).toBe(3);
    expect(stderr.join('\n')).toContain(reason);
  });

  it('exits 1 with a Danish message when a required input file is missing', async () => {
    quiet();
    const broken = await tempDir();
    await cp(input, broken, { recursive: true });
    await rm(join(broken, 'projection.csv'));
    expect(await run(['--input', broken, '--out', await tempDir(), '--as-of', '2025-07-03'])).toBe(1);
    expect(stderr.join('\n')).toMatch(/projection\.csv.*mangler/);
  });

  it('exits 1 when the rule sets have problems', async () => {
    quiet();
    const rules = await tempDir();
    await cp(defaultRulesDir, rules, { recursive: true });
    await writeFile(join(rules, 'bek-975-2025', 'capacity', '2025.1.json'), '{ "id": "capacity", ');
    expect(await run(['--rules', rules, '--input', input, '--out', await tempDir(), '--as-of', '2025-07-03'])).toBe(1);
    expect(stderr.join('\n')).toContain('Regelsættene har');
  });

  it('--versions runs with a draft, and every result says so: terminal, run.json, report', async () => {
    quiet();
    const stdout: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void stdout.push(args.join(' ')));
    const out = await tempDir();
    expect(await run(['--input', input, '--out', out, '--as-of', '2025-07-03', '--versions', 'capacity@2026.1-udkast'])).toBe(0);
    const notice = 'UDKAST — ikke gældende regler: capacity@2026.1-udkast';
    expect(stdout.join('\n').split('\n')[0]).toBe(notice);
    expect(stderr.join('\n')).toContain(`${notice}. Resultaterne er en afprøvning, ikke de gældende tal.`);
    expect(JSON.parse(await readFile(join(out, 'run.json'), 'utf8')).ruleSets.find((r: { id: string }) => r.id === 'capacity')).toMatchObject({ version: '2026.1-udkast', draft: true });
    const report = await readFile(join(out, 'report.html'), 'utf8');
    expect(report).toContain(`<div class="banner">${notice} — beregnet efter et forslag, ikke efter de regler, der gælder</div>`);
    expect(report).toContain('<title>UDKAST — Fordelingsmodellen');
    expect(await run(['--input', input, '--out', out, '--versions', 'capacity'])).toBe(2);
  });

  it('exits 1 for an unknown version to compare with, and 2 for a usage error', async () => {
    quiet();
    expect(await run(['--input', input, '--out', await tempDir(), '--compare-rules', 'capacity@1999.1'])).toBe(1);
    expect(stderr.join('\n')).toContain('1999.1');
    expect(await run(['--input', input])).toBe(2);
    expect(await run(['--input', input, '--out', await tempDir(), '--as-of', '2025-02-30'])).toBe(1);
  });
});
