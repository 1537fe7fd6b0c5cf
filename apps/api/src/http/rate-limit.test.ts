// Issue 15: the rate limit is per token after authentication, and per address only for callers
// without a valid token — one region's batch neither spends another token's bucket nor is stopped by
// the address it shares with others; an address that keeps failing authentication is stopped before
// its bodies are read.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT } from './rate-limit.js';
import { backends, useTestApi } from '../testing/test-app.js';

describe.each(backends)('rate limits ($name)', (backend) => {
  const api = useTestApi(backend, { rateLimit: { windowMs: 60_000, limit: 3, unauthenticatedLimit: 2 } });

  it('gives every token its own bucket', async () => {
    for (let i = 0; i < 3; i++) await request(api.app).get('/v1/rulesets').set(api.auth('regionNord')).expect(200);
    const spent = await request(api.app).get('/v1/rulesets').set(api.auth('regionNord'));
    expect(spent.status).toBe(429);
    expect(spent.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(spent.body.detail).toContain('pr. adgangsnøgle');
    expect(spent.headers.ratelimit).toBeTruthy();
    // Same address, another token: its own 3.
    for (let i = 0; i < 3; i++) await request(api.app).get('/v1/rulesets').set(api.auth('regionMidt')).expect(200);
  });

  it('counts only failed authentications per address, and refuses before the body is read', async () => {
    for (let i = 0; i < 2; i++) await request(api.app).get('/v1/rulesets').set('Authorization', 'Bearer forkert').expect(401);
    const res = await request(api.app).post('/v1/decisions/capacity').set('Authorization', 'Bearer forkert').set('Content-Type', 'application/json').send('{"ikke json');
    expect(res.status).toBe(429);
    expect(res.body.detail).toContain('uden gyldig adgangsnøgle');
    // A valid token from the same address (a region's office behind one address) is not stopped by
    // another client's wrong token (found by the soak: one misconfigured client blocked them all).
    await request(api.app).get('/v1/rulesets').set(api.auth('reader')).expect(200);
  });
});

describe('the default limits', () => {
  it('leave a region’s hearing round far below the per-token limit', () => {
    // ≈ 1.000 clinics × (preliminary, response, final, a read) in one minute.
    expect(DEFAULT_RATE_LIMIT.limit).toBeGreaterThanOrEqual(10 * 4 * 1000);
    expect(DEFAULT_RATE_LIMIT.windowMs).toBe(60_000);
    expect(DEFAULT_RATE_LIMIT.unauthenticatedLimit).toBeLessThan(DEFAULT_RATE_LIMIT.limit);
  });
});
