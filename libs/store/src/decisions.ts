import { randomUUID } from 'node:crypto';
import { appendAudits } from './audit.js';
import type { Queryable } from './db/database.js';
import { iso, json, toDecision, type Row } from './rows.js';
import type { CapacityDecisionRecord, DecisionFilter, RecordDecisionInput } from './store.js';

const decisionSelect = `SELECT id, request, outcome, basis, valid_until::text AS valid_until, deciding_rule, decision, rule_sets,
  region, council, actor_id, created_at FROM capacity_decisions`;

/** A decision as queued for group commit: its id is fixed before the first attempt. */
export interface PendingDecision {
  id: string;
  input: RecordDecisionInput;
}

export const pendingDecision = (input: RecordDecisionInput): PendingDecision => ({ id: randomUUID(), input });

/**
 * Stores capacity decisions with the engine's full trace, and one audit row each, in the caller's
 * transaction: one statement for the decisions and one for their audit rows, whatever their number
 * (the rows go in as one JSON array). The records are built from the input and what the database
 * assigned (created_at), so nothing is read back and parsed again.
 */
export async function insertDecisions(tx: Queryable, pending: readonly PendingDecision[]): Promise<CapacityDecisionRecord[]> {
  const rows = pending.map(({ id, input }) => ({
    id, request: input.request, outcome: input.decision.outcome, basis: input.decision.basis, valid_until: input.decision.validUntil ?? null,
    deciding_rule: input.decision.decidingRule, decision: input.decision, rule_sets: ruleSetsOf(input), region: input.region,
    council: input.council, actor_id: input.actor.id, created_at: input.at ?? null,
  }));
  const stored = await tx.query<Row>(
    `INSERT INTO capacity_decisions (id, request, outcome, basis, valid_until, deciding_rule, decision, rule_sets, region, council, actor_id, created_at)
     SELECT x.id, x.request, x.outcome, x.basis, x.valid_until, x.deciding_rule, x.decision, x.rule_sets, x.region, x.council, x.actor_id,
       coalesce(x.created_at, now())
     FROM jsonb_to_recordset($1::text::jsonb) AS x(id text, request jsonb, outcome text, basis text, valid_until date, deciding_rule text,
       decision jsonb, rule_sets jsonb, region text, council text, actor_id text, created_at timestamptz)
     RETURNING id, valid_until::text AS valid_until, created_at`,
    [json(rows)],
  );
  await appendAudits(
    tx,
    pending.map(({ id, input }) => ({
      ...input,
      ruleSets: ruleSetsOf(input),
      action: 'decision.record',
      entity: 'decision',
      entityId: id,
      details: { outcome: input.decision.outcome, basis: input.decision.basis, decidingRule: input.decision.decidingRule, council: input.council },
    })),
  );
  const byId = new Map(stored.map((row) => [row.id as string, row]));
  return pending.map(({ id, input }) => {
    const row = byId.get(id) as Row;
    return {
      id, request: input.request, outcome: input.decision.outcome, basis: input.decision.basis, validUntil: (row.valid_until as string | null) ?? null,
      decidingRule: input.decision.decidingRule, decision: input.decision, ruleSets: ruleSetsOf(input), region: input.region,
      council: input.council, actorId: input.actor.id, createdAt: iso(row.created_at),
    };
  });
}

const ruleSetsOf = (input: RecordDecisionInput) => input.ruleSets ?? input.decision.ruleSets;

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
