import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateAgainst } from '@fordeling/engine';
import { decisionListSchema, storedDecisionSchema } from '../schemas/decisions.js';
import { backends, useTestApi, type TokenName } from '../testing/test-app.js';
import { capacityRequest } from '../testing/run-fixture.js';

interface Summary {
  id: string;
  council: string;
  region: string;
  createdAt: string;
  trace?: unknown;
}

describe.each(backends)('GET /v1/decisions and /v1/decisions/{id} ($name)', (backend) => {
  const api = useTestApi(backend);
  /** Decisions posted in this order, one at a time: Vendsyssel, Limfjorden, Vendsyssel (Nordjylland), Aarhus (Midtjylland). */
  const posted: Array<{ id: string; location: string; body: Record<string, unknown> }> = [];
  const aarhus = capacityRequest({ council: 'Aarhus', clinic: { providerNumber: '071100' } });

  beforeAll(async () => {
    const requests: Array<[TokenName, object]> = [
      ['regionNord', capacityRequest()],
      ['regionNord', capacityRequest({ council: 'Limfjorden', clinic: { providerNumber: '081200' } })],
      ['regionNord', capacityRequest({ clinic: { providerNumber: '081300' } })],
      ['regionMidt', aarhus],
    ];
    for (const [token, body] of requests) {
      const res = await request(api.app).post('/v1/decisions/capacity').set(api.auth(token)).send(body).expect(201);
      posted.push({ id: res.body.id, location: res.headers.location, body: res.body });
    }
  });

  const list = async (token: TokenName, query = '') => (await request(api.app).get(`/v1/decisions${query}`).set(api.auth(token)).expect(200)).body.decisions as Summary[];

  it('following the Location of a POST gives the same decision, with the stored metadata', async () => {
    const [first] = posted;
    expect(first.location).toBe(`/v1/decisions/${first.id}`);
    const res = await request(api.app).get(first.location).set(api.auth('regionNord')).expect(200);
    for (const key of ['id', 'outcome', 'basis', 'validUntil', 'decidingRule', 'explanation', 'trace', 'asOf', 'ruleSets']) {
      expect(res.body[key], key).toEqual(first.body[key]);
    }
    expect(res.body).toMatchObject({ outcome: 'granted', basis: 'within-ceiling', region: 'Nordjylland', council: 'Vendsyssel', request: capacityRequest() });
    expect(res.body.actorId).toMatch(/^token:/);
    expect(Date.parse(res.body.createdAt)).not.toBeNaN();
    expect(res.body.trace.length).toBeGreaterThan(0);
    expect(validateAgainst(storedDecisionSchema, res.body)).toEqual([]);
    // The header names the rule sets the decision was made with, with their hashes.
    const refs = res.body.ruleSets as Array<{ id: string; version: string; hash: string }>;
    expect(res.headers['fordeling-rulesets']).toBe(refs.map((r) => `${r.id}@${r.version};${r.hash}`).join(', '));
  });

  it('ministry and reader read every region’s decision', async () => {
    for (const token of ['ministry', 'reader'] as const) {
      for (const { id } of posted) await request(api.app).get(`/v1/decisions/${id}`).set(api.auth(token)).expect(200);
    }
  });

  it('lists newest first without traces, filtered by council (as the geography spells it or not)', async () => {
    const all = await list('ministry');
    expect(all.map((d) => d.id)).toEqual(posted.map((p) => p.id).reverse());
    for (const d of all) expect(d.trace).toBeUndefined();
    expect(validateAgainst(decisionListSchema, { decisions: all })).toEqual([]);

    const vendsyssel = [posted[2].id, posted[0].id];
    expect((await list('ministry', '?council=Vendsyssel')).map((d) => d.id)).toEqual(vendsyssel);
    expect((await list('reader', '?council=vendsyssel')).map((d) => d.id)).toEqual(vendsyssel);
    expect((await list('ministry', '?council=Vendsyssel&limit=1')).map((d) => d.id)).toEqual([posted[2].id]);
    expect(await list('ministry', '?council=Bornholm')).toEqual([]);
  });

  it('a region lists only its own region’s decisions, whether its token names the region by id or by name', async () => {
    expect((await list('regionNord')).map((d) => d.id)).toEqual([posted[2].id, posted[1].id, posted[0].id]);
    // The Midtjylland token is minted with the region's name "Region Midtjylland"; decisions store the id.
    expect((await list('regionMidt')).map((d) => [d.id, d.region])).toEqual([[posted[3].id, 'Midtjylland']]);
    expect(await list('regionNord', '?council=Aarhus')).toEqual([]);
  });

  it('another region’s decision answers 404 exactly like an unknown id (its existence does not leak)', async () => {
    const midt = posted[3].id;
    const other = await request(api.app).get(`/v1/decisions/${midt}`).set(api.auth('regionNord')).expect(404);
    const unknown = await request(api.app).get('/v1/decisions/findes-ikke').set(api.auth('regionNord')).expect(404);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(other.body).toMatchObject({ type: unknown.body.type, title: 'Findes ikke', status: 404, detail: `Der findes ingen kapacitetsafgørelse med id »${midt}«.` });
    expect(Object.keys(other.body).sort()).toEqual(Object.keys(unknown.body).sort());
  });

  it('an unknown id answers 404 problem+json in Danish', async () => {
    const res = await request(api.app).get('/v1/decisions/00000000-0000-0000-0000-000000000000').set(api.auth('ministry')).expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: '/docs/problems#not-found',
      title: 'Findes ikke',
      status: 404,
      detail: 'Der findes ingen kapacitetsafgørelse med id »00000000-0000-0000-0000-000000000000«.',
    });
  });

  it.each(['0', '-1', 'abc', '1.5', '1001'])('limit=%s is rejected with a pointer to the parameter', async (limit) => {
    const res = await request(api.app).get(`/v1/decisions?limit=${limit}`).set(api.auth('ministry')).expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const message = `»${limit}« er ikke et helt tal fra 1 til 1.000.`;
    expect(res.body).toMatchObject({ title: 'Ugyldig forespørgsel', detail: message, errors: [{ pointer: '#/query/limit', message }] });
  });

  it('a repeated limit is rejected', async () => {
    const res = await request(api.app).get('/v1/decisions?limit=1&limit=2').set(api.auth('reader')).expect(422);
    expect(res.body.errors).toEqual([{ pointer: '#/query/limit', message: 'Angiv én værdi.' }]);
  });

  it('the OpenAPI document lists both routes with the response schemas the answers satisfy', async () => {
    const doc = (await request(api.app).get('/openapi.json').expect(200)).body;
    const schemaOf = (path: string) => doc.paths[path].get.responses['200'].content['application/json'].schema.$ref as string;
    expect(schemaOf('/v1/decisions/{id}')).toBe('#/components/schemas/StoredDecision');
    expect(schemaOf('/v1/decisions')).toBe('#/components/schemas/DecisionList');
    expect(doc.paths['/v1/decisions'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['council', 'limit']);
    const one = await request(api.app).get(`/v1/decisions/${posted[3].id}`).set(api.auth('reader')).expect(200);
    expect(validateAgainst(doc.components.schemas.StoredDecision, one.body)).toEqual([]);
    expect(validateAgainst(doc.components.schemas.DecisionList, { decisions: await list('reader') })).toEqual([]);
  });

  it('limit=1000 is the largest accepted', async () => {
    expect(await list('ministry', '?limit=1000')).toHaveLength(posted.length);
  });

  // The tests below add decisions of their own, so they come after the counts above.

  it('stores the compact record and the council by its geography id; reading rebuilds the whole trace', async () => {
    const res = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(capacityRequest({ council: 'vendsyssel' })).expect(201);
    const stored = (await api.store.getDecision(res.body.id))!;
    expect(stored.council).toBe('Vendsyssel');
    expect(stored.decision).not.toHaveProperty('trace');
    expect(stored.decision.rules.map((r) => r.ruleId)).toEqual(res.body.trace.map((t: { ruleId: string }) => t.ruleId));
    expect(JSON.stringify(stored.decision).length * 10).toBeLessThan(JSON.stringify(res.body.trace).length);
    const read = await request(api.app).get(res.headers.location).set(api.auth('regionNord')).expect(200);
    expect(read.body.council).toBe('Vendsyssel');
    expect(read.body.trace).toEqual(res.body.trace);
    expect(read.body.explanation).toEqual(res.body.explanation);
    expect((await list('regionNord', '?council=Vendsyssel')).map((d) => d.id)[0]).toBe(res.body.id);
  });

  it('a stored decision whose findings no longer lead to its result answers 500 in Danish, never another trace', async () => {
    const res = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(capacityRequest({ clinic: { providerNumber: '081900' } })).expect(201);
    const stored = (await api.store.getDecision(res.body.id))!;
    const tampered = await api.store.recordDecision({
      request: stored.request,
      decision: { ...stored.decision, rules: stored.decision.rules.map((r) => ({ ...r, fired: false })) },
      ruleSets: stored.ruleSets,
      region: stored.region,
      council: stored.council,
      actor: { id: 'test', role: 'region', region: 'Nordjylland' },
    });
    const read = await request(api.app).get(`/v1/decisions/${tampered.id}`).set(api.auth('ministry')).expect(500);
    expect(read.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(read.body).toMatchObject({ title: 'Den gemte afgørelse kan ikke genskabes', status: 500 });
    expect(read.body.detail).toMatch(/^Den gemte afgørelse kan ikke genskabes: /);

    // The list still answers: that decision with its stored result and the problem, the others as always.
    const all = (await request(api.app).get('/v1/decisions?limit=1000').set(api.auth('ministry')).expect(200)).body.decisions as Array<Summary & { outcome: string; explanation: string[]; problem?: { type: string; title: string; detail: string } }>;
    const bad = all.find((d) => d.id === tampered.id)!;
    expect(bad).toMatchObject({ outcome: stored.outcome, explanation: [], problem: { type: read.body.type, title: read.body.title, detail: read.body.detail } });
    expect(all.filter((d) => d.problem).map((d) => d.id)).toEqual([tampered.id]);
    expect(all.find((d) => d.id === res.body.id)!.explanation).toEqual(res.body.explanation);
    expect(validateAgainst(decisionListSchema, { decisions: all })).toEqual([]);
  });

  it('a stored decision naming a rule-set version the server does not have answers 500 decision-replay, naming it', async () => {
    const res = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(capacityRequest({ clinic: { providerNumber: '081901' } })).expect(201);
    const stored = (await api.store.getDecision(res.body.id))!;
    const unknown = await api.store.recordDecision({
      request: stored.request,
      decision: stored.decision,
      ruleSets: stored.ruleSets.map((r) => (r.id === 'decisions' ? { ...r, version: '2099.9' } : r)),
      region: stored.region,
      council: stored.council,
      actor: { id: 'test', role: 'region', region: 'Nordjylland' },
    });
    const read = await request(api.app).get(`/v1/decisions/${unknown.id}`).set(api.auth('ministry')).expect(500);
    expect(read.body).toMatchObject({ title: 'Den gemte afgørelse kan ikke genskabes', status: 500 });
    expect(read.body.detail).toMatch(/^Den gemte afgørelse kan ikke genskabes: Version »2099\.9« af »decisions« findes ikke/);
  });
});

