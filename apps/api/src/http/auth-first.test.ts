// Issue 15: authentication (and the rate limit) comes before the body is read. Without a valid token
// a malformed or oversized body must answer 401 — not 400 or 413, which would tell an anonymous
// caller how the route parses, and would make the server read 1 MB for nobody. Every route that takes
// a body is taken from the OpenAPI document (built from the same list the router is), never a hand list.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../openapi/document.js';
import { backends, useTestApi } from '../testing/test-app.js';

/** Every route with a request body, with its path parameters filled in. */
export function bodyRoutes(): Array<{ method: 'post' | 'put'; path: string; url: string }> {
  const paths = openApiDocument().paths as Record<string, Record<string, { requestBody?: unknown }>>;
  const values: Record<string, string> = { id: 'capacity', version: '2099.1', providerNumber: '081100' };
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method, op]) => (method === 'post' || method === 'put') && op.requestBody)
      .map(([method]) => ({ method: method as 'post' | 'put', path, url: path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? 'x') })),
  );
}

const TWO_MB = `{"padding": "${'x'.repeat(2 * 1024 * 1024)}"}`;

describe.each(backends)('authentication before the body ($name)', (backend) => {
  const api = useTestApi(backend);
  const routes = bodyRoutes();

  it('finds the routes that take a body', () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
    expect(routes.map((r) => `${r.method.toUpperCase()} ${r.path}`)).toEqual(expect.arrayContaining(['POST /v1/decisions/capacity', 'POST /v1/runs', 'PUT /v1/rulesets/{id}/drafts/{version}']));
  });

  const cases = routes.flatMap((route) => [
    { ...route, what: 'malformed JSON, no token', auth: undefined, body: '{"date": ' },
    { ...route, what: 'malformed JSON, unknown token', auth: 'Bearer ukendt-nøgle', body: '{"date": ' },
    { ...route, what: 'a 2 MB body, no token', auth: undefined, body: TWO_MB },
    { ...route, what: 'a 2 MB body, unknown token', auth: 'Bearer ukendt-nøgle', body: TWO_MB },
  ]);

  it.each(cases)('$method $path with $what → 401', async ({ method, url, auth, body }) => {
    let req = request(api.app)[method](url).set('Content-Type', 'application/json');
    if (auth) req = req.set('Authorization', auth);
    const res = await req.send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.title).toBe('Manglende eller ugyldig adgangsnøgle');
  });

  it('with a valid token the same malformed body is 400 and the large one 413', async () => {
    const malformed = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).set('Content-Type', 'application/json').send('{"date": ');
    expect(malformed.status).toBe(400);
    const large = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).set('Content-Type', 'application/json').send(TWO_MB);
    expect(large.status).toBe(413);
  });
});
