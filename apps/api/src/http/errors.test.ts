import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { backends, useTestApi } from '../testing/test-app.js';
import { capacityRequest } from '../testing/run-fixture.js';

/** RFC 9457 shape with Danish title and detail. */
function expectProblem(res: request.Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, type: expect.stringMatching(/^\/docs\/problems#[a-z-]+$/), title: expect.any(String), detail: expect.any(String), instance: expect.any(String) });
  expect(res.headers['x-request-id']).toBeTruthy();
}

describe.each(backends)('errors as problem+json ($name)', (backend) => {
  const api = useTestApi(backend, { bodyLimit: '2kb' });

  it('400 for malformed JSON', async () => {
    const res = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).set('Content-Type', 'application/json').send('{"date": ');
    expectProblem(res, 400);
    expect(res.body.title).toBe('Ugyldig JSON');
  });

  it('401 without a token, with a bad token, and with a malformed header', async () => {
    expectProblem(await request(api.app).get('/v1/rulesets'), 401);
    expectProblem(await request(api.app).get('/v1/rulesets').set('Authorization', 'Bearer nope'), 401);
    expectProblem(await request(api.app).get('/v1/rulesets').set('Authorization', api.tokens.reader), 401);
  });

  it('401 for a revoked token', async () => {
    const { token, record } = await api.store.createToken({ role: 'reader', label: 'revoked' });
    await request(api.app).get('/v1/rulesets').set('Authorization', `Bearer ${token}`).expect(200);
    await api.store.revokeToken(record.id);
    expectProblem(await request(api.app).get('/v1/rulesets').set('Authorization', `Bearer ${token}`), 401);
  });

  it('403 for the wrong role', async () => {
    const res = await request(api.app).post('/v1/runs').set(api.auth('reader')).send({});
    expectProblem(res, 403);
    expect(res.body.title).toBe('Ingen adgang');
  });

  it('404 for an unknown route, run, rule set and case', async () => {
    expectProblem(await request(api.app).get('/v1/nothing').set(api.auth('reader')), 404);
    expectProblem(await request(api.app).get('/v1/runs/00000000-0000-0000-0000-000000000000').set(api.auth('reader')), 404);
    expectProblem(await request(api.app).get('/v1/rulesets/capacity/versions/1999.1').set(api.auth('reader')), 404);
    expectProblem(await request(api.app).get('/v1/cases/X-999').set(api.auth('reader')), 404);
  });

  it('409 when a case step is skipped', async () => {
    await request(api.app).post('/v1/hearings').set(api.auth('regionNord')).send({ runId: api.runId }).expect(201);
    const res = await request(api.app).post('/v1/cases/081100/final').set(api.auth('regionNord')).send({ minimumPerCapacity: 1600 });
    expectProblem(res, 409);
  });

  it('413 for a body above the limit', async () => {
    const res = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send({ ...capacityRequest(), padding: 'x'.repeat(4000) });
    expectProblem(res, 413);
  });

  it('422 with errors[] pointing at each field', async () => {
    const res = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(capacityRequest({ date: '2025-02-30', request: 'maybe', extra: 1 }));
    expectProblem(res, 422);
    const pointers = res.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/date', '/request', '/extra']));
    for (const e of res.body.errors) expect(e.message).toMatch(/\S/);
  });

  it('422 for an unknown council and a malformed query date', async () => {
    const res = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(capacityRequest({ council: 'Atlantis' }));
    expectProblem(res, 422);
    expect(res.body.errors[0].pointer).toBe('/council');
    expectProblem(await request(api.app).get('/v1/rulesets?asOf=2025-13-01').set(api.auth('reader')), 422);
  });

  it('422 when a rule is broken: above the 2.700 maximum', async () => {
    const res = await request(api.app).post('/v1/cases/081200/preliminary').set(api.auth('regionNord')).send({ minimumPerCapacity: 2701, deviationReasonId: 'local-conditions' });
    expectProblem(res, 422);
    expect(res.body.errors[0].pointer).toBe('/minimumPerCapacity');
    expect(res.body.reference).toBeTruthy();
  });

  it('every response names the rule sets used, errors included', async () => {
    const res = await request(api.app).get('/v1/rulesets').set(api.auth('reader'));
    expect(res.headers['fordeling-rulesets']).toMatch(/^([\w-]+@[\w.-]+;sha256:[0-9a-f]{64})(, [\w-]+@[\w.-]+;sha256:[0-9a-f]{64})*$/);
    expect((await request(api.app).get('/v1/rulesets')).headers['fordeling-rulesets']).toBeTruthy();
  });
});

describe.each(backends)('rate limit ($name)', (backend) => {
  const api = useTestApi(backend, { rateLimit: { windowMs: 60_000, limit: 3 } });

  it('429 once the limit is spent', async () => {
    for (let i = 0; i < 3; i++) await request(api.app).get('/v1/rulesets').set(api.auth('reader')).expect(200);
    const res = await request(api.app).get('/v1/rulesets').set(api.auth('reader'));
    expectProblem(res, 429);
    expect(res.headers.ratelimit ?? res.headers['ratelimit-policy']).toBeTruthy();
  });
});
