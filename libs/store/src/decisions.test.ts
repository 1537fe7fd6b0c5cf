import { describe, expect, it } from 'vitest';
import { backends } from './testing/backends.js';
import { capacityDecision, capacityRequest, decisionRuleSets, regionActor } from './testing/fixtures.js';
import { useStore } from './testing/use-store.js';

describe.each(backends)('capacity decisions ($name)', (backend) => {
  const ctx = useStore(backend);

  it('stores the request and the decision’s compact record, and audits it with the decision’s rule sets', async () => {
    const temporary = { ...capacityDecision, basis: 'extraordinary-growth' as const, validUntil: '2027-02-28', decidingRule: 'growth' };
    const first = await ctx.store.recordDecision({
      request: capacityRequest, decision: capacityDecision, ruleSets: decisionRuleSets, region: 'Nordjylland', council: 'Aalborg', actor: regionActor, inputHash: 'sha256:req', at: '2026-03-01T10:00:00.000Z',
    });
    const second = await ctx.store.recordDecision({
      request: { ...capacityRequest, council: 'Hjørring' }, decision: temporary, ruleSets: decisionRuleSets, region: 'Nordjylland', council: 'Hjørring', actor: regionActor, at: '2026-03-02T10:00:00.000Z',
    });
    expect(first).toMatchObject({
      outcome: 'granted', basis: 'within-ceiling', validUntil: null, decidingRule: 'within-ceiling', region: 'Nordjylland', council: 'Aalborg',
      actorId: regionActor.id, createdAt: '2026-03-01T10:00:00.000Z', request: capacityRequest, decision: capacityDecision, ruleSets: decisionRuleSets,
    });
    expect(second.validUntil).toBe('2027-02-28');
    expect(await ctx.store.getDecision(first.id)).toEqual(first);
    expect((await ctx.store.listDecisions({ council: 'Aalborg' })).map((d) => d.id)).toEqual([first.id]);
    expect((await ctx.store.listDecisions({ region: 'Nordjylland' })).map((d) => d.id)).toEqual([second.id, first.id]);

    const [audit] = await ctx.store.listAudit({ entity: 'decision', entityId: first.id });
    expect(audit).toMatchObject({ action: 'decision.record', ruleSets: decisionRuleSets, inputHash: 'sha256:req', details: { outcome: 'granted' } });
  });
});
