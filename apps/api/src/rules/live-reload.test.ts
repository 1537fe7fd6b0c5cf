// Live reload (issue 13): a published version reaches every replica without a restart (PostgreSQL:
// two app instances on one database, LISTEN/NOTIFY), a library that fails to load never replaces the
// last good one (/health degraded, with the problems), and a server started on a broken rules folder
// answers /health 503 and every rule-dependent route 503 with a Danish problem.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { defaultRulesDir } from '@fordeling/engine';
import { operations } from '../openapi/document.js';
import { backends } from '../testing/test-app.js';
import { capacityRequest } from '../testing/run-fixture.js';
import { useLiveTestApi } from '../testing/live-test-app.js';

type Doc = { content: Record<string, { value: unknown }> };

/** Publishes capacity@2027.1 (target 1.550 from 1 January 2026) through `app`: A drafts, B approves. */
async function publishTarget(app: Parameters<typeof request>[0], auth: (name: 'juristA' | 'juristB') => Record<string, string>, target = 1550) {
  const created = await request(app).post('/v1/rulesets/capacity/drafts').set(auth('juristA')).send({ validFrom: '2027-01-01' }).expect(201);
  const doc = created.body.document as Doc;
  doc.content.targetWeightedCitizensPerCapacity.value = target;
  const version = created.body.ref.version as string;
  await request(app).put(`/v1/rulesets/capacity/drafts/${version}`).set(auth('juristA')).set('Content-Type', 'application/json').send(JSON.stringify(doc)).expect(200);
  await request(app).post(`/v1/rulesets/capacity/drafts/${version}/submit`).set(auth('juristA')).send({}).expect(200);
  const approved = await request(app).post(`/v1/rulesets/capacity/drafts/${version}/approve`).set(auth('juristB')).send({ reason: 'Nyt måltal' }).expect(200);
  return { version, hash: approved.body.ref.hash as string };
}

const postgres = backends.find((b) => b.name === 'postgres');

describe.runIf(postgres)('two replicas on one PostgreSQL', () => {
  const api = useLiveTestApi(postgres!, { replicas: 2 });

  it('one publishes; the other answers with the new version from its validFrom, without a restart', async () => {
    const [one, other] = api.replicas.map((r) => r.app);
    const capacityOn = async (asOf: string) => (await request(other).get(`/v1/rulesets?asOf=${asOf}`).set(api.auth('reader')).expect(200)).body.inForce.find((r: { id: string }) => r.id === 'capacity');
    expect(await capacityOn('2027-01-01')).toMatchObject({ version: '2026.2' });

    const { version, hash } = await publishTarget(one, api.auth);
    await vi.waitFor(async () => expect(await capacityOn('2027-01-01')).toEqual({ id: 'capacity', version, hash }), { timeout: 10_000, interval: 100 });
    expect(await capacityOn('2026-12-31')).toMatchObject({ version: '2026.2' });

    // A decision on the other replica from the new version's first day names it; the day before, the old one.
    const decide = async (date: string) =>
      (await request(other).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(capacityRequest({ date })).expect(201)).body.ruleSets.find((r: { id: string }) => r.id === 'capacity');
    expect(await decide('2027-01-02')).toEqual({ id: 'capacity', version, hash });
    expect(await decide('2026-12-13')).toMatchObject({ version: '2025.1' });
    expect(api.replicas[1].rules.status()).toMatchObject({ status: 'ok', problems: [] });
  });
});

