import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { backends, useTestApi, type TokenName } from '../testing/test-app.js';
import { capacityRequest } from '../testing/run-fixture.js';

type Caller = 'none' | TokenName;
const callers: Caller[] = ['none', 'ministry', 'regionNord', 'regionMidt', 'reader'];

/**
 * Route × role → status. Writes send a body that passes authorisation but fails validation (422), so
 * the table shows who is let through without changing state. Region A vs region B on every case
 * route and on the decision routes: another region's case or stored decision answers 404, never 403
 * (deciding for another region's council is 403: the council is the caller's input, not a record).
 */
const matrix: Array<[string, string, unknown, Record<Caller, number>]> = [
  ['GET', '/v1/rulesets', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['GET', '/v1/rulesets/capacity/versions/2025.1', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['GET', '/v1/rulesets/capacity/diff?from=2025.1&to=2026.1-udkast', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['POST', '/v1/rulesets/validate', '{}', { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 403 }],
  ['POST', '/v1/decisions/capacity', capacityRequest(), { none: 401, ministry: 403, regionNord: 201, regionMidt: 403, reader: 403 }],
  ['POST', '/v1/decisions/capacity', capacityRequest({ council: 'Aarhus', clinic: { providerNumber: '071100' } }), { none: 401, ministry: 403, regionNord: 403, regionMidt: 201, reader: 403 }],
  ['GET', '/v1/decisions', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['GET', '/v1/decisions?limit=0', undefined, { none: 401, ministry: 422, regionNord: 422, regionMidt: 422, reader: 422 }],
  ['GET', '/v1/decisions/{decisionNord}', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 404, reader: 200 }],
  ['GET', '/v1/decisions/{decisionMidt}', undefined, { none: 401, ministry: 200, regionNord: 404, regionMidt: 200, reader: 200 }],
  ['POST', '/v1/calculations/weights', {}, { none: 401, ministry: 422, regionNord: 422, regionMidt: 422, reader: 403 }],
  ['POST', '/v1/calculations/clinic-minimum', { meanWeight: 1.25, capacities: 1 }, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 403 }],
  ['POST', '/v1/runs', {}, { none: 401, ministry: 422, regionNord: 403, regionMidt: 403, reader: 403 }],
  ['GET', '/v1/runs', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['GET', '/v1/runs/{run}', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['GET', '/v1/councils', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['GET', '/v1/supplement?asOf=2026-12-14', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['GET', '/v1/runs/{run}/planning-areas?asOf=2026-12-14', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['POST', '/v1/hearings', {}, { none: 401, ministry: 403, regionNord: 422, regionMidt: 422, reader: 403 }],
  ['GET', '/v1/hearings', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['GET', '/v1/hearings/{nord}', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 404, reader: 200 }],
  ['GET', '/v1/hearings/{nord}/cases', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 404, reader: 200 }],
  ['GET', '/v1/hearings/{midt}/cases', undefined, { none: 401, ministry: 200, regionNord: 404, regionMidt: 200, reader: 200 }],
  ['GET', '/v1/cases/081100', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 404, reader: 200 }],
  ['GET', '/v1/cases/071100', undefined, { none: 401, ministry: 200, regionNord: 404, regionMidt: 200, reader: 200 }],
  ['POST', '/v1/cases/081100/preliminary', {}, { none: 401, ministry: 403, regionNord: 422, regionMidt: 404, reader: 403 }],
  ['POST', '/v1/cases/081100/response', {}, { none: 401, ministry: 403, regionNord: 422, regionMidt: 404, reader: 403 }],
  ['POST', '/v1/cases/081100/final', {}, { none: 401, ministry: 403, regionNord: 422, regionMidt: 404, reader: 403 }],
  ['POST', '/v1/cases/081100/dialogue', {}, { none: 401, ministry: 403, regionNord: 422, regionMidt: 404, reader: 403 }],
  ['POST', '/v1/cases/071100/preliminary', {}, { none: 401, ministry: 403, regionNord: 404, regionMidt: 422, reader: 403 }],
  ['POST', '/v1/cases/071100/response', {}, { none: 401, ministry: 403, regionNord: 404, regionMidt: 422, reader: 403 }],
  ['POST', '/v1/cases/071100/final', {}, { none: 401, ministry: 403, regionNord: 404, regionMidt: 422, reader: 403 }],
  // The rules workflow (issue 13): the ministry drafts and approves; everyone reads.
  ['GET', '/v1/rulesets/capacity/drafts', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['POST', '/v1/rulesets/capacity/drafts', {}, { none: 401, ministry: 422, regionNord: 403, regionMidt: 403, reader: 403 }],
  ['PUT', '/v1/rulesets/capacity/drafts/2099.1', '{}', { none: 401, ministry: 404, regionNord: 403, regionMidt: 403, reader: 403 }],
  ['POST', '/v1/rulesets/capacity/drafts/2099.1/submit', {}, { none: 401, ministry: 404, regionNord: 403, regionMidt: 403, reader: 403 }],
  ['POST', '/v1/rulesets/capacity/drafts/2099.1/approve', {}, { none: 401, ministry: 422, regionNord: 403, regionMidt: 403, reader: 403 }],
  ['POST', '/v1/rulesets/capacity/drafts/2099.1/reject', { reason: 'x' }, { none: 401, ministry: 404, regionNord: 403, regionMidt: 403, reader: 403 }],
  ['POST', '/v1/rulesets/capacity/drafts/2026.1-udkast/impact', { runId: 'ingen' }, { none: 401, ministry: 422, regionNord: 422, regionMidt: 422, reader: 403 }],
  ['PUT', '/v1/runs/{run}/inputs', {}, { none: 401, ministry: 422, regionNord: 403, regionMidt: 403, reader: 403 }],
  ['GET', '/v1/runs/{run}/inputs', undefined, { none: 401, ministry: 404, regionNord: 404, regionMidt: 404, reader: 404 }],
  ['POST', '/v1/decisions/capacity/preview', capacityRequest(), { none: 401, ministry: 200, regionNord: 200, regionMidt: 403, reader: 403 }],
  ['POST', '/v1/cases/071100/dialogue', {}, { none: 401, ministry: 403, regionNord: 404, regionMidt: 422, reader: 403 }],
  // Tokens (issue 15): the ministry only.
  ['GET', '/v1/tokens', undefined, { none: 401, ministry: 200, regionNord: 403, regionMidt: 403, reader: 403 }],
  ['POST', '/v1/tokens', {}, { none: 401, ministry: 422, regionNord: 403, regionMidt: 403, reader: 403 }],
  ['POST', '/v1/tokens/ingen/revoke', undefined, { none: 401, ministry: 404, regionNord: 403, regionMidt: 403, reader: 403 }],
  // The region's workbench (issue 16): the worklist, a case's and a decision's letters, a run's report, references.
  ['GET', '/v1/hearings/{nord}/worklist', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 404, reader: 200 }],
  ['GET', '/v1/cases/081100/letters/vejledende', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 404, reader: 200 }],
  ['POST', '/v1/cases/081100/letters/vejledende', {}, { none: 401, ministry: 403, regionNord: 201, regionMidt: 404, reader: 403 }],
  ['GET', '/v1/decisions/{decisionNord}/letter', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 404, reader: 200 }],
  ['GET', '/v1/runs/{run}/report', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['POST', '/v1/references', {}, { none: 401, ministry: 422, regionNord: 422, regionMidt: 422, reader: 422 }],
  // The workbench's Regler and Udkast reads (issue 16): everyone signed in reads the rules; the trial is the ministry's.
  ['GET', '/v1/rulesets/capacity/history?asOf=2026-01-01', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['GET', '/v1/rulesets/geography/changes?from=2026-12-31&to=2027-01-01', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['GET', '/v1/rule-search?q=m%C3%A5ltal', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['GET', '/v1/rule-log', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['GET', '/v1/rulesets/capacity/schema', undefined, { none: 401, ministry: 200, regionNord: 200, regionMidt: 200, reader: 200 }],
  ['GET', '/v1/rulesets/capacity/drafts/1999.1/trial', undefined, { none: 401, ministry: 404, regionNord: 403, regionMidt: 403, reader: 403 }],
];

describe.each(backends)('role matrix ($name)', (backend) => {
  const api = useTestApi(backend);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ids.run = api.runId;
    ids.nord = (await request(api.app).post('/v1/hearings').set(api.auth('regionNord')).send({ runId: api.runId }).expect(201)).body.id;
    ids.midt = (await request(api.app).post('/v1/hearings').set(api.auth('regionMidt')).send({ runId: api.runId }).expect(201)).body.id;
    ids.decisionNord = (await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(capacityRequest()).expect(201)).body.id;
    const aarhus = capacityRequest({ council: 'Aarhus', clinic: { providerNumber: '071100' } });
    ids.decisionMidt = (await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionMidt')).send(aarhus).expect(201)).body.id;
  });

  const rows = matrix.flatMap(([method, path, body, expected]) => callers.map((caller) => ({ method, path, body, caller, status: expected[caller] })));

  it.each(rows)('$method $path as $caller → $status', async ({ method, path, body, caller, status }) => {
    const url = path.replace(/\{(\w+)\}/g, (_m, key: string) => ids[key]);
    let req = method === 'GET' ? request(api.app).get(url) : method === 'PUT' ? request(api.app).put(url) : request(api.app).post(url);
    if (caller !== 'none') req = req.set(api.auth(caller));
    if (typeof body === 'string') req = req.set('Content-Type', 'application/json').send(body);
    else if (body !== undefined) req = req.send(body as object);
    const res = await req;
    expect(res.status, JSON.stringify(res.body)).toBe(status);
  });
});
