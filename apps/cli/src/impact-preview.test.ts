// The impact preview's numbers equal `fordeling run --compare-rules` on the same inputs (issue 13):
// a run registered with the server, its input folder as the reference population, and a draft of
// each kind the model reaches — capacity (the target), weights (a base weight and the correction
// share) and geography (a municipality moved to another council, as an amendment) — previewed through
// HTTP on PGlite and PostgreSQL, then run by the CLI with the same draft in a copy of the rules folder.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pino } from 'pino';
import { defaultRulesDir } from '@fordeling/engine';
import { generateSyntheticDenmark } from '@fordeling/synth';
import { backends, type TestTarget } from '@fordeling/store/testing';
import { composeApi, type ComposedApi } from '@fordeling/api-app';
import { TODAY } from '@fordeling/api-app/testing';
import { runNationalModel } from './commands/run.js';

const reference = { instrument: 'Udkast til ændring af BEK nr. 975 af 2025', illustrative: true };

/** Each draft: how it is made through the API (a scaffold, then the document edited). */
const drafts: Array<{ id: string; validFrom: string; amendment?: boolean; edit: (doc: Record<string, any>) => void }> = [
  { id: 'capacity', validFrom: '2026-01-01', edit: (doc) => (doc.content.targetWeightedCitizensPerCapacity.value = 1550) },
  {
    id: 'weights',
    validFrom: '2026-01-01',
    edit: (doc) => {
      doc.content.baseWeights.find((r: { sex: string; ageBand: string }) => r.sex === 'K' && r.ageBand === '15-24').value += 0.2;
      doc.content.lifeExpectancyCorrection[0].share.value = 0.1;
    },
  },
  {
    id: 'geography',
    validFrom: '2026-03-01',
    amendment: true,
    edit: (doc) => (doc.changes = [{ op: 'replace', path: '/content/municipalities/[code=860]/council', value: 'Limfjorden', reference }]),
  },
];

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fordeling-impact-'));
  await generateSyntheticDenmark({ outDir: path.join(work, 'input'), seed: 5, scale: 0.002 });
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    expect(await runNationalModel({ input: path.join(work, 'input'), out: path.join(work, 'run'), asOf: '2025-07-03' })).toBe(0);
  } finally {
    vi.restoreAllMocks();
  }
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe.each(backends)('the impact preview against run --compare-rules ($name)', (backend) => {
  let target: TestTarget;
  let api: ComposedApi;
  let auth: Record<'a' | 'region' | 'reader', { Authorization: string }>;
  let runId: string;

  beforeAll(async () => {
    target = await backend.create();
    api = await composeApi({ ...target.options, logger: pino({ level: 'silent' }), clock: () => TODAY, rateLimit: false, tokenCacheMs: 0, runsRoot: work });
    const token = async (role: 'ministry' | 'region' | 'reader', label: string) => ({ Authorization: `Bearer ${(await api.store.createToken({ role, label, region: role === 'region' ? 'Nordjylland' : undefined })).token}` });
    auth = { a: await token('ministry', 'Jurist A'), region: await token('region', 'RN'), reader: await token('reader', 'Dashboard') };
    runId = (await request(api.app).post('/v1/runs').set(auth.a).send({ path: 'run' }).expect(201)).body.id;
  });
  afterAll(async () => {
    await api?.close();
    await target?.dispose();
  });

  it('registers the run’s input folder as the reference population, checked against the run’s hashes', async () => {
    await request(api.app).post('/v1/rulesets/capacity/drafts/2026.1-udkast/impact').set(auth.a).send({}).expect(422, /referencebefolkning/);
    await request(api.app).put(`/v1/runs/${runId}/inputs`).set(auth.region).send({ path: 'input' }).expect(403);
    await request(api.app).put(`/v1/runs/${runId}/inputs`).set(auth.a).send({ path: '../..' }).expect(422);
    const registered = await request(api.app).put(`/v1/runs/${runId}/inputs`).set(auth.a).send({ path: 'input' }).expect(200);
    expect(registered.body).toMatchObject({ runId, path: 'input', citizens: expect.any(Number) });
    expect(registered.body.files.map((f: { file: string }) => f.file)).toEqual(['citizens.csv', 'clinics.csv', 'councils.csv', 'life_expectancy.csv', 'projection.csv']);
    await request(api.app).get(`/v1/runs/${runId}/inputs`).set(auth.reader).expect(200);
  });

  it.each(drafts)('$id: the same councils, ceilings, counts and sentences as the CLI', async ({ id, validFrom, amendment, edit }) => {
    const created = await request(api.app).post(`/v1/rulesets/${id}/drafts`).set(auth.a).send({ validFrom, amendment }).expect(201);
    const version = created.body.ref.version as string;
    const doc = structuredClone(created.body.document);
    edit(doc);
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    const saved = await request(api.app).put(`/v1/rulesets/${id}/drafts/${version}`).set(auth.a).set('Content-Type', 'application/json').send(text).expect(200);
    expect(saved.body.state.problems).toEqual([]);

    const res = await request(api.app).post(`/v1/rulesets/${id}/drafts/${version}/impact`).set(auth.a).send({ runId }).expect(200);
    expect(res.headers['server-timing']).toMatch(/^impact;dur=\d+(\.\d+)?$/);
    const impact = res.body;
    expect(impact).toMatchObject({ draft: { id, version, draft: true }, asOf: validFrom, model: true, population: { runId, path: 'input' }, notice: `UDKAST — ikke gældende regler: ${id}@${version}` });

    // The CLI on the same inputs, with the same draft in a copy of the rules folder.
    const rulesDir = path.join(work, `rules-${backend.name}-${id}`);
    await cp(defaultRulesDir, rulesDir, { recursive: true });
    await writeFile(path.join(rulesDir, 'bek-975-2025', id, `${version}.json`), text);
    const out = path.join(work, `compare-${backend.name}-${id}`);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await runNationalModel({ input: path.join(work, 'input'), out, asOf: validFrom, compareRules: `${id}@${version}`, rulesDir })).toBe(0);
    } finally {
      vi.restoreAllMocks();
    }
    const cli = JSON.parse(await readFile(path.join(out, 'run.json'), 'utf8')).compare;

    const round = (x: number) => Number(x.toFixed(6));
    const fromApi = impact.councils.map((c: any) => ({
      council: c.council,
      region: c.region,
      years: c.years.map((y: any) => ({
        year: y.year,
        ceiling: { base: round(y.before.ceiling), alternative: round(y.after.ceiling), difference: round(y.ceilingDifference) },
        freeCapacities: { base: round(y.before.freeCapacities), alternative: round(y.after.freeCapacities), difference: round(y.freeCapacitiesDifference) },
      })),
    }));
    const byName = (a: { council: string }, b: { council: string }) => a.council.localeCompare(b.council, 'da');
    expect(fromApi.sort(byName)).toEqual([...cli.councils].sort(byName));
    expect(Object.fromEntries(impact.country.years.map((y: any) => [String(y.year), round(y.ceilingDifference)]))).toEqual(cli.ceilingDifference);
    expect({ higher: impact.clinics.higher, lower: impact.clinics.lower }).toEqual({ higher: cli.clinicsWithHigherMinimum, lower: cli.clinicsWithLowerMinimum });
    expect({ base: round(impact.country.shareInBand.before), alternative: round(impact.country.shareInBand.after) }).toEqual(cli.shareInBand);
    expect(impact.ruleSets.after).toEqual(cli.alternative.ruleSets);
    expect(impact.ruleSets.before).toEqual(cli.base.ruleSets);
    expect(impact.changes.map((c: { sentence: string }) => c.sentence)).toEqual(cli.ruleSetChanges.find((c: { id: string }) => c.id === id).changes.map((c: { sentence: string }) => c.sentence));
    // Something moved, and the regions add up to the country.
    expect(impact.clinics.higher + impact.clinics.lower + impact.councils.flatMap((c: any) => c.years).filter((y: any) => y.ceilingDifference !== 0).length).toBeGreaterThan(0);
    for (const year of impact.country.years) {
      expect(impact.regions.reduce((sum: number, r: any) => sum + r.years.find((y: any) => y.year === year.year).ceilingDifference, 0)).toBeCloseTo(year.ceilingDifference, 9);
    }
    expect(impact.clinics.distribution.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(impact.clinics.higher + impact.clinics.lower);
  });

  it('a region may preview, a reader may not; a draft outside the model says so', async () => {
    await request(api.app).post('/v1/rulesets/capacity/drafts/2026.2/impact').set(auth.region).send({}).expect(200);
    await request(api.app).post('/v1/rulesets/capacity/drafts/2026.2/impact').set(auth.reader).send({}).expect(403);
    const decisions = await request(api.app).post('/v1/rulesets/decisions/drafts/2026.1-udkast/impact').set(auth.a).send({}).expect(200);
    expect(decisions.body).toMatchObject({ model: false, note: expect.stringContaining('indgår ikke i den nationale model') });
    expect(decisions.body.changes.map((c: { sentence: string }) => c.sentence).join(' ')).toContain('1. januar 2028');
  });
});