describe.each(backends)('POST /v1/decisions/capacity with Prefer: return=minimal ($name)', (backend) => {
  const api = useTestApi(backend);

  it('answers the full 201 without the trace, and the Location gives the same decision with the same trace as a full 201', async () => {
    const full = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(capacityRequest()).expect(201);
    const lean = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).set('Prefer', 'respond-async, RETURN=minimal; x=1').send(capacityRequest()).expect(201);
    expect(lean.headers['preference-applied']).toBe('return=minimal');
    expect(full.headers['preference-applied']).toBeUndefined();
    expect(lean.body.trace).toBeUndefined();
    const { id: fullId, trace, ...fullRest } = full.body;
    const { id: leanId, ...leanRest } = lean.body;
    expect(leanId).not.toBe(fullId);
    expect(leanRest).toEqual(fullRest);
    expect(Number(lean.headers['content-length'])).toBeLessThan(Number(full.headers['content-length']) / 2);
    // One GET away: the stored decision with the trace the full answer carried.
    expect(lean.headers.location).toBe(`/v1/decisions/${leanId}`);
    const read = await request(api.app).get(lean.headers.location).set(api.auth('regionNord')).expect(200);
    expect(read.body.trace).toEqual(trace);
    for (const [key, value] of Object.entries(leanRest)) expect(read.body[key], key).toEqual(value);
  });

  it('other preferences leave the answer whole', async () => {
    for (const prefer of ['return=representation', 'handling=lenient', 'return=minimalistic']) {
      const res = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).set('Prefer', prefer).send(capacityRequest()).expect(201);
      expect(res.body.trace, prefer).toBeDefined();
      expect(res.headers['preference-applied']).toBeUndefined();
    }
  });
});
