// Issue 15, the attack suite on request bodies, kept so the defects stay fixed: for every route with a
// body (from the OpenAPI document, so a new route is attacked without editing this file), malformed
// bodies generated from the route's own schema — every field with a wrong type, NUL, huge numbers, deep
// nesting, over-long text, dates that are wrong or out of range, and an extra field — plus random JSON
// from fast-check. Nothing may answer 500; every refusal is a problem+json, and a 422 names the place.
import fc from 'fast-check';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateAgainst } from '@fordeling/engine';
import { openApiDocument } from '../openapi/document.js';
import { capacityRequest } from '../testing/run-fixture.js';
import { backends, useTestApi, type TestApi, type TokenName } from '../testing/test-app.js';

type Schema = Record<string, unknown>;
interface Route {
  method: 'post' | 'put';
  path: string;
  roles: string[];
  schema: Schema;
  example?: unknown;
  text: boolean;
}

/** A placeholder the request text replaces with `depth` nested lists (JSON.stringify cannot write them). */
const DEEP = '@@deep@@';
const DEPTH = 10_000;

function routes(): Route[] {
  const paths = openApiDocument().paths as Record<string, Record<string, { 'x-roles': string[] | 'public'; requestBody?: { content: Record<string, { schema: Schema; example?: unknown }> } }>>;
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).flatMap(([method, op]) => {
      const content = op.requestBody?.content['application/json'];
      if (!content || (method !== 'post' && method !== 'put')) return [];
      // The validate route and a draft's save take the document as text (app.ts); attacked the same way.
      const text = path === '/v1/rulesets/validate' || (method === 'put' && path.includes('/drafts/'));
      return [{ method, path, roles: op['x-roles'] === 'public' ? [] : op['x-roles'], schema: content.schema, example: content.example, text }];
    }),
  );
}

const branches = (s: Schema): Schema[] => [s, ...((s.oneOf ?? s.anyOf ?? []) as Schema[]).flatMap(branches)];
const typesOf = (s: Schema): string[] => (Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : []);

/** A value the schema accepts in form (enum's first, a date in force, the smallest number, …). */
function sample(s: Schema, depth = 0): unknown {
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  const oneOf = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  if (oneOf && !s.type) return sample(oneOf[0], depth);
  const type = typesOf(s)[0];
  switch (type) {
    case 'string':
      if (s.format === 'date') return '2025-10-01';
      if (typeof s.pattern === 'string' && s.pattern.includes('[0-9]{6}')) return '081100';
      if (typeof s.pattern === 'string' && s.pattern.includes('[0-9]{4}')) return '2099.1';
      return 'tekst';
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : 1;
    case 'boolean':
      return false;
    case 'array':
      return depth > 3 || !s.items ? [] : Array.from({ length: Number(s.minItems ?? 0) }, () => sample(s.items as Schema, depth + 1));
    default: {
      const body: Record<string, unknown> = {};
      const properties = (s.properties ?? {}) as Record<string, Schema>;
      for (const name of (s.required ?? []) as string[]) if (properties[name]) body[name] = sample(properties[name], depth + 1);
      return body;
    }
  }
}

/** Every field the schema names, with its schema: "/clinic/providerNumber", "/citizens/0/age", … (3 levels). */
function fields(s: Schema, pointer = '', depth = 0): Array<{ pointer: string; schema: Schema }> {
  if (depth > 3) return [];
  return branches(s).flatMap((b) => {
    const own = Object.entries((b.properties ?? {}) as Record<string, Schema>).flatMap(([name, child]) => [
      { pointer: `${pointer}/${name}`, schema: child },
      ...fields(child, `${pointer}/${name}`, depth + 1),
    ]);
    const items = b.items ? [{ pointer: `${pointer}/0`, schema: b.items as Schema }, ...fields(b.items as Schema, `${pointer}/0`, depth + 1)] : [];
    return [...own, ...items];
  });
}

/** The wrong values tried in every field. */
function hostile(s: Schema): Array<{ what: string; value: unknown }> {
  const types = typesOf(s);
  const wrongType = types.includes('string') ? 12345 : types.includes('number') || types.includes('integer') ? 'tolv' : types.includes('boolean') ? 'ja' : types.includes('array') ? { ikke: 'en liste' } : 'tekst';
  const values = [
    { what: 'wrong type', value: wrongType },
    { what: 'NUL', value: 'a\u0000b' },
    { what: '1e308', value: 1e308 },
    { what: '-1e308', value: -1e308 },
    { what: 'deep nesting', value: DEEP },
    { what: 'over-long text', value: '9'.repeat(100_001) },
    { what: 'null', value: null },
  ];
  if (s.format === 'date') values.push({ what: '9999-12-31', value: '9999-12-31' }, { what: '1900-01-01', value: '1900-01-01' }, { what: '2025-02-30', value: '2025-02-30' });
  return values;
}

