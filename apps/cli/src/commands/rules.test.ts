import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createRegistry } from '@fordeling/engine';
import { normKind } from '@fordeling/engine/testing';
import { run } from './rules.js';

const fixture = fileURLToPath(new URL('../../../../libs/engine/src/testing/norm-library', import.meta.url));
const registry = createRegistry([normKind]);
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function rules(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { registry, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

async function copyOfFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fordeling-cli-'));
  dirs.push(dir);
  await cp(fixture, dir, { recursive: true });
  return dir;
}

describe('fordeling rules', () => {
  it('validate: exit 0 with a Danish OK line and counts', async () => {
    expect(await rules('validate', fixture)).toEqual({ code: 0, out: ['OK: 1 regelsæt, 3 versioner (2 offentliggjorte, 1 udkast) uden fejl.'], err: [] });
  });

  it('validate: exit 1 and one line per problem', async () => {
    const dir = await copyOfFixture();
    const file = path.join(dir, 'bek-test/norm/2026.1.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"value": 1500', '"value": "1.500"'));
    const { code, err } = await rules('validate', dir);
    expect(code).toBe(1);
    expect(err).toEqual([
      `${file}:11:26 /content/target/value Skal være et tal, men er tekst (»1.500«).`,
      '1 fejl fundet. Gyldige: 1 regelsæt, 2 versioner (1 offentliggjort, 1 udkast).',
    ]);
  });

  it('list --as-of shows the version in force; --json gives full hashes', async () => {
    const { code, out } = await rules('list', fixture, '--as-of', '2025-12-31');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^Id\s+Type\s+Version\s+Gælder\s+Status\s+Skrevet som\s+Hash$/);
    expect(out.slice(1)).toHaveLength(1);
    expect(out[1]).toMatch(/^norm\s+norm\s+2025\.1\s+1\. januar 2025–31\. december 2025\s+offentliggjort\s+hel version\s+sha256:9664efe59748…$/);
    const json = JSON.parse((await rules('list', fixture, '--json')).out.join('\n'));
    expect(json.map((r: { version: string; status: string }) => `${r.version} ${r.status}`)).toEqual(['2025.1 published', '2026.1 published', '2026.2-udkast draft']);
    expect(json.map((r: { inForce: unknown }) => r.inForce)).toEqual([{ from: '2025-01-01', to: '2025-12-31', succeededBy: null }, { from: '2026-01-01', to: null, succeededBy: null }, null]);
    expect(json[0].hash).toBe('sha256:9664efe59748fb8e41a0314972d601d5872755a66589e748f17a068863110607');
  });

  it('diff prints one Danish sentence per change', async () => {
    const { code, out } = await rules('diff', 'norm@2025.1', 'norm@2026.1', '--dir', fixture);
    expect(code).toBe(0);
    expect(out).toContain('Målet for sygdomsvægtede borgere pr. kapacitet ændres fra 1.600 til 1.500 (BEK nr. 975 af 2025, § 4).');
    expect(out).toHaveLength(8);
    expect(await rules('diff', 'norm@2025.1', 'norm@2030.1', '--dir', fixture)).toMatchObject({ code: 1, err: ['Versionen »norm@2030.1« findes ikke eller er ugyldig (kør »fordeling rules validate«).'] });
    expect((await rules('diff', 'norm@2025.1')).code).toBe(2);
  });

  it('test prints the summary and exits 1 on a failing case', async () => {
    expect(await rules('test', fixture)).toMatchObject({ code: 0, out: expect.arrayContaining(['4 passed, 0 failed']) });
    const dir = await copyOfFixture();
    const file = path.join(dir, 'bek-test/norm/tests/minimum.test.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('minimum: 1200', 'minimum: 1201'));
    const { code, out, err } = await rules('test', dir);
    expect(code).toBe(1);
    expect(out.at(-1)).toBe('3 passed, 1 failed');
    expect(err).toEqual([`FEJL ${file}:8 Tung klinik i 2026 (vægt 1,25) skal have 1.200\n     /minimum: forventede 1.201, fik 1.200`]);
  });

  it('lock records a version published by hand, with who and why; the successor ends the open-ended 2026.1', async () => {
    const dir = await copyOfFixture();
    const draft = path.join(dir, 'bek-test/norm/2026.2-udkast.json');
    const text = (await readFile(draft, 'utf8')).replace('"2026.2-udkast"', '"2027.1"').replace('"draft"', '"published"').replace('"2026-01-01"', '"2027-01-01"');
    await writeFile(path.join(dir, 'bek-test/norm/2027.1.json'), text);
    expect((await rules('validate', dir)).err[0]).toContain('er offentliggjort, men ikke låst');
    expect((await rules('lock', dir)).code).toBe(2);
    expect(await rules('lock', dir, '--by', 'Jurist A', '--reason', 'Ny version')).toMatchObject({ code: 0, out: ['Låst: norm@2027.1', expect.stringContaining('1 version låst i')] });
    // 2026.1 has no end date: 2027.1 takes over from its first day, no overlap and no edit of 2026.1.
    expect((await rules('validate', dir)).code).toBe(0);
    const listed = (await rules('list', dir)).out.join('\n');
    expect(listed).toMatch(/2026\.1\s+1\. januar 2026–31\. december 2026 \(afløst af 2027\.1\)/);
    expect((await rules('log', dir)).out.at(-1)).toMatch(/^norm@2027\.1  \d+\. \w+ \d{4} kl\. \d\d:\d\d UTC  Jurist A: Ny version  sha256:/);
  });

  it('unknown subcommand exits 2', async () => {
    expect((await rules('frobnicate')).code).toBe(2);
  });
});
