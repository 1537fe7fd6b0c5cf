import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { canonicalHash } from '@fordeling/engine';
import { backends, useTestApi } from '../testing/test-app.js';
import { capacityRequest, runFixture } from '../testing/run-fixture.js';

const citizen = {
  id: 'a',
  sex: 'K',
  age: 45,
  somaticDiseases: 0,
  psychiatricDisease: false,
  civilStatus: 'gift',
  menapt: false,
  education: 'lang',
  parentsEducation: 'lang',
  outsideLabourMarket: false,
};

describe.each(backends)('every route on its happy path ($name)', (backend) => {
  const api = useTestApi(backend);

  it('GET /health answers without a token', async () => {
    const res = await request(api.app).get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', store: backend.name });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('echoes a given X-Request-Id', async () => {
    const res = await request(api.app).get('/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(res.headers['x-request-id']).toBe('abc-123');
  });

  it('GET /v1/rulesets lists the rule sets and those in force; the header names them', async () => {
    const res = await request(api.app).get('/v1/rulesets?asOf=2025-10-01').set(api.auth('reader')).expect(200);
    const ids = res.body.inForce.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['capacity', 'decisions', 'geography', 'minimum-patients', 'timeline']));
    const draft = res.body.ruleSets.find((r: { version: string }) => r.version === '2026.1-udkast');
    expect(draft).toMatchObject({ id: 'capacity', status: 'draft', inForce: false });
    expect(res.headers['fordeling-rulesets']).toMatch(/capacity@2025\.1;sha256:[0-9a-f]{64}/);
  });

  it('GET /v1/rulesets/{id}/versions/{version} returns the document and its hash', async () => {
    const res = await request(api.app).get('/v1/rulesets/capacity/versions/2025.1').set(api.auth('reader')).expect(200);
    expect(res.body.ref).toMatchObject({ id: 'capacity', version: '2025.1' });
    expect(res.body.document.content.maximumPatientsPerCapacity.value).toBe(2700);
    expect(res.headers['fordeling-rulesets']).toBe(`capacity@2025.1;${res.body.ref.hash}`);
  });

  it('GET /v1/rulesets/{id}/diff describes the changes in Danish sentences', async () => {
    const res = await request(api.app).get('/v1/rulesets/capacity/diff?from=2025.1&to=2026.1-udkast').set(api.auth('reader')).expect(200);
    expect(res.body.changes.length).toBeGreaterThan(0);
    for (const change of res.body.changes) expect(typeof change.sentence).toBe('string');
  });

  it('POST /v1/rulesets/validate reports problems with line, column and pointer', async () => {
    const text = '{\n  "id": "capacity",\n  "kind": "capacity"\n}\n';
    const res = await request(api.app).post('/v1/rulesets/validate').set(api.auth('ministry')).set('Content-Type', 'application/json').send(text).expect(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.problems.length).toBeGreaterThan(0);
    const missingVersion = res.body.problems.find((p: { pointer: string }) => p.pointer === '/version');
    expect(missingVersion).toMatchObject({ file: 'forespørgsel', line: 1, column: 1 });
  });

  it('POST /v1/rulesets/validate checks a document as a file of the library, checks across files included', async () => {
    const shipped = await request(api.app).get('/v1/rulesets/minimum-patients/versions/2025.1').set(api.auth('reader'));
    const validate = (doc: unknown) => request(api.app).post('/v1/rulesets/validate').set(api.auth('regionNord')).set('Content-Type', 'application/json').send(JSON.stringify(doc, null, 2));
    expect((await validate(shipped.body.document)).body).toEqual({ valid: true, problems: [], warnings: [] });
    expect((await validate({ ...shipped.body.document, version: '2027.1', validFrom: '2027-02-01', status: 'draft' })).body).toEqual({ valid: true, problems: [], warnings: [] });
    // The published version edited and marked draft again: the lock still protects it.
    const reverted = await validate({ ...shipped.body.document, status: 'draft' });
    expect(reverted.status).toBe(200);
    expect(reverted.body).toMatchObject({ valid: false, problems: [{ file: 'forespørgsel', pointer: '/status', message: expect.stringContaining('En offentliggjort version kan ikke blive et udkast igen') }] });
  });

  it('POST /v1/decisions/capacity decides, stores with an audit entry, and names the rules', async () => {
    const res = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(capacityRequest()).expect(201);
    expect(res.body).toMatchObject({ outcome: 'granted', basis: 'within-ceiling', decidingRule: 'within-ceiling', validUntil: null });
    expect(res.body.ruleSets.map((r: { id: string }) => r.id)).toContain('decisions');
    expect(res.headers['fordeling-rulesets']).toContain('decisions@2025.1;sha256:');
    const stored = await api.store.getDecision(res.body.id);
    expect(stored).toMatchObject({ outcome: 'granted', council: 'Vendsyssel' });
    const audit = await api.store.listAudit({ entityId: res.body.id });
    expect(audit.length).toBeGreaterThan(0);
  });

  it('POST /v1/decisions/capacity refuses a new capacity in a closed council', async () => {
    const res = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(capacityRequest({ existingCapacities: 126 })).expect(201);
    expect(res.body).toMatchObject({ outcome: 'refused', basis: 'ceiling-reached' });
  });

  it('POST /v1/decisions/capacity: concurrent decisions are each answered after being stored with their own audit entry', async () => {
    const bodies = Array.from({ length: 12 }, (_, i) => capacityRequest({ existingCapacities: 110 + i }));
    const responses = await Promise.all(bodies.map((body) => request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(body)));
    for (const [i, res] of responses.entries()) {
      expect(res.status).toBe(201);
      expect((await api.store.getDecision(res.body.id))?.request.existingCapacities).toBe(110 + i);
      const audit = await api.store.listAudit({ entity: 'decision', entityId: res.body.id });
      expect(audit.map((a) => a.inputHash)).toEqual([canonicalHash(bodies[i])]);
    }
  });

  it('POST /v1/calculations/weights explains each citizen', async () => {
    const res = await request(api.app).post('/v1/calculations/weights').set(api.auth('regionNord')).send({ citizens: [citizen, { ...citizen, id: 'b', outsideLabourMarket: true }] }).expect(200);
    const [a, b] = res.body.citizens;
    expect(a.id).toBe('a');
    // Outside the labour market adds 0,54 (seed 000, box 1).
    expect(b.weight - a.weight).toBeCloseTo(0.54, 10);
    expect(b.contributions.map((c: { value: number }) => c.value)).toContain(0.54);
    expect(res.body.normalisation.applied).toBe(false);
  });

  it('POST /v1/calculations/clinic-minimum: 1.600 / 1,25 = 1.280 per capacity', async () => {
    const res = await request(api.app).post('/v1/calculations/clinic-minimum').set(api.auth('regionNord')).send({ meanWeight: 1.25, capacities: 1.5 }).expect(200);
    expect(res.body).toMatchObject({ advisoryMinimumPerCapacity: 1280, advisoryMinimumTotal: 1920, target: 1600, maximumPerCapacity: 2700 });
  });

  it('POST /v1/calculations/clinic-minimum from patients uses their mean raw weight', async () => {
    const weights = await request(api.app).post('/v1/calculations/weights').set(api.auth('regionNord')).send({ citizens: [citizen] });
    const w = weights.body.citizens[0].weight;
    const res = await request(api.app).post('/v1/calculations/clinic-minimum').set(api.auth('regionNord')).send({ patients: [citizen, citizen], capacities: 1 }).expect(200);
    expect(res.body.meanWeight).toBeCloseTo(w, 12);
    expect(res.body.advisoryMinimumPerCapacity).toBe(Math.min(2700, Math.round(1600 / w)));
  });

  it('POST /v1/runs registers a run; GET /v1/runs/{id} returns it', async () => {
    const fixture = runFixture([]);
    const created = await request(api.app).post('/v1/runs').set(api.auth('ministry')).send(fixture).expect(201);
    expect(created.body.clinicCount).toBe(4);
    const got = await request(api.app).get(`/v1/runs/${created.body.id}`).set(api.auth('reader')).expect(200);
    expect(got.body.clinics).toHaveLength(4);
    const regional = await request(api.app).get(`/v1/runs/${created.body.id}`).set(api.auth('regionNord')).expect(200);
    expect(regional.body.clinics.map((c: { providerNumber: string }) => c.providerNumber).sort()).toEqual(['081100', '081200']);
  });

  // Seed 000: »Bekendtgørelsen tilsiger, hvor mange læger et sundhedsråd kan have ved udgangen af 2025
  // og 2026« — the order's number is the ceiling; the model's figure is shown beside it with the difference.
  it('GET /v1/councils returns the ceilings of a year: the order’s number, »beregnet efter modellen« and the difference', async () => {
    const res = await request(api.app).get(`/v1/councils?year=2026&runId=${api.runId}`).set(api.auth('reader')).expect(200);
    const vendsyssel = res.body.councils.find((c: { council: string }) => c.council === 'Vendsyssel');
    expect(vendsyssel).toMatchObject({ year: 2026, ceiling: 123, computedCeiling: 127, fixedCeiling: 123, ceilingDifference: 4, freeCapacities: 3 });
    const y2025 = await request(api.app).get(`/v1/councils?year=2025&runId=${api.runId}`).set(api.auth('reader')).expect(200);
    expect(y2025.body.councils.find((c: { council: string }) => c.council === 'Vendsyssel')).toMatchObject({ ceiling: 126, computedCeiling: 126, fixedCeiling: null, ceilingDifference: null });
  });

  // Sundhedsloven § 206 b, stk. 5: from 1 July 2025 to 31 December 2026 the regions may agree a
  // temporary supplement with practice owners in areas with a shortage of doctors.
  it('GET /v1/supplement gives the period and the areas, and whether it holds on the day', async () => {
    const res = await request(api.app).get('/v1/supplement?asOf=2026-12-14').set(api.auth('reader')).expect(200);
    expect(res.body).toMatchObject({ asOf: '2026-12-14', from: '2025-07-01', to: '2026-12-31', inForce: true, citation: 'Sundhedsloven, § 206 b, stk. 5' });
    expect(res.body.areas[0]).toMatchObject({ id: 'lolland-falster-vordingborg', region: 'Region Sjælland', municipalities: ['Lolland', 'Guldborgsund', 'Vordingborg'], illustrative: true });
    expect((await request(api.app).get('/v1/supplement?asOf=2027-01-04').set(api.auth('reader')).expect(200)).body.inForce).toBe(false);
    expect((await request(api.app).get('/v1/supplement').set(api.auth('reader'))).status).toBe(404); // »today« (1 October 2025): not yet in the rule sets
  });

  // Region Hovedstaden plans København in smaller areas (its districts) within the council.
  it('GET /v1/runs/{id}/planning-areas gives the regions’ areas with the run’s clinics; a region sees its own', async () => {
    const res = await request(api.app).get(`/v1/runs/${api.runId}/planning-areas?asOf=2026-12-14`).set(api.auth('reader')).expect(200);
    expect(res.body.areas.map((a: { name: string }) => a.name)).toContain('Østerbro');
    expect(res.body.areas.every((a: { region: string; clinics: number }) => a.region === 'Hovedstaden' && a.clinics === 0)).toBe(true);
    const nord = await request(api.app).get(`/v1/runs/${api.runId}/planning-areas?asOf=2026-12-14`).set(api.auth('regionNord')).expect(200);
    expect(nord.body.areas).toEqual([]);
  });

  it('POST /v1/hearings opens a round with the timeline dates; cases are listed', async () => {
    const opened = await request(api.app).post('/v1/hearings').set(api.auth('regionMidt')).send({ runId: api.runId }).expect(201);
    expect(opened.body).toMatchObject({ year: 2025, caseCount: 2 });
    expect(opened.body.dates).toMatchObject({ 'preliminary-sent': '2025-10-15', 'final-effective': '2026-02-01' });
    const cases = await request(api.app).get(`/v1/hearings/${opened.body.id}/cases?status=advisory`).set(api.auth('regionMidt')).expect(200);
    expect(cases.body.cases.map((c: { providerNumber: string }) => c.providerNumber).sort()).toEqual(['071100', '071200']);
    const one = await request(api.app).get('/v1/cases/071100').set(api.auth('reader')).expect(200);
    expect(one.body).toMatchObject({ status: 'advisory', advisoryMinimumPerCapacity: 1778, history: expect.any(Array), letters: [] });
  });

  it('GET /openapi.json is an OpenAPI 3.1 document listing every route', async () => {
    const res = await request(api.app).get('/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.info.title).toBeTruthy();
    const listed = Object.entries(res.body.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(listed).toEqual(
      expect.arrayContaining([
        'GET /health',
        'GET /v1/rulesets',
        'GET /v1/rulesets/{id}/versions/{version}',
        'GET /v1/rulesets/{id}/diff',
        'POST /v1/rulesets/validate',
        'POST /v1/decisions/capacity',
        'POST /v1/calculations/weights',
        'POST /v1/calculations/clinic-minimum',
        'POST /v1/runs',
        'GET /v1/runs/{id}',
        'GET /v1/councils',
        'POST /v1/hearings',
        'GET /v1/hearings/{id}/cases',
        'GET /v1/cases/{providerNumber}',
        'POST /v1/cases/{providerNumber}/preliminary',
        'POST /v1/cases/{providerNumber}/response',
        'POST /v1/cases/{providerNumber}/final',
      ]),
    );
    for (const ops of Object.values(res.body.paths as Record<string, Record<string, { responses: object }>>)) {
      for (const op of Object.values(ops)) expect(Object.keys(op.responses).length).toBeGreaterThan(0);
    }
  });

  it('GET /docs serves the Swagger UI', async () => {
    const res = await request(api.app).get('/docs/').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('swagger-ui');
  });
});
