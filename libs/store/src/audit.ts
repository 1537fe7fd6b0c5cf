import type { Queryable } from './db/database.js';
import { json, toAudit, type Row } from './rows.js';
import type { Actor, AuditEntry, AuditFilter, AuditInput } from './store.js';

/** The actor for changes made by the system itself (migrations, seeding, CLI without a token). */
export const systemActor: Actor = { id: 'system', role: 'ministry' };

/**
 * Appends one audit row. Always called with the transaction of the change it records, so the change
 * and its audit row commit or roll back together. There is no update or delete: the table's trigger
 * refuses both (migrations/0001_initial.sql).
 */
export async function appendAudit(tx: Queryable, input: AuditInput): Promise<AuditEntry> {
  const [row] = await tx.query<Row>(
    `INSERT INTO audit_log (at, actor_id, actor_role, actor_region, action, entity, entity_id, rule_sets, input_hash, details)
     VALUES (coalesce($1::timestamptz, now()), $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9, $10::text::jsonb)
     RETURNING *`,
    [
      input.at ?? null,
      input.actor.id,
      input.actor.role,
      input.actor.region ?? null,
      input.action,
      input.entity,
      input.entityId,
      json(input.ruleSets ?? []),
      input.inputHash ?? null,
      json(input.details ?? {}),
    ],
  );
  return toAudit(row);
}

/**
 * Appends several audit rows in one statement (group commit of decisions), in the given order: the
 * rows go in as one JSON array with their position `n`, and `ORDER BY n` hands out the identity ids in
 * that order. Same transaction rule as `appendAudit`.
 */
export async function appendAudits(tx: Queryable, inputs: readonly AuditInput[]): Promise<void> {
  const rows = inputs.map((input, n) => ({
    n,
    at: input.at ?? null,
    actor_id: input.actor.id,
    actor_role: input.actor.role,
    actor_region: input.actor.region ?? null,
    action: input.action,
    entity: input.entity,
    entity_id: input.entityId,
    rule_sets: input.ruleSets ?? [],
    input_hash: input.inputHash ?? null,
    details: input.details ?? {},
  }));
  await tx.query(
    `INSERT INTO audit_log (at, actor_id, actor_role, actor_region, action, entity, entity_id, rule_sets, input_hash, details)
     SELECT coalesce(x.at, now()), x.actor_id, x.actor_role, x.actor_region, x.action, x.entity, x.entity_id, x.rule_sets, x.input_hash, x.details
     FROM jsonb_to_recordset($1::text::jsonb) AS x(n integer, at timestamptz, actor_id text, actor_role text, actor_region text,
       action text, entity text, entity_id text, rule_sets jsonb, input_hash text, details jsonb)
     ORDER BY x.n`,
    [json(rows)],
  );
}

export async function listAudit(db: Queryable, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const rows = await db.query<Row>(
    `SELECT * FROM audit_log
     WHERE ($1::text IS NULL OR entity = $1) AND ($2::text IS NULL OR entity_id = $2) AND ($3::text IS NULL OR actor_id = $3)
     ORDER BY id LIMIT $4`,
    [filter.entity ?? null, filter.entityId ?? null, filter.actorId ?? null, filter.limit ?? 1000],
  );
  return rows.map(toAudit);
}
