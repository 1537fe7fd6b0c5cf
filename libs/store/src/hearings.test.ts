import { beforeAll, describe, expect, it } from 'vitest';
import { RuleViolationError, StateConflictError } from './errors.js';
import type { HearingCase, HearingRecord } from './contract/index.js';
import { backends } from './testing/backends.js';
import { caseRules, clinicActor, clinics, hearingDates, regionActor, ruleSets, runJson } from './testing/fixtures.js';
import { useStore } from './testing/use-store.js';

describe.each(backends)('hearing rounds and cases ($name)', (backend) => {
  const ctx = useStore(backend);
  let hearing: HearingRecord;
  const caseOf = async (providerNumber: string): Promise<HearingCase> =>
    (await ctx.store.listCases(hearing.id)).find((c) => c.providerNumber === providerNumber)!;

  beforeAll(async () => {
    await ctx.store.registerRun(runJson, clinics, { id: 'run-1' });
    hearing = await ctx.store.openHearing({
      region: 'Nordjylland', year: 2027, runId: 'run-1', dates: hearingDates, actor: regionActor, ruleSets, at: '2026-06-15T09:00:00.000Z',
    });
  });

  it('opens one advisory case per clinic of the region, with the run’s advisory numbers', async () => {
    expect(hearing).toMatchObject({ region: 'Nordjylland', year: 2027, runId: 'run-1', dates: hearingDates, caseCount: 3, openedBy: regionActor.id });
    const cases = await ctx.store.listCases(hearing.id);
    expect(cases.map((c) => [c.providerNumber, c.status, c.version, c.advisoryMinimumPerCapacity, c.advisoryMinimumTotal])).toEqual([
      ['100001', 'advisory', 1, 1580, 3160],
      ['100002', 'advisory', 1, 1620, 2430],
      ['100003', 'advisory', 1, 1700, 1700],
    ]);
    expect(cases.every((c) => c.region === 'Nordjylland' && c.year === 2027)).toBe(true);
    expect(await ctx.store.getCase('200001')).toBeUndefined(); // Midtjylland has no round
    expect(await ctx.store.listCases(hearing.id, 'final')).toEqual([]);
  });

  it('walks a case through advisory → preliminary → response → final with its history', async () => {
    const { id } = await caseOf('100001');
    const preliminary = await ctx.store.setPreliminary({
      caseId: id, expectedVersion: 1, minimumPerCapacity: 1650, deviationReasonId: 'local-conditions', dialogueRequired: false,
      rules: caseRules, actor: regionActor, ruleSets, inputHash: 'sha256:p1', at: '2026-10-15T09:00:00.000Z',
    });
    expect(preliminary).toMatchObject({ status: 'preliminary', version: 2,
      preliminary: { minimumPerCapacity: 1650, deviationReasonId: 'local-conditions', dialogueRequired: false, at: '2026-10-15T09:00:00.000Z', actorId: regionActor.id } });

    const response = await ctx.store.recordResponse({
      caseId: id, expectedVersion: 2, comment: 'Vi kan højst tage 3.200 patienter.', maximumPatients: 3200, actor: clinicActor, at: '2026-11-10T09:00:00.000Z',
    });
    expect(response).toMatchObject({ status: 'response', version: 3, response: { comment: 'Vi kan højst tage 3.200 patienter.', maximumPatients: 3200 } });

    const final = await ctx.store.setFinal({
      caseId: id, expectedVersion: 3, minimumPerCapacity: 1600, reasonId: 'clinic-conditions', effectiveDate: '2027-02-01',
      rules: caseRules, actor: regionActor, ruleSets, inputHash: 'sha256:f1', at: '2026-12-15T09:00:00.000Z',
    });
    expect(final).toMatchObject({ status: 'final', version: 4, final: { minimumPerCapacity: 1600, reasonId: 'clinic-conditions', effectiveDate: '2027-02-01' } });

    const detail = (await ctx.store.getCase('100001', 2027))!;
    expect(detail.status).toBe('final');
    expect(detail.history.map((h) => [h.fromStatus, h.toStatus, h.version, h.actorId, h.at])).toEqual([
      [null, 'advisory', 1, regionActor.id, '2026-06-15T09:00:00.000Z'],
      ['advisory', 'preliminary', 2, regionActor.id, '2026-10-15T09:00:00.000Z'],
      ['preliminary', 'response', 3, clinicActor.id, '2026-11-10T09:00:00.000Z'],
      ['response', 'final', 4, regionActor.id, '2026-12-15T09:00:00.000Z'],
    ]);
    expect(detail.history[3].data).toEqual({ minimumPerCapacity: 1600, reasonId: 'clinic-conditions', effectiveDate: '2027-02-01' });
    expect(detail.updatedAt).toBe('2026-12-15T09:00:00.000Z');
  });

  it('refuses to skip a step or go back (StateConflictError) and leaves the case unchanged', async () => {
    const { id } = await caseOf('100002');
    const skip = ctx.store.setFinal({ caseId: id, minimumPerCapacity: 1620, effectiveDate: '2027-02-01', rules: caseRules, actor: regionActor });
    await expect(skip).rejects.toBeInstanceOf(StateConflictError);
    await expect(skip).rejects.toThrow('Sagen er i trin "vejledende" og kan ikke gå til "endelig"; det kræver trin "høringssvar" — eller "foreløbig", når klinikkens høringsfrist er udløbet.');
    await expect(ctx.store.recordResponse({ caseId: id, comment: 'x', actor: clinicActor })).rejects.toBeInstanceOf(StateConflictError);

    const final = (await ctx.store.getCase('100001'))!;
    const back = ctx.store.setPreliminary({ caseId: final.id, minimumPerCapacity: 1580, dialogueRequired: false, rules: caseRules, actor: regionActor });
    await expect(back).rejects.toMatchObject({ httpStatus: 409, details: { currentStatus: 'final', requestedStatus: 'preliminary' } });
    expect((await ctx.store.getCase('100001'))!.history).toHaveLength(4);
    expect(await caseOf('100002')).toMatchObject({ status: 'advisory', version: 1 });
  });

  it('refuses a stale expected version', async () => {
    const { id } = await caseOf('100002');
    const stale = ctx.store.setPreliminary({ caseId: id, expectedVersion: 7, minimumPerCapacity: 1620, dialogueRequired: false, rules: caseRules, actor: regionActor });
    await expect(stale).rejects.toMatchObject({ name: 'StateConflictError', details: { currentVersion: 1, expectedVersion: 7 } });
  });

  it('refuses a minimum above 2.700 per capacity with the rule, a Danish message and the legal reference', async () => {
    await ctx.store.setPreliminary({ caseId: (await caseOf('100003')).id, minimumPerCapacity: 1700, dialogueRequired: false, rules: caseRules, actor: regionActor });
    await ctx.store.recordResponse({ caseId: (await caseOf('100003')).id, comment: '', actor: clinicActor });
    const { id } = await caseOf('100003');
    const error = await ctx.store
      .setFinal({ caseId: id, minimumPerCapacity: 2701, reasonId: 'local-conditions', effectiveDate: '2027-02-01', rules: caseRules, actor: regionActor })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(error).toMatchObject({
      httpStatus: 422,
      ruleId: 'minimum-patients/maximum-per-capacity',
      field: 'minimumPerCapacity',
      reference: { instrument: 'Sundhedsloven', paragraph: '§ 206 b, stk. 3' },
      message: 'Minimumstallet 2.701 pr. kapacitet er over maksimum på 2.700 patienter pr. kapacitet (Sundhedsloven, § 206 b, stk. 3).',
    });
    // Exactly the maximum is allowed.
    const final = await ctx.store.setFinal({ caseId: id, minimumPerCapacity: 2700, reasonId: 'local-conditions', effectiveDate: '2027-02-01', rules: caseRules, actor: regionActor });
    expect(final.final?.minimumPerCapacity).toBe(2700);
  });

  it('requires a reason from the rule set when the minimum deviates from the advisory number', async () => {
    const { id } = await caseOf('100002');
    const missing = ctx.store.setPreliminary({ caseId: id, minimumPerCapacity: 1700, dialogueRequired: true, rules: caseRules, actor: regionActor });
    await expect(missing).rejects.toMatchObject({
      name: 'RuleViolationError', ruleId: 'minimum-patients/deviation-reason', field: 'deviationReasonId',
      message: 'Minimumstallet 1.700 afviger fra det vejledende tal 1.620 med mere end 0 %; regionen skal angive en begrundelse for afvigelsen (Sundhedsloven, § 206 b, stk. 3).',
    });
    const unknown = ctx.store.setPreliminary({ caseId: id, minimumPerCapacity: 1700, deviationReasonId: 'because', dialogueRequired: true, rules: caseRules, actor: regionActor });
    await expect(unknown).rejects.toMatchObject({ ruleId: 'minimum-patients/deviation-reasons', field: 'deviationReasonId' });
    // A validator function works as well as a list; above the threshold share no reason is needed.
    const tolerant = { ...caseRules, deviationReasons: (reason: string) => reason.startsWith('local'), deviationRequiresReasonAboveShare: { ...caseRules.deviationRequiresReasonAboveShare, value: 0.05 } };
    const ok = await ctx.store.setPreliminary({ caseId: id, minimumPerCapacity: 1700, dialogueRequired: true, rules: tolerant, actor: regionActor });
    expect(ok).toMatchObject({ status: 'preliminary', preliminary: { minimumPerCapacity: 1700, deviationReasonId: null, dialogueRequired: true } });
  });

  it('rejects malformed numbers and dates as invalid input', async () => {
    const { id } = await caseOf('100002');
    await expect(ctx.store.recordResponse({ caseId: id, comment: 'ok', maximumPatients: -1, actor: clinicActor })).rejects.toMatchObject({ httpStatus: 400, field: 'maximumPatients' });
    await ctx.store.recordResponse({ caseId: id, comment: 'ok', actor: clinicActor });
    await expect(ctx.store.setFinal({ caseId: id, minimumPerCapacity: 1620.5, effectiveDate: '2027-02-01', rules: caseRules, actor: regionActor })).rejects.toMatchObject({ httpStatus: 400, field: 'minimumPerCapacity' });
    await expect(ctx.store.setFinal({ caseId: id, minimumPerCapacity: 1620, effectiveDate: '2027-02-30', rules: caseRules, actor: regionActor })).rejects.toMatchObject({ httpStatus: 400, field: 'effectiveDate' });
    await expect(ctx.store.setFinal({ caseId: 'nope', minimumPerCapacity: 1620, effectiveDate: '2027-02-01', rules: caseRules, actor: regionActor })).rejects.toMatchObject({ httpStatus: 404 });
  });

  it('records letters per case and returns them with the case', async () => {
    const { id } = await caseOf('100001');
    await ctx.store.recordLetter({ caseId: id, kind: 'preliminary', letterId: 'L-2027-100001-1', contentHash: 'sha256:eeee', actor: regionActor, at: '2026-10-15T10:00:00.000Z' });
    expect((await ctx.store.getCase('100001'))!.letters).toEqual([
      { caseId: id, kind: 'preliminary', letterId: 'L-2027-100001-1', contentHash: 'sha256:eeee', createdAt: '2026-10-15T10:00:00.000Z' },
    ]);
  });

  it('getCase returns the clinic’s case of the latest round', async () => {
    const next = await ctx.store.openHearing({ region: 'Nordjylland', year: 2028, runId: 'run-1', dates: {}, actor: regionActor });
    expect((await ctx.store.getCase('100001'))!).toMatchObject({ hearingId: next.id, year: 2028, status: 'advisory' });
    expect((await ctx.store.getCase('100001', 2027))!).toMatchObject({ hearingId: hearing.id, status: 'final' });
    expect((await ctx.store.listHearings({ region: 'Nordjylland' })).map((h) => h.year)).toEqual([2028, 2027]);
  });

  it('refuses a second round for the same region and year, also when both are opened at once', async () => {
    const open = () => ctx.store.openHearing({ region: 'Midtjylland', year: 2027, runId: 'run-1', dates: {}, actor: regionActor });
    const results = await Promise.allSettled([open(), open()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [lost] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(lost.reason).toBeInstanceOf(StateConflictError);
    expect(lost.reason.message).toBe('Region Midtjylland har allerede en høringsrunde for 2027.');
    await expect(open()).rejects.toMatchObject({ httpStatus: 409 });
    const [round] = await ctx.store.listHearings({ region: 'Midtjylland', year: 2027 });
    expect(round.caseCount).toBe(2);
  });
});
