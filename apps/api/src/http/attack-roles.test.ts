// Issue 15, the route × role probes, kept so they stay answered: every route of the OpenAPI document
// with every role and with no token. No token is 401, a role the route does not list is 403, a
// listed role never gets a 500 or a status the document does not promise, and a region never sees
// anything of another region — its hearing, case or decision is 404, and no answer names its clinics.
// (role-matrix.test.ts pins the exact status of each row; this suite covers every route, new ones too.)
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../openapi/document.js';
import { capacityRequest } from '../testing/run-fixture.js';
import { backends, useTestApi, type TokenName } from '../testing/test-app.js';

type Caller = 'none' | TokenName;
const callers: Caller[] = ['none', 'ministry', 'regionNord', 'regionMidt', 'reader'];
const ROLE: Record<TokenName, string> = { ministry: 'ministry', regionNord: 'region', regionMidt: 'region', reader: 'reader' };

interface Operation {
  method: 'get' | 'post' | 'put';
  path: string;
  roles: string[] | 'public';
  statuses: string[];
  example?: unknown;
}

function operations(): Operation[] {
  const paths = openApiDocument().paths as Record<string, Record<string, { 'x-roles': string[] | 'public'; responses: Record<string, unknown>; requestBody?: { content: Record<string, { example?: unknown }> } }>>;
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method as Operation['method'],
      path,
      roles: op['x-roles'],
      statuses: Object.keys(op.responses),
      example: op.requestBody?.content['application/json']?.example,
    })),
  );
}

describe.each(backends)('attack: every route × every role ($name)', (backend) => {
  const api = useTestApi(backend);
  const ids: Record<string, string> = {};
  /** What only Region Nordjylland may see: its clinics' provider numbers, its hearing, its decision. */
  let nordOnly: string[] = [];

  beforeAll(async () => {
    ids.hearing = (await request(api.app).post('/v1/hearings').set(api.auth('regionNord')).send({ runId: api.runId }).expect(201)).body.id;
    await request(api.app).post('/v1/hearings').set(api.auth('regionMidt')).send({ runId: api.runId }).expect(201);
    ids.decision = (await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(capacityRequest()).expect(201)).body.id;
    ids.draft = (await request(api.app).post('/v1/rulesets/capacity/drafts').set(api.auth('ministry')).send({ validFrom: '2027-01-01' }).expect(201)).body.ref.version;
    nordOnly = ['081100', '081200', ids.hearing, ids.decision];
  });

  /** Path parameters naming Nordjylland's own records, where the route has them. */
  function url(op: Operation): string {
    return op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      if (name === 'providerNumber') return '081100';
      if (name === 'version') return op.path.includes('/drafts/') ? ids.draft : '2025.1';
      if (op.path.startsWith('/v1/hearings')) return ids.hearing;
      if (op.path.startsWith('/v1/decisions')) return ids.decision;
      if (op.path.startsWith('/v1/runs')) return api.runId;
      return 'capacity';
    });
  }

  const ops = operations();
  const rows = ops.flatMap((op) => callers.map((caller) => ({ ...op, caller, name: `${op.method.toUpperCase()} ${op.path} as ${caller}` })));

  it('probes every route', () => {
    expect(ops.length).toBeGreaterThanOrEqual(30);
  });

  it.each(rows)('$name', async (op) => {
    let req = request(api.app)[op.method](url(op));
    if (op.caller !== 'none') req = req.set(api.auth(op.caller));
    if (op.method !== 'get') req = req.set('Content-Type', 'application/json').send(JSON.stringify(op.example ?? {}));
    const res = await req;
    const context = `${op.name}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
    expect(res.status, context).toBeLessThan(500);
    if (op.roles === 'public') return expect(res.status, context).toBe(200);
    if (op.caller === 'none') return expect(res.status, context).toBe(401);
    if (!op.roles.includes(ROLE[op.caller])) return expect(res.status, context).toBe(403);
    expect(op.statuses, context).toContain(String(res.status));
    if (op.caller !== 'regionMidt') return;
    // Another region's hearing, case or decision does not exist for Midtjylland …
    if (op.method === 'get' && /\{(providerNumber)\}|^\/v1\/hearings\/\{id\}|^\/v1\/decisions\/\{id\}/.test(op.path)) expect(res.status, context).toBe(404);
    if (op.method !== 'get' && op.path.startsWith('/v1/cases/')) expect(res.status, context).toBe(404);
    // … and no answer it gets names Nordjylland's clinics, hearing or decision (beyond echoing the
    // address Midtjylland itself sent: »Der findes ingen sag for ydernummer 081100«).
    const text = url(op).split('/').reduce((t, segment) => (segment ? t.split(segment).join('') : t), JSON.stringify(res.body));
    for (const secret of nordOnly) expect(text.includes(secret), `${context} names ${secret}`).toBe(false);
  });
});
