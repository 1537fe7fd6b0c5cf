import { describe, expect, it } from 'vitest';
import { backends } from './testing/backends.js';
import { useDatabaseStore } from './testing/use-store.js';
import { caseRules, clinics, hearingDates, regionActor, ruleSets, runJson } from './testing/fixtures.js';

describe.each(backends)('append-only audit log ($name)', (backend) => {
  const ctx = useDatabaseStore(backend);

  it('writes one row per change: who, what, when, rule-set refs and input hash', async () => {
    await ctx.store.registerRun(runJson, clinics, { id: 'run-1', actor: regionActor, inputHash: 'sha256:run', at: '2026-01-02T00:00:00.000Z' });
    const hearing = await ctx.store.openHearing({
      region: 'Nordjylland', year: 2027, runId: 'run-1', dates: hearingDates, actor: regionActor, ruleSets, inputHash: 'sha256:open', at: '2026-06-15T00:00:00.000Z',
    });
    const [first] = await ctx.store.listCases(hearing.id);
    await ctx.store.setPreliminary({
      caseId: first.id, minimumPerCapacity: 1580, dialogueRequired: false, rules: caseRules, actor: regionActor, ruleSets, inputHash: 'sha256:prel', at: '2026-10-15T00:00:00.000Z',
    });

    const rows = await ctx.store.listAudit();
    expect(rows.map((r) => [r.action, r.entity, r.actorId, r.actorRole, r.actorRegion, r.inputHash, r.at])).toEqual([
      ['run.register', 'run', regionActor.id, 'region', 'Nordjylland', 'sha256:run', '2026-01-02T00:00:00.000Z'],
      ['hearing.open', 'hearing', regionActor.id, 'region', 'Nordjylland', 'sha256:open', '2026-06-15T00:00:00.000Z'],
      ['case.preliminary', 'case', regionActor.id, 'region', 'Nordjylland', 'sha256:prel', '2026-10-15T00:00:00.000Z'],
    ]);
    expect(rows[2]).toMatchObject({ entityId: first.id, ruleSets, details: { providerNumber: first.providerNumber, from: 'advisory', to: 'preliminary', minimumPerCapacity: 1580 } });
    expect(rows[1].details).toMatchObject({ cases: 3, region: 'Nordjylland', year: 2027 });
  });

  it('writes nothing when the change is refused (same transaction)', async () => {
    const before = (await ctx.store.listAudit()).length;
    const [, second] = await ctx.store.listCases((await ctx.store.listHearings())[0].id);
    await expect(ctx.store.setPreliminary({ caseId: second.id, minimumPerCapacity: 2800, deviationReasonId: 'local-conditions', dialogueRequired: false, rules: caseRules, actor: regionActor })).rejects.toThrow();
    expect(await ctx.store.listAudit()).toHaveLength(before);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit table at the database level', async () => {
    await expect(ctx.db.query("UPDATE audit_log SET actor_id = 'someone-else'")).rejects.toThrow(/append-only/);
    await expect(ctx.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(ctx.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect((await ctx.store.listAudit()).every((r) => r.actorId === regionActor.id)).toBe(true);
  });

  it('records actions the API logs itself', async () => {
    const entry = await ctx.store.recordAudit({ actor: { id: 'ministry-1', role: 'ministry' }, action: 'rules.publish', entity: 'rule-set', entityId: 'weights@2025.2', inputHash: 'sha256:x' });
    expect(entry).toMatchObject({ actorRole: 'ministry', actorRegion: null, action: 'rules.publish', ruleSets: [], details: {} });
    expect(await ctx.store.listAudit({ entity: 'rule-set', entityId: 'weights@2025.2' })).toEqual([entry]);
  });
});
