import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from './db/database.js';
import { iso, toDecision, type Row } from './rows.js';
import { jsonLiteral } from './sql-literal.js';
import type { CapacityDecisionRecord, DecisionFilter, RecordDecisionInput } from './contract/index.js';

const decisionSelect = `SELECT id, request, outcome, basis, valid_until::text AS valid_until, deciding_rule, decision, rule_sets,
  region, council, actor_id, created_at FROM capacity_decisions`;

/** A decision as queued for group commit: its id is fixed before the first attempt. */
export interface PendingDecision {
  id: string;
  input: RecordDecisionInput;
}

export const pendingDecision = (input: RecordDecisionInput): PendingDecision => ({ id: randomUUID(), input });

/**
 * Stores capacity decisions (the engine's compact record, from which it rebuilds the trace), and one
 * audit row each, in ONE statement: the rows go in as one JSON array (one JSON.stringify per batch,
 * as a literal over the simple protocol: Queryable.exec says why) to the function
 * `record_capacity_decisions` (migrations/0002), which inserts the decisions and their audit rows.
 * On PostgreSQL the batch is instead the parameter of a named prepared statement (Database.prepared).
 * One statement is one transaction, so a decision and its audit row commit together or not at all,
 * without the round trips of BEGIN and COMMIT; the function keeps its plan, so the INSERTs are not
 * planned again for every batch (on PGlite both cost more than the rows themselves; docs/api.md,
 * "Benchmark"). Audit ids follow the array's order, i.e. the order the decisions were submitted.
 * The records are built from the input and what the database assigned (created_at), so nothing is
 * read back and parsed again.
 */
export async function insertDecisions(db: Queryable & Pick<Database, 'prepared'>, pending: readonly PendingDecision[]): Promise<CapacityDecisionRecord[]> {
  const rows = pending.map(({ id, input }, n) => ({
    n, id, request: input.request, outcome: input.decision.outcome, basis: input.decision.basis, valid_until: input.decision.validUntil ?? null,
    deciding_rule: input.decision.decidingRule, decision: input.decision, rule_sets: input.ruleSets, region: input.region,
    council: input.council, at: input.at ?? null,
    actor_id: input.actor.id, actor_role: input.actor.role, actor_region: input.actor.region ?? null,
    action: 'decision.record', entity: 'decision', input_hash: input.inputHash ?? null,
    details: { outcome: input.decision.outcome, basis: input.decision.basis, decidingRule: input.decision.decidingRule, council: input.council },
  }));
  // PostgreSQL: a named prepared statement with the batch as its one parameter; PGlite: the literal.
  const stored = db.prepared
    ? await db.prepared<Row>('record_capacity_decisions', `SELECT decision_id AS id, valid_until, created_at FROM record_capacity_decisions($1::jsonb)`, [JSON.stringify(rows)])
    : await db.exec<Row>(`SELECT decision_id AS id, valid_until, created_at FROM record_capacity_decisions(${jsonLiteral(rows)}::jsonb)`);
  const byId = new Map(stored.map((row) => [row.id as string, row]));
  return pending.map(({ id, input }) => {
    const row = byId.get(id) as Row;
    return decisionRecord(id, input, { validUntil: (row.valid_until as string | null) ?? null, createdAt: iso(row.created_at) });
  });
}

/** The stored decision as the store answers it: the input plus what the database assigned. */
export function decisionRecord(id: string, input: RecordDecisionInput, assigned: { validUntil: string | null; createdAt: string }): CapacityDecisionRecord {
  return {
    id, request: input.request, outcome: input.decision.outcome, basis: input.decision.basis, validUntil: assigned.validUntil,
    decidingRule: input.decision.decidingRule, decision: input.decision, ruleSets: input.ruleSets, region: input.region,
    council: input.council, actorId: input.actor.id, createdAt: assigned.createdAt,
  };
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
