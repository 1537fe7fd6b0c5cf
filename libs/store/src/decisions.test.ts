import { describe, expect, it } from 'vitest';
import { backends } from './testing/backends.js';
import { capacityDecision, capacityRequest, decisionRuleSets, regionActor } from './testing/fixtures.js';
import { useDatabaseStore, useStore } from './testing/use-store.js';
import { insertDecisions, pendingDecision } from './decisions.js';

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

describe.each(backends)('the decisions batch: prepared statement and literal store the same rows ($name)', (backend) => {
  const ctx = useDatabaseStore(backend);

  it('the backend’s path (a named prepared statement on PostgreSQL) stores exactly what the plain literal over the simple protocol stores', async () => {
    const batch = (tag: string) =>
      [capacityRequest, { ...capacityRequest, council: 'Hjørring' }].map((request, n) =>
        pendingDecision({
          request, decision: { ...capacityDecision, decidingRule: `${tag}-${n}` }, ruleSets: decisionRuleSets, region: 'Nordjylland', council: request.council,
          actor: regionActor, inputHash: `sha256:${n}`, at: '2026-03-01T10:00:00.000Z',
        }),
      );
    const viaBackend = await insertDecisions(ctx.db, batch('a'));
    // The reference: the same batch as a literal, with the backend's prepared path hidden.
    const viaLiteral = await insertDecisions({ query: ctx.db.query.bind(ctx.db), exec: ctx.db.exec.bind(ctx.db) }, batch('b'));
    const rows = async (ids: string[]) => ({
      decisions: await ctx.db.query(`SELECT request, outcome, basis, valid_until::text, decision - 'decidingRule' AS decision, rule_sets, region, council, actor_id, created_at
        FROM capacity_decisions WHERE id = ANY($1) ORDER BY council`, [ids]),
      audit: await ctx.db.query(`SELECT at, actor_id, actor_role, actor_region, action, entity, rule_sets, input_hash, details - 'decidingRule' AS details
        FROM audit_log WHERE entity_id = ANY($1) ORDER BY id`, [ids]),
    });
    const a = await rows(viaBackend.map((d) => d.id));
    expect(a.decisions).toHaveLength(2);
    expect(a.audit).toHaveLength(2);
    expect(a).toEqual(await rows(viaLiteral.map((d) => d.id)));
    expect(viaBackend.map(({ id: _id, decision: _d, decidingRule: _r, ...rest }) => rest)).toEqual(viaLiteral.map(({ id: _id, decision: _d, decidingRule: _r, ...rest }) => rest));
    expect(Boolean(ctx.db.prepared)).toBe(backend.name === 'postgres');
  });
});
