import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRunFolder, type ClinicResult } from '@fordeling/model';
import type { LetterContext } from '../data/build-common.js';
import { buildVejledende } from '../data/build-minimum-letters.js';
import { LetterRenderer } from '../render/letter-renderer.js';
import { fixtureContext } from '../testing/fixture-context.js';
import { writeFixtureRun } from '../testing/fixture-run.js';
import { loadTemplateSet, type TemplateSet } from '../templates/template-set.js';
import { generateLetters, type LetterJob } from './generate-letters.js';
import { readIndex, type IndexEntry } from './letter-index.js';

let context: LetterContext;
let clinics: ClinicResult[];
let templates: TemplateSet;

beforeAll(async () => {
  context = await fixtureContext();
  clinics = (await readRunFolder(await writeFixtureRun(), { councils: false })).clinics;
  templates = await loadTemplateSet();
});

const jobsFor = (list: ClinicResult[]): LetterJob[] =>
  list.map((clinic) => ({
    kind: 'vejledende', providerNumber: clinic.providerNumber, clinic: clinic.name, region: clinic.region,
    build: () => buildVejledende(context, clinic),
  }));

const generate = (outDir: string, list: ClinicResult[], templateHash = templates.hash) =>
  generateLetters(jobsFor(list), { outDir, formats: ['html'], renderer: new LetterRenderer(templates), templateHash });

describe('letter batches', () => {
  it('writes every letter once with an index, skips them all on a re-run, re-renders only changed data', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-'));
    expect(await generate(out, clinics)).toMatchObject({ total: 5, written: 5, skipped: 0, failures: [] });
    const index = await readIndex(out);
    expect(index.entries.map((e) => e.providerNumber)).toEqual(['100001', '100002', '100003', '100004', '100005']);
    expect(index.entries[0].files).toEqual([{ format: 'html', file: '100001-vejledende.html', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    const csv = (await readFile(path.join(out, 'index.csv'), 'utf8')).trim().split('\n');
    expect(csv[0]).toBe('kind,id,provider_number,clinic,region,format,file,sha256');
    expect(csv).toHaveLength(6);

    expect(await generate(out, clinics)).toMatchObject({ written: 0, skipped: 5 });

    const changed = clinics.map((c) => (c.providerNumber === '100003' ? { ...c, listedPatients: 2001 } : c));
    expect(await generate(out, changed)).toMatchObject({ written: 1, skipped: 4 });
    const files = (await readdir(out)).filter((f) => f.endsWith('.html'));
    expect(files).toHaveLength(5); // the changed letter replaced its file; no duplicates
    expect((await readIndex(out)).entries).toHaveLength(5);
  });

  it('re-renders a letter whose file was altered or whose template changed', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-'));
    await generate(out, clinics);
    await writeFile(path.join(out, '100002-vejledende.html'), 'ødelagt');
    expect(await generate(out, clinics)).toMatchObject({ written: 1, skipped: 4 });
    expect(await generate(out, clinics, 'sha256:other-templates')).toMatchObject({ written: 5, skipped: 0 });
  });

  it('reports a failing letter in Danish with the clinic and goes on with the others', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-'));
    const broken = clinics.map((c) => (c.providerNumber === '100004' ? { ...c, region: 'Grønland' } : c));
    const report = await generate(out, broken);
    expect(report).toMatchObject({ written: 4, skipped: 0 });
    expect(report.failures).toEqual([
      { kind: 'vejledende', providerNumber: '100004', clinic: 'Rudkøbing Lægepraksis', message: 'regionen »Grønland« står ikke i templates/regions.json' },
    ]);
    expect((await readIndex(out)).failures).toEqual(report.failures);
    expect((await readdir(out)).filter((f) => f.endsWith('.html'))).toHaveLength(4);
  });

  it('validates each letter\'s data before rendering: a missing field fails that clinic only, naming the field', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-'));
    const jobs = jobsFor(clinics).map((job) =>
      job.providerNumber !== '100005' ? job : {
        ...job,
        build: () => {
          const built = buildVejledende(context, clinics[4]);
          const { meanWeight: _missing, ...clinic } = built.data.clinic;
          return { ...built, data: { ...built.data, clinic } as unknown as typeof built.data };
        },
      },
    );
    const report = await generateLetters(jobs, { outDir: out, formats: ['html'], renderer: new LetterRenderer(templates), templateHash: templates.hash });
    expect(report.written).toBe(4);
    expect(report.failures).toEqual([{ kind: 'vejledende', providerNumber: '100005', clinic: 'Lægerne i Viborg', message: 'feltet »clinic.meanWeight« mangler' }]);
  });

  it('hands every written or unchanged letter to afterLetter; a rejection fails that letter, and the next run hands it over again', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-'));
    const seen: string[] = [];
    const afterLetter = async (entry: IndexEntry) => {
      if (entry.providerNumber === '100002' && !seen.includes('100002')) {
        seen.push('100002');
        throw new Error('databasen svarer ikke');
      }
      seen.push(entry.providerNumber);
    };
    const options = { outDir: out, formats: ['html' as const], renderer: new LetterRenderer(templates), templateHash: templates.hash, afterLetter };
    const first = await generateLetters(jobsFor(clinics), options);
    expect(first.written).toBe(4);
    expect(first.failures).toEqual([
      { kind: 'vejledende', providerNumber: '100002', clinic: 'Lægehuset Østerbro', message: 'brevet er dannet, men kunne ikke registreres: databasen svarer ikke' },
    ]);
    expect((await readIndex(out)).entries).toHaveLength(5); // the letter itself was written
    expect(await generateLetters(jobsFor(clinics), options)).toMatchObject({ written: 0, skipped: 5, failures: [] });
    expect(seen.filter((p) => p === '100002')).toHaveLength(2);
    expect(seen).toHaveLength(10);
  });
});
