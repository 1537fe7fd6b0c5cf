import { randomUUID } from 'node:crypto';
import { appendAudit } from './audit.js';
import type { Database, Queryable } from './db/database.js';
import { json, toDecision, type Row } from './rows.js';
import type { CapacityDecisionRecord, DecisionFilter, RecordDecisionInput } from './store.js';

const decisionSelect = `SELECT id, request, outcome, basis, valid_until::text AS valid_until, deciding_rule, decision, rule_sets,
  region, council, actor_id, created_at FROM capacity_decisions`;

/** Stores a capacity decision with the engine's full trace, and its audit row, in one transaction. */
export async function recordDecision(db: Database, input: RecordDecisionInput): Promise<CapacityDecisionRecord> {
  const id = randomUUID();
  const { decision } = input;
  const ruleSets = input.ruleSets ?? decision.ruleSets;
  return db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO capacity_decisions (id, request, outcome, basis, valid_until, deciding_rule, decision, rule_sets, region, council, actor_id, created_at)
       VALUES ($1, $2::text::jsonb, $3, $4, $5::date, $6, $7::text::jsonb, $8::text::jsonb, $9, $10, $11, coalesce($12::timestamptz, now()))`,
      [
        id, json(input.request), decision.outcome, decision.basis, decision.validUntil ?? null, decision.decidingRule, json(decision),
        json(ruleSets), input.region, input.council, input.actor.id, input.at ?? null,
      ],
    );
    await appendAudit(tx, {
      ...input,
      ruleSets,
      action: 'decision.record',
      entity: 'decision',
      entityId: id,
      details: { outcome: decision.outcome, basis: decision.basis, decidingRule: decision.decidingRule, council: input.council },
    });
    const [row] = await tx.query<Row>(`${decisionSelect} WHERE id = $1`, [id]);
    return toDecision(row);
  });
}

export async function getDecision(db: Queryable, id: string): Promise<CapacityDecisionRecord | undefined> {
  const [row] = await db.query<Row>(`${decisionSelect} WHERE id = $1`, [id]);
  return row && toDecision(row);
}

export async function listDecisions(db: Queryable, filter: DecisionFilter = {}): Promise<CapacityDecisionRecord[]> {
  const rows = await db.query<Row>(
    `${decisionSelect} WHERE ($1::text IS NULL OR region = $1) AND ($2::text IS NULL OR council = $2)
     ORDER BY created_at DESC, id LIMIT $3`,
    [filter.region ?? null, filter.council ?? null, filter.limit ?? 1000],
  );
  return rows.map(toDecision);
}
