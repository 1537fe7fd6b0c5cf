// The workbench's session cookie (http/session.ts): opened with an API token, the same principal as
// the token, CSRF-checked for changes, ended by sign-out, by expiry and by revoking the token.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { backends, useTestApi } from '../testing/test-app.js';

const cookieOf = (res: request.Response): string => {
  const header = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('fordeling_session='));
  if (!header) throw new Error('no session cookie');
  return header.split(';')[0];
};

describe.each(backends)('web sessions ($name)', (backend) => {
  const api = useTestApi(backend);

  const signIn = async (name: 'ministry' | 'regionNord') => {
    const res = await request(api.app).post('/session').send({ token: api.tokens[name] }).expect(201);
    return { cookie: cookieOf(res), csrf: res.body.csrf as string, body: res.body, header: res.headers['set-cookie'] as unknown as string[] };
  };

  it('opens an httpOnly, SameSite=Strict session from a token, never storing the token in the cookie', async () => {
    const { cookie, header, body } = await signIn('regionNord');
    expect(header.join(' ')).toMatch(/HttpOnly/);
    expect(header.join(' ')).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(api.tokens.regionNord);
    expect(body.principal).toMatchObject({ role: 'region', region: 'Nordjylland' });
    const me = await request(api.app).get('/session').set('cookie', cookie).expect(200);
    expect(me.body.csrf).toBe(body.csrf);
  });

  it('a sign-in form gets a redirect back, with the reason on failure', async () => {
    const ok = await request(api.app).post('/session').type('form').send({ token: api.tokens.ministry, next: '/regler' }).expect(303);
    expect(ok.headers.location).toBe('/regler');
    cookieOf(ok);
    const bad = await request(api.app).post('/session').type('form').send({ token: 'fdl_nej', next: '/regler' }).expect(303);
    expect(bad.headers.location).toBe('/regler?fejl=ukendt');
    const offsite = await request(api.app).post('/session').type('form').send({ token: api.tokens.ministry, next: '//evil.example' }).expect(303);
    expect(offsite.headers.location).toBe('/');
    await request(api.app).post('/session').type('form').set('sec-fetch-site', 'cross-site').send({ token: api.tokens.ministry }).expect(403);
  });

  it('gives the session its token’s role and region: a region sees only its own', async () => {
    const { cookie } = await signIn('regionNord');
    await request(api.app).get('/v1/rulesets').set('cookie', cookie).expect(200);
    // A ministry-only change is refused for the region's session as for its token.
    const { csrf } = await signIn('regionNord');
    const me = await request(api.app).get('/session').set('cookie', cookie).expect(200);
    await request(api.app).post('/v1/rulesets/capacity/drafts').set('cookie', cookie).set('x-csrf-token', me.body.csrf).send({ validFrom: '2027-01-01' }).expect(403);
    expect(csrf).not.toBe(me.body.csrf);
  });

  it('refuses a change without the session’s CSRF token or from another site', async () => {
    const { cookie, csrf } = await signIn('ministry');
    const post = () => request(api.app).post('/v1/rulesets/capacity/drafts').set('cookie', cookie);
    const missing = await post().send({ validFrom: '2027-01-01' }).expect(403);
    expect(missing.body.detail).toContain('CSRF');
    await post().set('x-csrf-token', 'forkert').send({ validFrom: '2027-01-01' }).expect(403);
    await post().set('x-csrf-token', csrf).set('sec-fetch-site', 'cross-site').send({ validFrom: '2027-01-01' }).expect(403);
    await post().set('x-csrf-token', csrf).set('sec-fetch-site', 'same-origin').send({ validFrom: '2027-01-01' }).expect(201);
  });

  it('ends at sign-out and when the token is revoked', async () => {
    const a = await signIn('ministry');
    await request(api.app).delete('/session').set('cookie', a.cookie).expect(403);
    await request(api.app).delete('/session').set('cookie', a.cookie).set('x-csrf-token', a.csrf).expect(204);
    await request(api.app).get('/v1/rulesets').set('cookie', a.cookie).expect(401);
    await request(api.app).get('/session').set('cookie', a.cookie).expect(401);

    const b = await signIn('regionNord');
    const token = (await api.store.listTokens()).find((t) => t.region === 'Nordjylland' && !t.revokedAt)!;
    await api.store.revokeToken(token.id);
    const gone = await request(api.app).get('/v1/rulesets').set('cookie', b.cookie).expect(401);
    expect(gone.body.detail).toContain('Log ind igen');
  });
});
