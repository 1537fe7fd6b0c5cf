import type { Queryable } from './db/database.js';
import { json, toAudit, type Row } from './rows.js';
import type { Actor, AuditEntry, AuditFilter, AuditInput } from './contract/index.js';

/** The actor for changes made by the system itself (migrations, seeding, CLI without a token). */
export const systemActor: Actor = { id: 'system', role: 'ministry' };

/**
 * Appends one audit row. Always called with the transaction of the change it records, so the change
 * and its audit row commit or roll back together (capacity decisions write theirs in the same
 * statement as the decisions: decisions.ts). There is no update or delete: the table's trigger
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

export async function listAudit(db: Queryable, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const rows = await db.query<Row>(
    `SELECT * FROM audit_log
     WHERE ($1::text IS NULL OR entity = $1) AND ($2::text IS NULL OR entity_id = $2) AND ($3::text IS NULL OR actor_id = $3)
     ORDER BY id LIMIT $4`,
    [filter.entity ?? null, filter.entityId ?? null, filter.actorId ?? null, filter.limit ?? 1000],
  );
  return rows.map(toAudit);
}
