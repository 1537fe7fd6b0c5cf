// Issue 15: values an independent attack found answered 500, or stored as decisions, where a 4xx
// problem with a JSON pointer is promised — each must be a 422 naming the field in Danish.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { backends, useTestApi, type TokenName } from '../testing/test-app.js';
import { capacityRequest } from '../testing/run-fixture.js';

/** JSON text with a value nested `depth` levels deep where `body` has "@@deep@@": built as text, as JSON.stringify cannot. */
function deeplyNested(body: unknown, depth: number, open = '[', close = ']'): string {
  return JSON.stringify(body).replace('"@@deep@@"', `${open.repeat(depth)}1${close.repeat(depth)}`);
}
const DEEP = '@@deep@@';

const NUL = '\u0000';

interface Case {
  what: string;
  method?: 'post' | 'put';
  url: string;
  as: TokenName;
  body: unknown;
  pointer: string;
  /** The message must say this (Danish). */
  says?: RegExp;
}

const cases: Case[] = [
  // A RangeError while quoting the value once, a stack overflow hashing it now: nesting is refused first.
  { what: 'a deeply nested array in a decision request', url: '/v1/decisions/capacity', as: 'regionNord', body: deeplyNested(capacityRequest({ clinic: DEEP }), 20_000), pointer: '/clinic', says: /dybt/ },
  { what: 'a deeply nested extra member of a run', url: '/v1/runs', as: 'ministry', body: deeplyNested({ run: { synthetic: true, asOf: '2025-07-03', ruleSets: [], inputs: [], x: DEEP }, clinics: [] }, 20_000), pointer: '/run/x', says: /dybt/ },
  { what: 'a deeply nested draft document', url: '/v1/rulesets/capacity/drafts', as: 'ministry', body: deeplyNested({ validFrom: '2027-01-01', document: DEEP }, 5_000, '{"a":', '}'), pointer: '/document', says: /dybt/ },
  // PostgreSQL refuses NUL in text: it was a 500 on insert.
  { what: 'NUL in a decision’s provider number', url: '/v1/decisions/capacity', as: 'regionNord', body: capacityRequest({ clinic: { providerNumber: `0811${NUL}0` } }), pointer: '/clinic/providerNumber', says: /NUL/ },
  { what: 'NUL in a hearing’s run id', url: '/v1/hearings', as: 'regionNord', body: { runId: `a${NUL}b` }, pointer: '/runId', says: /NUL/ },
  { what: 'NUL in a preliminary’s reason', url: '/v1/cases/081100/preliminary', as: 'regionNord', body: { minimumPerCapacity: 1600, deviationText: `a${NUL}b` }, pointer: '/deviationText', says: /NUL/ },
  { what: 'NUL in a clinic’s response', url: '/v1/cases/081200/response', as: 'regionNord', body: { comment: `a${NUL}b` }, pointer: '/comment', says: /NUL/ },
  { what: 'NUL in a member name of a run', url: '/v1/runs', as: 'ministry', body: { run: { synthetic: true, asOf: '2025-07-03', ruleSets: [], inputs: [], [`x${NUL}`]: 1 }, clinics: [] }, pointer: `/run/x${NUL}`, says: /NUL/ },
  // Numbers no real value reaches.
  { what: '1e308 for maximumPatients', url: '/v1/cases/081200/response', as: 'regionNord', body: { comment: 'ok', maximumPatients: 1e308 }, pointer: '/maximumPatients', says: /maximumPatients/ },
  { what: '1e308 for a ceiling', url: '/v1/decisions/capacity', as: 'regionNord', body: capacityRequest({ ceiling: 1e308 }), pointer: '/ceiling' },
  { what: '1e308 for a projected growth', url: '/v1/decisions/capacity', as: 'regionNord', body: capacityRequest({ extraordinaryGrowth: { documented: true, projectedGrowthPct: 1e308 } }), pointer: '/extraordinaryGrowth/projectedGrowthPct' },
  { what: '1e308 for a preliminary minimum', url: '/v1/cases/081100/preliminary', as: 'regionNord', body: { minimumPerCapacity: 1e308 }, pointer: '/minimumPerCapacity' },
  // Dates before any rule set, and after the years the rule sets can cover.
  { what: 'a decision dated 1900-01-01', url: '/v1/decisions/capacity', as: 'regionNord', body: capacityRequest({ date: '1900-01-01' }), pointer: '/date', says: /date/ },
  { what: 'a decision dated 2001-01-01, before the first rule sets', url: '/v1/decisions/capacity', as: 'regionNord', body: capacityRequest({ date: '2001-01-01' }), pointer: '/date', says: /3\. juli 2025/ },
  { what: 'a calculation as of 1900-01-01', url: '/v1/calculations/clinic-minimum', as: 'ministry', body: { capacities: 1, meanWeight: 1, asOf: '1900-01-01' }, pointer: '/asOf' },
  { what: 'a calculation as of 9999-12-31', url: '/v1/calculations/clinic-minimum', as: 'ministry', body: { capacities: 1, meanWeight: 1, asOf: '9999-12-31' }, pointer: '/asOf', says: /asOf.*2100|2100.*asOf/ },
  { what: 'a draft valid from 9999-12-31', url: '/v1/rulesets/capacity/drafts', as: 'ministry', body: { validFrom: '9999-12-31' }, pointer: '/validFrom', says: /validFrom/ },
  { what: 'a dialogue held on 9999-12-31', url: '/v1/cases/081100/dialogue', as: 'regionNord', body: { heldOn: '9999-12-31', outcome: 'Enige', agreement: true }, pointer: '/heldOn', says: /heldOn/ },
  { what: 'a hearing deadline of 9999-12-31', url: '/v1/cases/081100/preliminary', as: 'regionNord', body: { minimumPerCapacity: 1600, hearingDeadline: '9999-12-31' }, pointer: '/hearingDeadline' },
  // Strings no real value reaches: a 100 KB provider number was stored as a decision.
  { what: 'a 100 KB provider number', url: '/v1/decisions/capacity', as: 'regionNord', body: capacityRequest({ clinic: { providerNumber: 'x'.repeat(100_000) } }), pointer: '/clinic/providerNumber', says: /providerNumber/ },
  { what: 'a provider number that is not six digits', url: '/v1/decisions/capacity', as: 'regionNord', body: capacityRequest({ clinic: { providerNumber: 'abc' } }), pointer: '/clinic/providerNumber', says: /seks cifre/ },
  { what: 'a 100 KB run id', url: '/v1/hearings', as: 'regionNord', body: { runId: 'x'.repeat(100_000) }, pointer: '/runId' },
  { what: 'a 100 KB reason id', url: '/v1/cases/081100/final', as: 'regionNord', body: { minimumPerCapacity: 1600, reasonId: 'x'.repeat(100_000) }, pointer: '/reasonId' },
  { what: 'a 100 KB council', url: '/v1/decisions/capacity', as: 'regionNord', body: capacityRequest({ council: 'x'.repeat(100_000) }), pointer: '/council' },
];

