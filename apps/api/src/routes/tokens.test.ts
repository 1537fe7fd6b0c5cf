// The ministry manages access tokens through the API (issue 15): list (never a secret), create
// (the secret shown once), revoke — audited, ministry only, and a revoked token stops working at
// once even behind the token cache.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { backends, useTestApi } from '../testing/test-app.js';
import { useLiveTestApi } from '../testing/live-test-app.js';

describe.each(backends)('/v1/tokens ($name)', (backend) => {
  // A long token cache, as a busy server has: revocation must not wait for it.
  const api = useTestApi(backend, { tokenCacheMs: 60_000 });

  it('a ministry token creates a region token (secret once, bound to the region id), lists it without the secret and revokes it', async () => {
    const created = await request(api.app)
      .post('/v1/tokens')
      .set(api.auth('ministry'))
      .send({ role: 'region', region: 'Region Midtjylland', label: 'Sagsbehandler RM' })
      .expect(201);
    expect(created.body).toMatchObject({ role: 'region', region: 'Midtjylland', label: 'Sagsbehandler RM', revokedAt: null, lastUsedAt: null });
    expect(created.body.token).toMatch(/^fdl_/);
    expect(created.headers.location).toBe(`/v1/tokens/${created.body.id}`);
    const secret = created.body.token as string;

    await request(api.app).get('/v1/runs').set({ Authorization: `Bearer ${secret}` }).expect(200);

    const listed = await request(api.app).get('/v1/tokens').set(api.auth('ministry')).expect(200);
    const entry = listed.body.tokens.find((t: { id: string }) => t.id === created.body.id);
    expect(entry).toMatchObject({ role: 'region', region: 'Midtjylland', label: 'Sagsbehandler RM', revokedAt: null });
    expect(entry.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(Object.keys(entry).sort()).toEqual(['createdAt', 'id', 'label', 'lastUsedAt', 'region', 'revokedAt', 'role']);

    const revoked = await request(api.app).post(`/v1/tokens/${created.body.id}/revoke`).set(api.auth('ministry')).expect(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    // At once, though the token was looked up (and cached) a moment ago.
    const refused = await request(api.app).get('/v1/runs').set({ Authorization: `Bearer ${secret}` }).expect(401);
    expect(refused.body.title).toBe('Manglende eller ugyldig adgangsnøgle');
    await request(api.app).post(`/v1/tokens/${created.body.id}/revoke`).set(api.auth('ministry')).expect(404);

    const audit = await api.store.listAudit({ entity: 'token', entityId: created.body.id });
    expect(audit.map((a) => a.action)).toEqual(['token.create', 'token.revoke']);
    expect(audit.every((a) => a.actorId.startsWith('token:'))).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it('only the ministry: a region or reader token gets 403, no token 401', async () => {
    for (const name of ['regionNord', 'reader'] as const) {
      await request(api.app).get('/v1/tokens').set(api.auth(name)).expect(403);
      await request(api.app).post('/v1/tokens').set(api.auth(name)).send({ role: 'reader', label: 'x' }).expect(403);
    }
    await request(api.app).get('/v1/tokens').expect(401);
  });

  it('refuses an unknown region, a region token without a region and an unknown role, with pointers', async () => {
    const post = (body: object) => request(api.app).post('/v1/tokens').set(api.auth('ministry')).send(body).expect(422);
    expect((await post({ role: 'region', region: 'Atlantis', label: 'x' })).body.errors).toEqual([{ pointer: '/region', message: expect.stringMatching(/Ukendt region »Atlantis«.*Nordjylland/) }]);
    expect((await post({ role: 'region', label: 'x' })).body.errors[0].pointer).toBe('/region');
    expect((await post({ role: 'admin', label: 'x' })).body.errors[0].pointer).toBe('/role');
    expect((await post({ role: 'reader' })).body.errors[0].pointer).toBe('/label');
  });
});

describe.each(backends.filter((b) => b.name === 'postgres'))('revocation across replicas ($name)', (backend) => {
  // Two servers on one database, each caching lookups for a minute, as replicas behind a balancer do.
  const api = useLiveTestApi(backend, { replicas: 2, tokenCacheMs: 60_000 });

  it('a token revoked through one replica is refused by the other at once, though it had it cached', async () => {
    const [a, b] = api.replicas;
    const created = await request(a.app).post('/v1/tokens').set(api.auth('juristA')).send({ role: 'reader', label: 'Replika' }).expect(201);
    const bearer = { Authorization: `Bearer ${created.body.token as string}` };
    await request(b.app).get('/v1/runs').set(bearer).expect(200); // now in b's cache
    await request(a.app).post(`/v1/tokens/${created.body.id}/revoke`).set(api.auth('juristA')).expect(200);
    // NOTIFY reaches b after the commit, in milliseconds; b never answers from the stale cache after that.
    await expect.poll(async () => (await request(b.app).get('/v1/runs').set(bearer)).status, { timeout: 5_000, interval: 20 }).toBe(401);
  });
});
