// `fordeling rules export` and `fordeling rules import` (issue 13): a version published through the
// API is written with the rules folder and the lock as a rules folder the CLI loads with the same
// hashes, and loaded into another store from there — exported again, the same bytes and hashes.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pino } from 'pino';
import { createRegistry, defaultRulesDir, loadRules, standardKinds } from '@fordeling/engine';
import { openStore } from '@fordeling/store';
import { backends, type TestTarget } from '@fordeling/store/testing';
import { composeApi } from '@fordeling/api-app';
import { TODAY } from '@fordeling/api-app/testing';
import { run } from './rules.js';

const registry = createRegistry(standardKinds);

async function rules(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { registry, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe.each(backends)('fordeling rules export / import ($name)', (backend) => {
  const targets: TestTarget[] = [];
  let work: string;
  /** Points the CLI at one target's database, as `fordeling serve` would be. */
  const useTarget = (target: TestTarget) => {
    vi.stubEnv('DATABASE_URL', target.options.databaseUrl ?? '');
    return target.options.dataDir ? ['--data-dir', target.options.dataDir] : [];
  };

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'fordeling-export-'));
    targets.push(await backend.create(), await backend.create());
    // A version published the way the ministry publishes: drafted by one user, approved by another.
    const api = await composeApi({ ...targets[0].options, logger: pino({ level: 'silent' }), clock: () => TODAY, rateLimit: false, tokenCacheMs: 0 });
    try {
      const a = (await api.store.createToken({ role: 'ministry', label: 'Jurist A' })).token;
      const b = (await api.store.createToken({ role: 'ministry', label: 'Jurist B' })).token;
      const created = await request(api.app).post('/v1/rulesets/capacity/drafts').set('Authorization', `Bearer ${a}`).send({ validFrom: '2027-01-01' }).expect(201);
      const doc = created.body.document;
      doc.content.targetWeightedCitizensPerCapacity.value = 1550;
      await request(api.app).put('/v1/rulesets/capacity/drafts/2027.1').set('Authorization', `Bearer ${a}`).set('Content-Type', 'application/json').send(JSON.stringify(doc, null, 2)).expect(200);
      await request(api.app).post('/v1/rulesets/capacity/drafts/2027.1/submit').set('Authorization', `Bearer ${a}`).send({}).expect(200);
      await request(api.app).post('/v1/rulesets/capacity/drafts/2027.1/approve').set('Authorization', `Bearer ${b}`).send({ reason: 'Måltallet sænkes' }).expect(200);
    } finally {
      await api.close();
    }
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    for (const target of targets) await target.dispose();
    await rm(work, { recursive: true, force: true });
  });

  it('export writes the folder and the store as one rules folder with the same hashes; import loads it into another store; export again gives the same bytes', async () => {
    const first = path.join(work, 'first');
    const exported = await rules('export', '--out', first, ...useTarget(targets[0]));
    expect(exported.err).toEqual([]);
    expect(exported.code).toBe(0);
    const store = await openStore(targets[0].options);
    const published = (await store.getRuleVersion('capacity', '2027.1'))!;
    await store.close();
    expect(exported.out).toContainEqual(`  capacity@2027.1  ${published.hash}`);

    // The CLI loads the export without problems, the version in force from its first day, hash for hash.
    const folder = await loadRules(first, registry);
    const shipped = await loadRules(defaultRulesDir, registry);
    expect(folder.problems).toEqual([]);
    expect(folder.get('capacity', '2027.1')?.hash).toBe(published.hash);
    expect(folder.bookAt('2027-01-01').refs().find((r) => r.id === 'capacity')).toEqual({ id: 'capacity', version: '2027.1', hash: published.hash });
    for (const r of shipped.ruleSets) expect(folder.get(r.ref.id, r.ref.version)?.hash).toBe(r.hash);
    expect(folder.lockEntries['capacity@2027.1']).toEqual({ hash: published.hash, publishedBy: 'Jurist B', publishedAt: published.publishedAt, reason: 'Måltallet sænkes' });
    expect(await readFile(path.join(first, 'bek-975-2025/capacity/2027.1.json'), 'utf8')).toBe(published.text);

    // Into a fresh store, then out again.
    const imported = await rules('import', first, ...useTarget(targets[1]));
    expect(imported).toMatchObject({ code: 0, out: [`Indlæst: capacity@2027.1  ${published.hash}`, expect.stringMatching(/^1 version indlæst i databasen; \d+ versioner fandtes allerede/)] });
    expect(imported.err).toEqual([]);
    const second = path.join(work, 'second');
    expect((await rules('export', '--out', second, ...useTarget(targets[1]))).code).toBe(0);
    for (const file of ['bek-975-2025/capacity/2027.1.json', 'rules.lock.json']) {
      expect(await readFile(path.join(second, file), 'utf8')).toBe(await readFile(path.join(first, file), 'utf8'));
    }
    // Archived in the rules folder itself (the git workflow): the folder then holds the version too,
    // and the server's library — the folder and the store — still loads without problems.
    const archive = path.join(work, 'archive');
    await cp(defaultRulesDir, archive, { recursive: true });
    expect((await rules('export', '--out', archive, '--dir', archive, ...useTarget(targets[0]))).code).toBe(0);
    expect((await loadRules(archive, registry)).get('capacity', '2027.1')?.hash).toBe(published.hash);
    const again0 = await rules('export', '--out', path.join(work, 'third'), '--dir', archive, ...useTarget(targets[0]));
    expect(again0.code).toBe(0);
    // Importing again changes nothing.
    const again = await rules('import', first, ...useTarget(targets[1]));
    expect(again.out.at(-1)).toMatch(/^0 versioner indlæst i databasen/);
  });

  it('refuses an export into a folder that holds other things, and an import whose version differs from the one published', async () => {
    expect((await rules('export', '--out', path.dirname(defaultRulesDir), ...useTarget(targets[0]))).code).toBe(2);
    const first = path.join(work, 'first');
    const file = path.join(first, 'bek-975-2025/capacity/2027.1.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('1550', '1500'));
    const res = await rules('import', first, ...useTarget(targets[1]));
    expect(res.code).toBe(1);
    expect(res.err.join('\n')).toContain('capacity/2027.1.json');
  });
});