function withValue(body: unknown, pointer: string, value: unknown): unknown {
  const copy = structuredClone(body ?? {}) as Record<string, unknown>;
  const segments = pointer.split('/').slice(1);
  let at: Record<string, unknown> = copy;
  for (const segment of segments.slice(0, -1)) {
    if (at[segment] === null || typeof at[segment] !== 'object') at[segment] = /^\d+$/.test(segments[segments.indexOf(segment) + 1] ?? '') ? [] : {};
    at = at[segment] as Record<string, unknown>;
  }
  at[segments.at(-1)!] = value;
  return copy;
}

const asText = (body: unknown) => JSON.stringify(body).replace(`"${DEEP}"`, `${'['.repeat(DEPTH)}1${']'.repeat(DEPTH)}`);

/** A good body for the route, so that each mutation is the only thing wrong with it. */
function baseBody(route: Route): unknown {
  if (route.path.startsWith('/v1/decisions/capacity')) return capacityRequest();
  if (route.path === '/v1/cases/{providerNumber}/preliminary' || route.path === '/v1/cases/{providerNumber}/final') return { minimumPerCapacity: 1600 };
  return route.example ?? sample(route.schema);
}

function caller(route: Route): TokenName {
  return route.roles.includes('region') ? 'regionNord' : route.roles.includes('ministry') ? 'ministry' : 'reader';
}

async function send(api: TestApi, route: Route, url: string, text: string) {
  return request(api.app)[route.method](url).set(api.auth(caller(route))).set('Content-Type', 'application/json').send(text);
}

function expectNoServerError(res: request.Response, context: string) {
  expect(res.status, `${context}: ${JSON.stringify(res.body).slice(0, 400)}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers['content-type'], context).toMatch(/^application\/problem\+json/);
    expect(res.body, context).toMatchObject({ type: expect.any(String), title: expect.any(String), detail: expect.any(String), status: res.status });
    for (const e of res.body.errors ?? []) {
      expect(typeof e.pointer, context).toBe('string');
      expect(e.message, context).toMatch(/\S/);
    }
  }
}

describe.each(backends)('attack: malformed bodies on every route ($name)', (backend) => {
  const api = useTestApi(backend);
  const all = routes();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await request(api.app).post('/v1/hearings').set(api.auth('regionNord')).send({ runId: api.runId }).expect(201);
    ids.draft = (await request(api.app).post('/v1/rulesets/capacity/drafts').set(api.auth('ministry')).send({ validFrom: '2027-01-01' }).expect(201)).body.ref.version;
  });

  const url = (route: Route) =>
    route.path.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'providerNumber' ? '081100' : name === 'version' ? ids.draft : route.path.startsWith('/v1/runs') ? api.runId : 'capacity'));

  it('attacks every route with a body', () => {
    expect(all.length).toBeGreaterThanOrEqual(15);
  });

  it.each(all.map((r) => ({ ...r, name: `${r.method.toUpperCase()} ${r.path}` })))('$name: every field × every hostile value, an extra field, a body that is not an object', async (route) => {
    const base = baseBody(route);
    const cases: Array<{ what: string; pointer?: string; text: string; body?: unknown }> = [];
    const seen = new Set<string>();
    for (const field of fields(route.schema)) {
      if (seen.has(field.pointer)) continue;
      seen.add(field.pointer);
      for (const { what, value } of hostile(field.schema)) {
        const body = withValue(base, field.pointer, value);
        cases.push({ what: `${field.pointer} = ${what}`, pointer: field.pointer, text: asText(body), body });
      }
    }
    cases.push({ what: 'extra field', pointer: '/ekstra', text: asText({ ...(base as object), ekstra: 1 }), body: { ...(base as object), ekstra: 1 } });
    for (const text of ['[]', '"tekst"', '42', 'null', `{"a":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`, '{"a":"\\u0000"}', '{"\\u0000":1}', '{"a":"\u0000"}']) cases.push({ what: `body ${text.slice(0, 20)}`, text });
    for (const c of cases) {
      const res = await send(api, route, url(route), c.text);
      const context = `${route.method.toUpperCase()} ${route.path} ${c.what}`;
      expectNoServerError(res, context);
      // Where the schema itself refuses the value, the 422 points at it (or at the object holding it).
      if (!route.text && c.pointer && c.body && res.status === 422 && res.body.errors?.length && validateAgainst(route.schema, c.body).some((e) => e.pointer === c.pointer)) {
        const pointers = (res.body.errors as Array<{ pointer: string }>).map((e) => e.pointer);
        expect(pointers.some((p) => c.pointer!.startsWith(p) || p.startsWith(c.pointer!)), `${context}: ${pointers.join(', ')}`).toBe(true);
      }
    }
  });

  it.each(all.map((r) => ({ ...r, name: `${r.method.toUpperCase()} ${r.path}` })))('$name: random JSON (fast-check) never answers 500', async (route) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 })), async (body) => {
        const res = await send(api, route, url(route), JSON.stringify(body));
        expectNoServerError(res, `${route.method.toUpperCase()} ${route.path} ${JSON.stringify(body).slice(0, 200)}`);
      }),
      { numRuns: 15, seed: 15 },
    );
  });
});
