import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { backends, useTestApi } from '../testing/test-app.js';

describe.each(backends)('a case through its whole life over HTTP ($name)', (backend) => {
  const api = useTestApi(backend);

  beforeAll(async () => {
    await request(api.app).post('/v1/hearings').set(api.auth('regionNord')).send({ runId: api.runId }).expect(201);
  });

  it('advisory → preliminary → response → final, each checked against the rule sets', async () => {
    const post = (step: string, body: object) => request(api.app).post(`/v1/cases/081200/${step}`).set(api.auth('regionNord')).send(body);

    // Any deviation from the advisory 1.280 needs a reason from the minimum-patients rule set (share 0).
    const noReason = await post('preliminary', { minimumPerCapacity: 1400 });
    expect(noReason.status).toBe(422);
    expect((await post('preliminary', { minimumPerCapacity: 1400, deviationReasonId: 'no-such-reason' })).status).toBe(422);

    const preliminary = await post('preliminary', { minimumPerCapacity: 1400, deviationReasonId: 'special-functions' }).expect(200);
    expect(preliminary.body).toMatchObject({ status: 'preliminary', version: 2, preliminary: { minimumPerCapacity: 1400, deviationReasonId: 'special-functions', dialogueRequired: false } });
    expect(preliminary.headers['fordeling-rulesets']).toContain('minimum-patients@2025.1;sha256:');

    const response = await post('response', { comment: 'Vi kan højst tage 2.600 patienter.', maximumPatients: 2600 }).expect(200);
    expect(response.body).toMatchObject({ status: 'response', response: { maximumPatients: 2600 } });

    // The maximum of 2.700 per capacity holds for the final number too.
    expect((await post('final', { minimumPerCapacity: 2800, reasonId: 'special-functions' })).status).toBe(422);
    const final = await post('final', { minimumPerCapacity: 1400, reasonId: 'special-functions' }).expect(200);
    expect(final.body).toMatchObject({ status: 'final', final: { minimumPerCapacity: 1400, effectiveDate: '2026-02-01' } });
    expect(final.body.history.map((h: { toStatus: string }) => h.toStatus)).toEqual(expect.arrayContaining(['preliminary', 'response', 'final']));
    expect(final.body.letters).toEqual([]);

    // A final case cannot move again.
    expect((await post('final', { minimumPerCapacity: 1400, reasonId: 'special-functions' })).status).toBe(409);
  });

  // The hearing letter: »Hører vi ikke fra jer inden fristen, træffer vi afgørelse på det foreliggende
  // grundlag« — but not before the deadline (the round's, 15 November 2025; »today« is 1 October 2025).
  it('refuses a final without a response before the deadline, and records a dialogue on the case', async () => {
    await request(api.app).post('/v1/hearings').set(api.auth('regionMidt')).send({ runId: api.runId }).expect(201);
    const post = (step: string, body: object) => request(api.app).post(`/v1/cases/071200/${step}`).set(api.auth('regionMidt')).send(body);
    await post('preliminary', { minimumPerCapacity: 1455 }).expect(200);
    const early = await post('final', { minimumPerCapacity: 1455 });
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('Klinikken har frist til 15. november 2025 for sit høringssvar');
    expect((await post('dialogue', { heldOn: '2025-10-02', outcome: 'x', agreement: true })).status).toBe(409); // not yet held
    const dialogue = await post('dialogue', { heldOn: '2025-09-30', outcome: 'Telefonmøde; klinikken er enig i tallet.', agreement: true }).expect(200);
    expect(dialogue.body).toMatchObject({ status: 'preliminary', version: 3, dialogues: [{ heldOn: '2025-09-30', agreement: true }] });
    expect(dialogue.body.history.at(-1)).toMatchObject({ fromStatus: 'preliminary', toStatus: 'preliminary', data: { dialogue: { heldOn: '2025-09-30' } } });
  });

  it('flags a dialogue when the number is substantially above the current patients per capacity', async () => {
    // 081100: 3.000 patients on 2 capacities = 1.500 each; 1.700 ≥ 1.500 × 1,1.
    const res = await request(api.app).post('/v1/cases/081100/preliminary').set(api.auth('regionNord')).send({ minimumPerCapacity: 1700, deviationReasonId: 'local-conditions' }).expect(200);
    expect(res.body.preliminary.dialogueRequired).toBe(true);
  });

  it('two concurrent writes to one case: one succeeds, one gets 409, the history stays intact', async () => {
    const post = () => request(api.app).post('/v1/cases/081100/response').set(api.auth('regionNord')).send({ comment: 'Svar', maximumPatients: 3000 });
    const results = await Promise.all([post(), post()]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const detail = await request(api.app).get('/v1/cases/081100').set(api.auth('regionNord')).expect(200);
    expect(detail.body.status).toBe('response');
    expect(detail.body.history.filter((h: { toStatus: string }) => h.toStatus === 'response')).toHaveLength(1);
    const versions = detail.body.history.map((h: { version: number }) => h.version);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('a stale expectedVersion is refused with 409', async () => {
    const res = await request(api.app).post('/v1/cases/081100/final').set(api.auth('regionNord')).send({ minimumPerCapacity: 1700, reasonId: 'local-conditions', expectedVersion: 1 });
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});