describe.each(backends)('a library that fails to load ($name)', (backend) => {
  const api = useLiveTestApi(backend);

  it('never replaces the last good library; /health says degraded with the problems', async () => {
    const [replica] = api.replicas;
    await request(replica.app).get('/health').expect(200, /"status":"ok"/);
    // A version published elsewhere (imported) that starts the same day as the one in force: the
    // library with it has a problem, so the server keeps serving the library it had.
    const shipped = (await request(replica.app).get('/v1/rulesets/capacity/versions/2025.1').set(api.auth('reader')).expect(200)).body.document;
    const clash = `${JSON.stringify({ ...shipped, version: '2025.9' }, null, 2)}\n`;
    await replica.store.importRuleVersion({
      ruleSetId: 'capacity',
      version: '2025.9',
      path: 'bek-975-2025/capacity/2025.9.json',
      text: clash,
      findings: { kind: 'capacity', validFrom: shipped.validFrom, amends: null, hash: null, problems: [], warnings: [] },
      lock: { hash: `sha256:${'0'.repeat(64)}`, publishedBy: 'Et andet system', publishedAt: '2026-01-05T10:00:00.000Z', reason: 'Test' },
      libraryRevision: 0,
      actor: { id: 'system', role: 'ministry' },
    });
    await vi.waitFor(async () => expect((await request(replica.app).get('/health').expect(200)).body.status).toBe('degraded'), { timeout: 10_000, interval: 100 });
    const health = (await request(replica.app).get('/health').expect(200)).body;
    expect(health).toMatchObject({ status: 'degraded', message: expect.stringContaining('bruger fortsat de senest gyldige regelsæt') });
    expect(health.problems.map((p: { file: string }) => p.file)).toContain('databasen/bek-975-2025/capacity/2025.9.json');
    // Still answering with the last good library.
    const listed = await request(replica.app).get('/v1/rulesets').set(api.auth('reader')).expect(200);
    expect(listed.body.ruleSets.map((r: { version: string }) => r.version)).not.toContain('2025.9');
    await request(replica.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(capacityRequest()).expect(201);
  });
});

describe.each(backends)('a server started on a broken rules folder ($name)', (backend) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fordeling-broken-rules-'));
  cpSync(defaultRulesDir, dir, { recursive: true });
  writeFileSync(path.join(dir, 'bek-975-2025/capacity/2025.1.json'), '{ "id": "capacity", ');
  const api = useLiveTestApi(backend, { rulesDir: dir });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers /health 503 with the problems', async () => {
    const res = await request(api.replicas[0].app).get('/health').expect(503);
    expect(res.body).toMatchObject({ status: 'unavailable', message: expect.stringContaining('svarer 503') });
    expect(res.body.problems[0]).toMatchObject({ file: expect.stringContaining('capacity/2025.1.json'), line: 1 });
  });

  it('answers every rule-dependent route 503 with a Danish problem, never a 500', async () => {
    // Tokens do not build on the rules: a leaked token must be revocable while the rules are broken (below).
    const routes = operations.filter((op) => op.path.startsWith('/v1/') && !op.path.startsWith('/v1/tokens'));
    expect(routes.length).toBeGreaterThan(20);
    for (const op of routes) {
      const url = op.path.replace('{id}', 'capacity').replace('{version}', '2025.1').replace('{providerNumber}', '081100');
      const res = await request(api.replicas[0].app)[op.method](url).set(api.auth('juristA')).send(op.method === 'get' ? undefined : {});
      expect([op.method, op.path, res.status]).toEqual([op.method, op.path, 503]);
      expect(res.body).toMatchObject({ type: expect.stringContaining('rules-unavailable'), title: 'Regelsættene kan ikke bruges', detail: expect.stringContaining('Første fejl:') });
    }
  });

  it('still lists and revokes tokens, and mints all but region tokens (which need the geography: 503)', async () => {
    const app = api.replicas[0].app;
    const listed = await request(app).get('/v1/tokens').set(api.auth('juristA')).expect(200);
    const reader = listed.body.tokens.find((t: { label: string }) => t.label === 'Dashboard');
    await request(app).post(`/v1/tokens/${reader.id}/revoke`).set(api.auth('juristA')).expect(200);
    await request(app).post('/v1/tokens').set(api.auth('juristA')).send({ role: 'reader', label: 'Ny læser' }).expect(201);
    const region = await request(app).post('/v1/tokens').set(api.auth('juristA')).send({ role: 'region', region: 'Nordjylland', label: 'x' }).expect(503);
    expect(region.body.type).toContain('rules-unavailable');
  });
});
