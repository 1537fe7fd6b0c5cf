// The rules workflow through HTTP (issue 13), on PGlite and on PostgreSQL, with the server composed
// as `fordeling serve` composes it (the shipped folder and the store, kept live): two ministry users
// draft, submit and approve; the author is refused approval; a region is refused drafting; a
// published version is refused an update; a broken draft is kept with its problems and never
// published; a rejected draft goes back to its author.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { backends } from '../testing/test-app.js';
import { useLiveTestApi } from '../testing/live-test-app.js';

type Doc = { content: Record<string, { value: unknown }>; status: string };

/** The draft's document with one parameter's value changed, as an officer saves it. */
function withValue(document: Doc, parameter: string, value: unknown): string {
  const copy = structuredClone(document);
  copy.content[parameter].value = value;
  return `${JSON.stringify(copy, null, 2)}\n`;
}

describe.each(backends)('the rules workflow through HTTP ($name)', (backend) => {
  const api = useLiveTestApi(backend);
  const app = () => api.replicas[0].app;

  it('two ministry users: A drafts, saves and submits, A may not approve (403 naming the rule), B approves and publishes', async () => {
    const created = await request(app()).post('/v1/rulesets/capacity/drafts').set(api.auth('juristA')).send({ validFrom: '2027-01-01' }).expect(201);
    expect(created.headers.location).toBe('/v1/rulesets/capacity/versions/2027.1');
    expect(created.body).toMatchObject({ ref: { id: 'capacity', version: '2027.1', draft: true }, file: 'databasen/bek-975-2025/capacity/2027.1.json', state: { status: 'draft', source: 'store', revision: 1, authors: [{ label: 'Jurist A' }], problems: [] } });

    const text = withValue(created.body.document, 'targetWeightedCitizensPerCapacity', 1550);
    const saved = await request(app()).put('/v1/rulesets/capacity/drafts/2027.1').set(api.auth('juristA')).set('If-Match', '"1"').set('Content-Type', 'application/json').send(text).expect(200);
    expect(saved.body).toMatchObject({ valid: true, state: { status: 'draft', revision: 2, problems: [] }, text });
    // A stale revision changes nothing.
    const stale = await request(app()).put('/v1/rulesets/capacity/drafts/2027.1').set(api.auth('juristA')).set('If-Match', '1').set('Content-Type', 'application/json').send(text).expect(409);
    expect(stale.body).toMatchObject({ ruleId: 'stale-revision', type: expect.stringContaining('rule-workflow') });

    await request(app()).post('/v1/rulesets/capacity/drafts/2027.1/submit').set(api.auth('juristA')).send({}).expect(200);
    const own = await request(app()).post('/v1/rulesets/capacity/drafts/2027.1/approve').set(api.auth('juristA')).send({ reason: 'Egen godkendelse' }).expect(403);
    expect(own.body).toMatchObject({ status: 403, ruleId: 'four-eyes', rule: expect.stringContaining('Fire øjne'), detail: expect.stringContaining('Jurist A har skrevet i udkastet capacity@2027.1') });

    const approved = await request(app()).post('/v1/rulesets/capacity/drafts/2027.1/approve').set(api.auth('juristB')).send({ reason: 'Måltallet sænkes til 1.550 (BEK nr. 1500 af 2025)' }).expect(200);
    expect(approved.body).toMatchObject({
      ref: { id: 'capacity', version: '2027.1' },
      state: { status: 'published', approvedBy: { label: 'Jurist B' }, publishReason: 'Måltallet sænkes til 1.550 (BEK nr. 1500 af 2025)', inForce: { from: '2027-01-01' } },
      predecessor: { id: 'capacity', version: '2026.2' },
      tests: expect.stringMatching(/passed, 0 failed/),
      rules: 'ok',
    });
    expect(approved.body.ref.draft).toBeUndefined();
    expect(approved.body.changes.map((c: { sentence: string }) => c.sentence)).toContainEqual(expect.stringContaining('ændres fra 1.600 til 1.550'));
    const hash = approved.body.ref.hash as string;
    expect(approved.headers['fordeling-rulesets']).toBe(`capacity@2027.1;${hash}`);

    // This server answers with it from its first day, without a restart.
    const inForce = async (asOf: string) => (await request(app()).get(`/v1/rulesets?asOf=${asOf}`).set(api.auth('reader')).expect(200)).body.inForce.find((r: { id: string }) => r.id === 'capacity');
    expect(await inForce('2026-12-31')).toMatchObject({ version: '2026.2' });
    expect(await inForce('2027-01-01')).toEqual({ id: 'capacity', version: '2027.1', hash });

    // State and history, every step naming its person; the audit log names both people.
    const got = await request(app()).get('/v1/rulesets/capacity/versions/2027.1').set(api.auth('regionNord')).expect(200);
    expect(got.body.history.map((h: { action: string; actor: { label: string } }) => `${h.action} ${h.actor.label}`)).toEqual(['create Jurist A', 'update Jurist A', 'submit Jurist A', 'approve Jurist B']);
    const audit = await api.replicas[0].store.listAudit({ entity: 'rule-version', entityId: 'capacity@2027.1' });
    expect(audit.at(-1)).toMatchObject({ action: 'ruleset.publish', details: { authors: [{ label: 'Jurist A' }], approvedBy: { label: 'Jurist B' }, hash } });
    // The shipped version shows its state from the lock.
    const shipped = await request(app()).get('/v1/rulesets/capacity/versions/2026.2').set(api.auth('reader')).expect(200);
    expect(shipped.body).toMatchObject({ state: { status: 'published', source: 'folder', inForce: { from: '2026-12-14', to: '2026-12-31', succeededBy: '2027.1' } }, history: [{ action: 'publish' }] });
  });

  it('refuses drafting to regions and readers (403), and an update of a published version (409 naming the rule)', async () => {
    for (const caller of ['regionNord', 'reader'] as const) {
      await request(app()).post('/v1/rulesets/capacity/drafts').set(api.auth(caller)).send({ validFrom: '2027-01-01' }).expect(403);
      await request(app()).put('/v1/rulesets/capacity/drafts/2027.1').set(api.auth(caller)).set('Content-Type', 'application/json').send('{}').expect(403);
      await request(app()).post('/v1/rulesets/capacity/drafts/2027.1/approve').set(api.auth(caller)).send({ reason: 'x' }).expect(403);
    }
    // Readers and regions read.
    await request(app()).get('/v1/rulesets/capacity/drafts').set(api.auth('reader')).expect(200);
    for (const version of ['2027.1', '2025.1']) {
      const res = await request(app()).put(`/v1/rulesets/capacity/drafts/${version}`).set(api.auth('juristA')).set('Content-Type', 'application/json').send('{}').expect(409);
      expect(res.body).toMatchObject({ ruleId: 'published-versions-immutable', title: 'Konflikt med versionens tilstand', detail: expect.stringContaining(`»${version}« af »capacity« er offentliggjort`) });
    }
    const exists = await request(app()).post('/v1/rulesets/capacity/drafts').set(api.auth('juristA')).send({ validFrom: '2026-06-01', version: '2027.1' }).expect(409);
    expect(exists.body.ruleId).toBe('version-exists');
  });

  it('keeps a broken draft with its problems (pointer, line, Danish message) and never submits or publishes it', async () => {
    const created = await request(app()).post('/v1/rulesets/minimum-patients/drafts').set(api.auth('juristA')).send({ validFrom: '2026-02-01' }).expect(201);
    const version = created.body.ref.version as string;
    const broken = withValue(created.body.document, 'deviationRequiresReasonAboveShare', '0,1');
    const saved = await request(app()).put(`/v1/rulesets/minimum-patients/drafts/${version}`).set(api.auth('juristA')).set('Content-Type', 'application/json').send(broken).expect(200);
    expect(saved.body.valid).toBe(false);
    const problem = saved.body.state.problems[0];
    expect(problem).toMatchObject({ file: `databasen/bek-975-2025/minimum-patients/${version}.json`, pointer: '/content/deviationRequiresReasonAboveShare/value', message: expect.stringContaining('tekst') });
    expect(broken.split('\n')[problem.line - 1]).toContain('"0,1"');
    const kept = await request(app()).get(`/v1/rulesets/minimum-patients/versions/${version}`).set(api.auth('juristB')).expect(200);
    expect(kept.body.state.problems).toEqual(saved.body.state.problems);

    const submit = await request(app()).post(`/v1/rulesets/minimum-patients/drafts/${version}/submit`).set(api.auth('juristA')).send({}).expect(422);
    expect(submit.body).toMatchObject({ ruleId: 'draft-without-problems', detail: expect.stringContaining('kan ikke sendes til godkendelse') });
    const approve = await request(app()).post(`/v1/rulesets/minimum-patients/drafts/${version}/approve`).set(api.auth('juristB')).send({ reason: 'x' }).expect(409);
    expect(approve.body.ruleId).toBe('rule-version-steps');
    const listed = await request(app()).get('/v1/rulesets').set(api.auth('reader')).expect(200);
    expect(listed.body.ruleSets.map((r: { id: string; version: string }) => `${r.id}@${r.version}`)).not.toContain(`minimum-patients@${version}`);
  });

  it('rejects with a reason; the author writes again and resubmits', async () => {
    const created = await request(app()).post('/v1/rulesets/timeline/drafts').set(api.auth('juristA')).send({ validFrom: '2026-07-01', amendment: true }).expect(201);
    expect(created.body.document).toMatchObject({ amends: '2025.1', changes: [] });
    const version = created.body.ref.version as string;
    await request(app()).post(`/v1/rulesets/timeline/drafts/${version}/submit`).set(api.auth('juristA')).send({}).expect(200);
    await request(app()).post(`/v1/rulesets/timeline/drafts/${version}/reject`).set(api.auth('juristB')).send({}).expect(422);
    const rejected = await request(app()).post(`/v1/rulesets/timeline/drafts/${version}/reject`).set(api.auth('juristB')).send({ reason: 'Ændringen mangler.' }).expect(200);
    expect(rejected.body.state).toMatchObject({ status: 'rejected', rejectedBy: { label: 'Jurist B' }, rejectReason: 'Ændringen mangler.' });
    const again = await request(app()).put(`/v1/rulesets/timeline/drafts/${version}`).set(api.auth('juristA')).set('Content-Type', 'application/json').send(rejected.body.text).expect(200);
    expect(again.body.state.status).toBe('draft');
    expect(again.body.history.map((h: { action: string }) => h.action)).toEqual(['create', 'submit', 'reject', 'update']);
  });

  it('validates a body with the checks across files against the library as published through the store', async () => {
    const published = (await request(app()).get('/v1/rulesets/capacity/versions/2027.1').set(api.auth('juristA')).expect(200)).body.document;
    const sameDay = JSON.stringify({ ...published, version: '2027.2' }, null, 2);
    const res = await request(app()).post('/v1/rulesets/validate').set(api.auth('juristA')).set('Content-Type', 'application/json').send(sameDay).expect(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.problems.map((p: { message: string }) => p.message).join('\n')).toContain('1. januar 2027');
  });
});
