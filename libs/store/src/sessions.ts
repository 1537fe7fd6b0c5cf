import { randomBytes } from 'node:crypto';
import { appendAudit } from './audit.js';
import type { Database, Queryable } from './db/database.js';
import { hashToken } from './hash.js';
import { iso, toToken, type Row } from './rows.js';
import type { SessionRecord, TokenRecord } from './contract/index.js';

/**
 * Opens a session for an active token (the caller has just verified it): a random id, returned once
 * (the cookie's value), and only its hash stored. Audited as `session.create` under the token.
 */
export async function createSession(db: Database, token: TokenRecord, ttlMs: number): Promise<{ session: string; record: SessionRecord }> {
  const session = `fds_${randomBytes(32).toString('base64url')}`;
  const csrf = randomBytes(24).toString('base64url');
  return db.transaction(async (tx) => {
    const [row] = await tx.query<Row>(
      `INSERT INTO web_sessions (session_hash, token_id, csrf, created_at, expires_at)
       VALUES ($1, $2, $3, now(), now() + ($4 || ' milliseconds')::interval) RETURNING *`,
      [hashToken(session), token.id, csrf, String(Math.round(ttlMs))],
    );
    await appendAudit(tx, {
      actor: { id: `token:${token.id}`, role: token.role, region: token.region ?? undefined, label: token.label },
      action: 'session.create',
      entity: 'token',
      entityId: token.id,
    });
    return { session, record: { token, csrf, createdAt: iso(row.created_at), expiresAt: iso(row.expires_at) } };
  });
}

/** The live session with this id: not expired, its token not revoked. */
export async function findSession(db: Queryable, plain: string): Promise<SessionRecord | undefined> {
  const [row] = await db.query<Row>(
    `SELECT t.*, s.csrf AS session_csrf, s.created_at AS session_created_at, s.expires_at AS session_expires_at
       FROM web_sessions s JOIN tokens t ON t.id = s.token_id
      WHERE s.session_hash = $1 AND s.expires_at > now() AND t.revoked_at IS NULL`,
    [hashToken(plain)],
  );
  if (!row) return undefined;
  return { token: toToken(row), csrf: row.session_csrf as string, createdAt: iso(row.session_created_at), expiresAt: iso(row.session_expires_at) };
}

/** Ends a session (sign-out); expired sessions are removed at the same time. */
export async function deleteSession(db: Queryable, plain: string): Promise<void> {
  await db.query('DELETE FROM web_sessions WHERE session_hash = $1 OR expires_at <= now()', [hashToken(plain)]);
}
