// The hearing can end, a higher final needs a new hearing, and the dialogue is recorded (issue 14).
import { beforeAll, describe, expect, it } from 'vitest';
import { RuleViolationError, StateConflictError } from './errors.js';
import type { HearingCase, HearingRecord } from './contract/index.js';
import { backends } from './testing/backends.js';
import { hearingCaseRules as rules, clinics, hearingDates, regionActor, runJson } from './testing/fixtures.js';
import { useStore } from './testing/use-store.js';

describe.each(backends)('the hearing’s own rules ($name)', (backend) => {
  const ctx = useStore(backend);
  let hearing: HearingRecord;
  const caseOf = async (providerNumber: string): Promise<HearingCase> =>
    (await ctx.store.listCases(hearing.id)).find((c) => c.providerNumber === providerNumber)!;
  const at = (day: string) => `${day}T09:00:00.000Z`;

  beforeAll(async () => {
    await ctx.store.registerRun(runJson, clinics, { id: 'run-1' });
    hearing = await ctx.store.openHearing({ region: 'Nordjylland', year: 2026, runId: 'run-1', dates: hearingDates, actor: regionActor, at: at('2026-06-15') });
  });

  // Region Hovedstaden's and Region Sjælland's letters: the clinic is heard on the preliminary number;
  // the hearing letter says »Hører vi ikke fra jer inden fristen, træffer vi afgørelse på det
  // foreliggende grundlag«. A silent clinic must not block the decision.
  it('decides without a response once the clinic’s deadline has passed, never before, and says so on the case', async () => {
    const { id } = await caseOf('100003');
    const preliminary = await ctx.store.setPreliminary({ caseId: id, minimumPerCapacity: 1700, dialogueRequired: false, rules, actor: regionActor, at: at('2026-10-15') });
    // The round's deadline (15 November 2026) is the clinic's when none is given.
    expect(preliminary.preliminary).toMatchObject({ hearingDeadline: '2026-11-15', hearingNumber: 1, deviationText: null });
    const early = ctx.store.setFinal({ caseId: id, minimumPerCapacity: 1700, effectiveDate: '2027-02-01', rules, actor: regionActor, at: at('2026-11-15') });
    await expect(early).rejects.toBeInstanceOf(StateConflictError);
    await expect(early).rejects.toThrow('Klinikken har frist til 15. november 2026 for sit høringssvar');
    const final = await ctx.store.setFinal({ caseId: id, minimumPerCapacity: 1700, effectiveDate: '2027-02-01', rules, actor: regionActor, at: at('2026-11-16') });
    expect(final).toMatchObject({ status: 'final', version: 3, response: null, final: { minimumPerCapacity: 1700, withoutResponse: true } });
    expect((await ctx.store.getCaseById(id))!.history.at(-1)).toMatchObject({ fromStatus: 'preliminary', toStatus: 'final', data: { withoutResponse: true } });
  });

  // Seed 003: »Ved behov for ændring af det beregnede minimumspatienttal fra den nationale
  // fordelingsmodel er regionen forpligtet til at indgå i en dialog med den enkelte praksis.« Seed
  // 000: »udgangspunktet er, at der skal opnås enighed«; »I sidste ende har regionen kompetencen til at
  // fastlægge patienttallet.« The reason is words, printed in the letter (forvaltningsloven § 24).
  it('needs the reason in words, a recorded dialogue before a deviating final, and a new hearing before a higher one', async () => {
    const { id } = await caseOf('100001'); // advisory 1.580, 1.600 patients per capacity today
    const wordless = ctx.store.setPreliminary({ caseId: id, minimumPerCapacity: 1650, deviationReasonId: 'local-conditions', dialogueRequired: false, rules, actor: regionActor, at: at('2026-10-15') });
    await expect(wordless).rejects.toMatchObject({ code: 'rule-violation', field: 'deviationText' });
    await expect(wordless).rejects.toThrow('skriv regionens begrundelse ud i tekst — den står i brevet til klinikken (Forvaltningsloven, § 24)');
    const lower = ctx.store.setPreliminary({ caseId: id, minimumPerCapacity: 1500, deviationReasonId: 'coverage-not-secured', deviationText: 'x', dialogueRequired: false, rules, actor: regionActor, at: at('2026-10-15') });
    await expect(lower).rejects.toThrow('Begrundelsen kan kun begrunde et højere tal.');

    const text = 'Klinikken ligger i et område med lægemangel; nabopraksis lukker.';
    await ctx.store.setPreliminary({ caseId: id, minimumPerCapacity: 1650, deviationReasonId: 'coverage-not-secured', deviationText: text, dialogueRequired: false, rules, actor: regionActor, at: at('2026-10-15') });
    await ctx.store.recordResponse({ caseId: id, comment: 'Vi kan højst tage 1.650 pr. kapacitet.', actor: regionActor, at: at('2026-11-10') });

    const higher = ctx.store.setFinal({ caseId: id, minimumPerCapacity: 1700, reasonId: 'coverage-not-secured', reasonText: text, effectiveDate: '2027-02-01', rules, actor: regionActor, at: at('2026-12-01') });
    await expect(higher).rejects.toBeInstanceOf(RuleViolationError);
    await expect(higher).rejects.toThrow('Det endelige tal 1.700 pr. kapacitet er højere end det foreløbige 1.650, som klinikken er hørt over');

    const undialogued = ctx.store.setFinal({ caseId: id, minimumPerCapacity: 1650, reasonId: 'coverage-not-secured', reasonText: text, effectiveDate: '2027-02-01', rules, actor: regionActor, at: at('2026-12-01') });
    await expect(undialogued).rejects.toMatchObject({ code: 'rule-violation', field: 'dialogue' });
    await expect(undialogued).rejects.toThrow('regionen skal have ført dialog med klinikken og registreret den (dato, resultat, enighed) før afgørelsen (Sundhedsloven, § 206 b, stk. 3)');

    const future = ctx.store.recordDialogue({ caseId: id, heldOn: '2026-12-10', outcome: 'x', agreement: true, actor: regionActor, at: at('2026-12-01') });
    await expect(future).rejects.toThrow('Dialogen kan ikke registreres, før den er holdt');
    const dialogued = await ctx.store.recordDialogue({ caseId: id, heldOn: '2026-11-25', outcome: 'Møde med klinikken; klinikken kan tage 1.650 pr. kapacitet fra 1. februar.', agreement: true, actor: regionActor, at: at('2026-11-26') });
    // The dialogue keeps the case in its step and counts as a change (version, history, audit).
    expect(dialogued).toMatchObject({ status: 'response', version: 4, dialogues: [{ heldOn: '2026-11-25', agreement: true, actorId: regionActor.id, recordedAt: at('2026-11-26') }] });
    const final = await ctx.store.setFinal({ caseId: id, minimumPerCapacity: 1650, reasonId: 'coverage-not-secured', reasonText: text, effectiveDate: '2027-02-01', rules, actor: regionActor, at: at('2026-12-01') });
    expect(final.final).toMatchObject({ minimumPerCapacity: 1650, reasonText: text, withoutResponse: false });
    const audit = await ctx.store.listAudit({ entity: 'case', entityId: id });
    expect(audit.map((a) => a.action)).toEqual(['case.preliminary', 'case.response', 'case.dialogue', 'case.final']);
    await expect(ctx.store.recordDialogue({ caseId: id, heldOn: '2026-12-02', outcome: 'x', agreement: false, actor: regionActor, at: at('2026-12-02') })).rejects.toBeInstanceOf(StateConflictError);
  });

  it('holds a new hearing: a new number and a deadline after today; the earlier response stays in the history only', async () => {
    const { id } = await caseOf('100002'); // advisory 1.620
    await ctx.store.recordDialogue({ caseId: id, heldOn: '2026-10-01', outcome: 'Klinikken er orienteret.', agreement: false, actor: regionActor, at: at('2026-10-01') });
    await ctx.store.setPreliminary({ caseId: id, minimumPerCapacity: 1620, dialogueRequired: false, rules, actor: regionActor, at: at('2026-10-15') });
    await ctx.store.recordResponse({ caseId: id, comment: 'Fint.', actor: regionActor, at: at('2026-11-01') });
    const again = { caseId: id, minimumPerCapacity: 1700, deviationReasonId: 'local-conditions', deviationText: 'Øget behov i området.', dialogueRequired: false, rules, actor: regionActor };
    await expect(ctx.store.setPreliminary({ ...again, at: at('2026-12-01') })).rejects.toBeInstanceOf(StateConflictError); // no new hearing asked for
    await expect(ctx.store.setPreliminary({ ...again, newHearing: true, at: at('2026-12-01') })).rejects.toMatchObject({ field: 'hearingDeadline' });
    await expect(ctx.store.setPreliminary({ ...again, newHearing: true, hearingDeadline: '2026-12-01', at: at('2026-12-01') })).rejects.toThrow('Den nye høringsfrist 1. december 2026 skal ligge efter i dag');
    const reheard = await ctx.store.setPreliminary({ ...again, newHearing: true, hearingDeadline: '2026-12-22', at: at('2026-12-01') });
    expect(reheard).toMatchObject({ status: 'preliminary', response: null, preliminary: { minimumPerCapacity: 1700, hearingNumber: 2, hearingDeadline: '2026-12-22', deviationText: 'Øget behov i området.' } });
    const history = (await ctx.store.getCaseById(id))!.history;
    expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([[null, 'advisory'], ['advisory', 'advisory'], ['advisory', 'preliminary'], ['preliminary', 'response'], ['response', 'preliminary']]);
    expect(history[3].data).toMatchObject({ comment: 'Fint.' });
    expect((await ctx.store.listAudit({ entity: 'case', entityId: id })).map((a) => a.action)).toContain('case.rehearing');
  });
});