describe.each(backends)('hostile values answer 422 with a pointer ($name)', (backend) => {
  const api = useTestApi(backend);

  beforeAll(async () => {
    await request(api.app).post('/v1/hearings').set(api.auth('regionNord')).send({ runId: api.runId }).expect(201);
    // 081200's case awaits the clinic's response, so the response's own checks are reached.
    await request(api.app).post('/v1/cases/081200/preliminary').set(api.auth('regionNord')).send({ minimumPerCapacity: 1280 }).expect(200);
  });

  it.each(cases)('$what', async ({ method = 'post', url, as, body, pointer, says }) => {
    const res = await request(api.app)[method](url).set(api.auth(as)).set('Content-Type', 'application/json').send(typeof body === 'string' ? body : JSON.stringify(body));
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const error = (res.body.errors as Array<{ pointer: string; message: string }>).find((e) => e.pointer === pointer || e.pointer.startsWith(`${pointer}/`));
    expect(error, JSON.stringify(res.body.errors).slice(0, 500)).toBeDefined();
    if (says) expect(error!.message).toMatch(says);
  });

  it('stores nothing for them', async () => {
    const res = await request(api.app).get('/v1/decisions').set(api.auth('ministry')).expect(200);
    expect(res.body.decisions).toEqual([]);
  });

  it('refuses NUL in a path or query parameter without a 500', async () => {
    const path = await request(api.app).get('/v1/cases/0811%0000').set(api.auth('reader'));
    expect(path.status).toBe(404);
    const query = await request(api.app).get('/v1/decisions?council=a%00b').set(api.auth('reader'));
    expect(query.status).toBe(422);
    expect(query.body.errors[0].pointer).toBe('#/query/council');
  });

  it('answers an address that cannot be decoded (%E0%A4%A, a lone %) with 400, not 500', async () => {
    for (const url of ['/v1/cases/%E0%A4%A', '/v1/cases/%', '/v1/rulesets/%E0/versions/2025.1']) {
      const res = await request(api.app).get(url).set(api.auth('reader'));
      expect(res.status, url).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.detail).toMatch(/adressen/i);
    }
  });
});
