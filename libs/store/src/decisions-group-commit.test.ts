import { describe, expect, it } from 'vitest';
import type { RecordDecisionInput } from './contract/index.js';
import { backends } from './testing/backends.js';
import { useDatabaseStore } from './testing/use-store.js';
import { capacityDecision, capacityRequest, decisionRuleSets, regionActor } from './testing/fixtures.js';

const decisionFor = (n: number): RecordDecisionInput => ({
  request: { ...capacityRequest, existingCapacities: n },
  decision: capacityDecision,
  ruleSets: decisionRuleSets,
  region: 'Nordjylland',
  council: 'Aalborg',
  actor: regionActor,
  inputHash: `sha256:${n}`,
});

describe.each(backends)('capacity decisions under group commit ($name)', (backend) => {
  const ctx = useDatabaseStore(backend, { maxBatch: 16 });

  /** The transaction id that wrote each row: rows committed together share it. */
  const writers = async (table: 'capacity_decisions' | 'audit_log', idColumn: string) =>
    new Map((await ctx.db.query<{ id: string; xid: string }>(`SELECT ${idColumn}::text AS id, xmin::text AS xid FROM ${table}`)).map((r) => [r.id, r.xid]));

  it('stores 40 concurrent decisions, each with its audit row in the same transaction, audited in submission order per transaction', async () => {
    const records = await Promise.all(Array.from({ length: 40 }, (_, i) => ctx.store.recordDecision(decisionFor(100 + i))));

    expect(records.map((r) => r.request.existingCapacities)).toEqual(Array.from({ length: 40 }, (_, i) => 100 + i));
    for (const record of records) expect(await ctx.store.getDecision(record.id)).toEqual(record);

    const audit = await ctx.store.listAudit({ entity: 'decision' });
    expect(audit.map((a) => a.entityId).sort()).toEqual(records.map((r) => r.id).sort());
    const submitted = new Map(records.map((r, i) => [r.id, i]));
    for (const a of audit) expect(a.inputHash).toBe(`sha256:${100 + submitted.get(a.entityId)!}`);

    const decisionTx = await writers('capacity_decisions', 'id');
    const auditTx = await writers('audit_log', 'entity_id');
    for (const record of records) expect(auditTx.get(record.id)).toBe(decisionTx.get(record.id));
    // Within a transaction the audit rows follow submission order. Two batches may be in flight at once
    // (group-commit.ts): on PostgreSQL they are two connections and may commit in either order; PGlite
    // has one connection and commits them in the order they were sent, so there the whole log does.
    for (const tx of new Set(decisionTx.values())) {
      const order = audit.filter((a) => auditTx.get(a.entityId) === tx).map((a) => submitted.get(a.entityId)!);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    if (backend.name === 'pglite') expect(audit.map((a) => a.entityId)).toEqual(records.map((r) => r.id));
    // 40 decisions with at most 16 per batch: at least 3 transactions, far fewer than 40.
    const transactions = new Set(decisionTx.values()).size;
    expect(transactions).toBeGreaterThanOrEqual(3);
    expect(transactions).toBeLessThan(40);
  });

  it('a decision that cannot be stored fails alone: its batch is retried row by row and leaves no audit row for it', async () => {
    const bad = { ...decisionFor(999), decision: { ...capacityDecision, validUntil: '2027-02-30' } };
    const settled = await Promise.allSettled([decisionFor(1), bad, decisionFor(2), decisionFor(3)].map((input) => ctx.store.recordDecision(input)));

    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const stored = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    for (const record of stored) {
      expect(await ctx.store.getDecision(record.id)).toEqual(record);
      expect(await ctx.store.listAudit({ entity: 'decision', entityId: record.id })).toHaveLength(1);
    }
    const all = await ctx.store.listDecisions({ limit: 1000 });
    expect(all).toHaveLength(43);
    expect(all.some((d) => d.request.existingCapacities === 999)).toBe(false);
    expect((await ctx.store.listAudit({ entity: 'decision' })).length).toBe(43);
  });
});
