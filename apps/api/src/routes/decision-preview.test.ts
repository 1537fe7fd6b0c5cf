// POST /v1/decisions/capacity/preview (issue 13) through HTTP on both backends: the decision and its
// trace under chosen versions — a draft shipped in the folder or one in the store — never stored,
// every sentence marked as a preview; for the ministry and the regions (their own councils).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@fordeling/engine';
import { capacityRequest } from '../testing/run-fixture.js';
import { backends } from '../testing/test-app.js';
import { useLiveTestApi } from '../testing/live-test-app.js';
import { PREVIEW_BANNER } from './decision-preview.js';

/** The officer's guide's example (docs/rules.md, task 3): Anholt on 1 January 2027. */
const anholt = JSON.parse(readFileSync(path.join(repoRoot, 'docs/examples/request-anholt-2027-01-01.json'), 'utf8')) as Record<string, unknown>;

/** Every sentence of a decision: the explanation, each rule's, each condition's. */
const sentences = (body: { explanation: string[]; trace: Array<{ explanation: string; conditions: Array<{ sentence?: string }> }> }) => [
  ...body.explanation,
  ...body.trace.flatMap((rule) => [rule.explanation, ...rule.conditions.flatMap((c) => (c.sentence === undefined ? [] : [c.sentence]))]),
];

describe.each(backends)('the decision preview ($name)', (backend) => {
  const api = useLiveTestApi(backend);
  const app = () => api.replicas[0].app;

  it('decides under a draft in the folder, marks every sentence as a preview, and stores nothing', async () => {
    const inForce = await request(app()).post('/v1/decisions/capacity/preview').set(api.auth('juristA')).send(anholt).expect(200);
    expect(inForce.body).toMatchObject({ preview: true, outcome: 'refused' });
    const res = await request(app()).post('/v1/decisions/capacity/preview?versions=decisions@2026.1-udkast').set(api.auth('juristA')).send(anholt).expect(200);
    expect(res.body).toMatchObject({ preview: true, draft: true, outcome: 'granted', basis: 'non-bridged-island' });
    expect(res.body.ruleSets.find((r: { id: string }) => r.id === 'decisions')).toMatchObject({ version: '2026.1-udkast', draft: true });
    const all = sentences(res.body);
    expect(all.length).toBeGreaterThan(10);
    for (const sentence of all) expect(sentence.startsWith(`${PREVIEW_BANNER}: `)).toBe(true);
    expect(res.body.explanation[0]).toBe(`${PREVIEW_BANNER}: UDKAST — ikke gældende regler: decisions@2026.1-udkast.`);
    expect(res.headers['fordeling-rulesets']).toContain('decisions@2026.1-udkast;sha256:');
    expect(res.headers.location).toBeUndefined();
    expect(await api.replicas[0].store.listDecisions()).toEqual([]);
    expect(await api.replicas[0].store.listAudit({ entity: 'decision' })).toEqual([]);
  });

  it('decides under a draft in the store (before it is approved)', async () => {
    const created = await request(app()).post('/v1/rulesets/decisions/drafts').set(api.auth('juristA')).send({ validFrom: '2026-08-01', amendment: true }).expect(201);
    const version = created.body.ref.version as string;
    const doc = created.body.document;
    doc.changes = [{ op: 'replace', path: '/content/parameters/islandExceptionEnds/value', value: '2029-01-01', reference: { instrument: 'Udkast', illustrative: true } }];
    await request(app()).put(`/v1/rulesets/decisions/drafts/${version}`).set(api.auth('juristA')).set('Content-Type', 'application/json').send(JSON.stringify(doc)).expect(200);
    const res = await request(app()).post(`/v1/decisions/capacity/preview?versions=decisions@${version}`).set(api.auth('juristB')).send({ ...anholt, date: '2028-06-01' }).expect(200);
    expect(res.body).toMatchObject({ outcome: 'granted', draft: true });
    expect(res.body.explanation.join(' ')).toContain('1. januar 2029');
  });

  it('lets a region preview for its own councils only; readers not at all; a bad selection is a 422', async () => {
    await request(app()).post('/v1/decisions/capacity/preview').set(api.auth('regionNord')).send(capacityRequest()).expect(200);
    await request(app()).post('/v1/decisions/capacity/preview?versions=decisions@2026.1-udkast').set(api.auth('regionNord')).send(anholt).expect(403);
    await request(app()).post('/v1/decisions/capacity/preview').set(api.auth('reader')).send(capacityRequest()).expect(403);
    const bad = await request(app()).post('/v1/decisions/capacity/preview?versions=decisions').set(api.auth('juristA')).send(anholt).expect(422);
    expect(bad.body.errors).toEqual([{ pointer: '#/query/versions', message: expect.stringContaining('id@version') }]);
    const unknown = await request(app()).post('/v1/decisions/capacity/preview?versions=decisions@2030.9').set(api.auth('juristA')).send(anholt).expect(422);
    expect(unknown.body.detail).toContain('»2030.9« af »decisions« findes ikke');
  });
});
