import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { backends, useTestApi } from '../testing/test-app.js';
import { fixtureClinic } from '@fordeling/store/testing';
import { capacityRequest } from '../testing/run-fixture.js';

const pdfParser = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe.each(backends)('the region workbench routes ($name)', (backend) => {
  const api = useTestApi(backend);
  let hearingId: string;

  beforeAll(async () => {
    hearingId = (await request(api.app).post('/v1/hearings').set(api.auth('regionNord')).send({ runId: api.runId }).expect(201)).body.id;
  });

  it('lists the round’s cases with state, deadline and the rule sets’ flags', async () => {
    const post = (pn: string, step: string, body: object) => request(api.app).post(`/v1/cases/${pn}/${step}`).set(api.auth('regionNord')).send(body).expect(200);
    // 081100: 3.000 patients on 2 capacities = 1.500 each; 1.700 ≥ 1.500 × 1,1 is substantially higher, and deviates from 1.600.
    await post('081100', 'preliminary', { minimumPerCapacity: 1700, deviationReasonId: 'local-conditions' });
    const res = await request(api.app).get(`/v1/hearings/${hearingId}/worklist`).set(api.auth('regionNord')).expect(200);
    expect(res.body.counts).toEqual({ advisory: 1, preliminary: 1, response: 0, final: 0 });
    const byNumber = Object.fromEntries(res.body.cases.map((c: { providerNumber: string }) => [c.providerNumber, c]));
    expect(byNumber['081100']).toMatchObject({
      status: 'preliminary', advisoryMinimumPerCapacity: 1600, preliminaryPerCapacity: 1700, deadline: '2025-11-15',
      flags: { deviation: true, dialogue: true, substantiallyHigher: true, dialoguesHeld: 0, overdue: false },
    });
    expect(byNumber['081200']).toMatchObject({ status: 'advisory', preliminaryPerCapacity: null, flags: { deviation: false, dialogue: false, substantiallyHigher: false } });
    // Another region's round does not exist for Midtjylland.
    await request(api.app).get(`/v1/hearings/${hearingId}/worklist`).set(api.auth('regionMidt')).expect(404);
  });

  it('shows a case’s letters as HTML and as PDF, records them once, and refuses the decision letter before the final', async () => {
    const advisory = await request(api.app).get('/v1/cases/081200/letters/vejledende').set(api.auth('regionNord')).expect(200);
    expect(advisory.headers['content-type']).toMatch(/text\/html/);
    // 1.600 / 1,25 = 1.280 per capacity.
    expect(advisory.text).toContain('1.280');
    expect(advisory.headers['fordeling-letter-id']).toMatch(/^VEJ-2025-/);

    const early = await request(api.app).get('/v1/cases/081200/letters/afgoerelse').set(api.auth('regionNord'));
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('intet endeligt minimumspatienttal');

    const post = (step: string, body: object) => request(api.app).post(`/v1/cases/081200/${step}`).set(api.auth('regionNord')).send(body).expect(200);
    await post('preliminary', { minimumPerCapacity: 1400, deviationReasonId: 'special-functions' });
    const hearingLetter = await request(api.app).get('/v1/cases/081200/letters/hoering').set(api.auth('regionNord')).expect(200);
    expect(hearingLetter.text).toContain('1.400');
    await post('response', { comment: 'Vi kan højst tage 2.600 patienter.', maximumPatients: 2600 });
    await post('final', { minimumPerCapacity: 1400, reasonId: 'special-functions' });

    const html = await request(api.app).get('/v1/cases/081200/letters/afgoerelse').set(api.auth('regionNord')).expect(200);
    expect(html.text).toContain('1.400');
    expect(html.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    const pdf = await request(api.app).get('/v1/cases/081200/letters/afgoerelse?format=pdf').set(api.auth('regionNord')).buffer(true).parse(pdfParser).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="081200-afgoerelse.pdf"');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    const first = await request(api.app).post('/v1/cases/081200/letters/afgoerelse').set(api.auth('regionNord')).expect(201);
    expect(first.body).toMatchObject({ kind: 'afgoerelse', recorded: true, letterId: html.headers['fordeling-letter-id'] });
    const again = await request(api.app).post('/v1/cases/081200/letters/afgoerelse').set(api.auth('regionNord')).expect(200);
    expect(again.body.recorded).toBe(false);
    const detail = await request(api.app).get('/v1/cases/081200').set(api.auth('regionNord')).expect(200);
    expect(detail.body.letters).toEqual([expect.objectContaining({ kind: 'afgoerelse', letterId: first.body.letterId, contentHash: first.body.contentHash })]);
  }, 60_000);

  it('keeps another region’s letters and case out of sight, and letter writing to regions', async () => {
    await request(api.app).get('/v1/cases/081200/letters/afgoerelse').set(api.auth('regionMidt')).expect(404);
    await request(api.app).post('/v1/cases/081200/letters/afgoerelse').set(api.auth('regionMidt')).expect(404);
    await request(api.app).post('/v1/cases/081200/letters/afgoerelse').set(api.auth('ministry')).expect(403);
    await request(api.app).get('/v1/cases/081200/letters/brev').set(api.auth('regionNord')).expect(404);
    const badFormat = await request(api.app).get('/v1/cases/081200/letters/vejledende?format=docx').set(api.auth('regionNord'));
    expect(badFormat.status).toBe(422);
    expect(badFormat.body.errors).toEqual([expect.objectContaining({ pointer: '#/query/format' })]);
  });

  it('writes a stored capacity decision’s letter', async () => {
    const created = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(capacityRequest()).expect(201);
    const letter = await request(api.app).get(`/v1/decisions/${created.body.id}/letter`).set(api.auth('regionNord')).expect(200);
    expect(letter.headers['fordeling-letter-id']).toMatch(/^KAP-2025-/);
    expect(letter.text).toContain('081100');
    await request(api.app).get(`/v1/decisions/${created.body.id}/letter`).set(api.auth('regionMidt')).expect(404);
  });

  it('writes the letter of a 2027 decision with its run’s rule sets and round, as the batch does', async () => {
    const refs = (await request(api.app).get(`/v1/runs/${api.runId}`).set(api.auth('reader')).expect(200)).body.run.ruleSets;
    await api.store.registerRun({ synthetic: true, asOf: '2025-07-03', ruleSets: refs }, [{ ...fixtureClinic('071234', 'Midtjylland', 'Kronjylland', 'Norddjurs', 707, 1, 1200, 1.0, 1600), island: 'Anholt' }]);
    // docs/examples/request-anholt-2027-01-01.json: the island exception has ended, the council is at its ceiling.
    const created = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionMidt'))
      .send({ date: '2027-01-01', council: 'Kronjylland', request: 'new', existingCapacities: 136.5, ceiling: 136, clinic: { providerNumber: '071234', island: 'Anholt' }, regionFindsCoverageInsufficient: true })
      .expect(201);
    const letter = await request(api.app).get(`/v1/decisions/${created.body.id}/letter`).set(api.auth('regionMidt')).expect(200);
    expect(letter.headers['fordeling-letter-id']).toMatch(/^KAP-2027-071234-/);
    const unknown = await request(api.app).post('/v1/decisions/capacity').set(api.auth('regionNord')).send(capacityRequest({ clinic: { providerNumber: '999999' } })).expect(201);
    const refused = await request(api.app).get(`/v1/decisions/${unknown.body.id}/letter`).set(api.auth('regionNord'));
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toContain('Ydernummer 999999 står ikke i nogen registreret modelkørsel');
  });

  it('answers a run’s report for the caller’s region, councils at their ceiling marked', async () => {
    const nord = await request(api.app).get(`/v1/runs/${api.runId}/report`).set(api.auth('regionNord')).expect(200);
    expect(nord.body.clinics.map((c: { providerNumber: string }) => c.providerNumber).sort()).toEqual(['081100', '081200']);
    expect(nord.body.councils.map((c: { council: string; year: number; atCeiling: boolean }) => [c.council, c.year, c.atCeiling])).toEqual([
      ['Vendsyssel', 2025, false],
      ['Vendsyssel', 2026, false],
    ]);
    expect(nord.body.totals).toEqual({ clinics: 2, capacities: 3.5, listedPatients: 5500 });
    expect(nord.body.ruleSets).toContainEqual(expect.objectContaining({ id: 'capacity', version: '2025.1', title: expect.stringMatching(/^Kapacitet/) }));
    // A region token cannot ask for another region.
    const other = await request(api.app).get(`/v1/runs/${api.runId}/report?region=Midtjylland`).set(api.auth('regionNord')).expect(200);
    expect(other.body.clinics.map((c: { region: string }) => c.region)).toEqual(['Nordjylland', 'Nordjylland']);
    const midt = await request(api.app).get(`/v1/runs/${api.runId}/report?region=Midtjylland`).set(api.auth('ministry')).expect(200);
    expect(midt.body.councils.map((c: { council: string; atCeiling: boolean }) => [c.council, c.atCeiling])).toEqual([
      ['Aarhus', true],
      ['Aarhus', true],
    ]);
    expect(midt.body.years).toEqual([2025, 2026]);
    await request(api.app).get(`/v1/runs/${api.runId}/report?region=Atlantis`).set(api.auth('ministry')).expect(422);
  });

  it('shows references as users see them: sources by their real titles, never the internal note', async () => {
    const note = 'Illustrativ liste over ikke-brofaste øer (data/ikke_brofaste_oer.csv); seed 000.';
    const res = await request(api.app).post('/v1/references').set(api.auth('reader'))
      .send({ references: [{ instrument: 'BEK nr. 975 af 2025', url: 'https://www.retsinformation.dk/eli/lta/2025/975', note, illustrative: true }, { instrument: 'Sundhedsloven', paragraph: '§ 227, stk. 2' }] })
      .expect(200);
    expect(res.body.references[0]).toMatchObject({ citation: 'BEK nr. 975 af 2025, paragraf udfyldes (illustrativ)', illustrative: true, paragraphMissing: true });
    expect(res.body.references[0].sources).toContainEqual(expect.objectContaining({ id: 'danske-regioner-notat-2025', title: expect.stringContaining('Danske Regioners notat') }));
    expect(res.body.references[0].note).not.toContain('seed 000');
    expect(res.body.references[1]).toMatchObject({ citation: 'Sundhedsloven, § 227, stk. 2', paragraphMissing: false });
    const bad = await request(api.app).post('/v1/references').set(api.auth('reader')).send({ references: [{ paragraph: '§ 1' }] });
    expect(bad.status).toBe(422);
  });
});
