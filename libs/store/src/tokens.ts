import { randomBytes, randomUUID } from 'node:crypto';
import { appendAudit, systemActor } from './audit.js';
import type { Database, Queryable } from './db/database.js';
import { InvalidInputError, NotFoundError } from './errors.js';
import { hashToken } from './hash.js';
import { toToken, type Row } from './rows.js';
import type { Actor, CreateTokenInput, Role, TokenRecord } from './contract/index.js';

const roles: readonly Role[] = ['ministry', 'region', 'reader'];

/** Creates an API token; the plain token is returned once and only its sha256 hash is stored. */
export async function createToken(db: Database, input: CreateTokenInput): Promise<{ token: string; record: TokenRecord }> {
  if (!roles.includes(input.role)) throw new InvalidInputError(`Rollen skal være en af ${roles.join(', ')}.`, 'role');
  if (input.role === 'region' && !input.region) throw new InvalidInputError('Et regionstoken skal have en region.', 'region');
  const token = `fdl_${randomBytes(32).toString('base64url')}`;
  const id = randomUUID();
  return db.transaction(async (tx) => {
    const [row] = await tx.query<Row>(
      `INSERT INTO tokens (id, token_hash, role, region, label, created_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING *`,
      [id, hashToken(token), input.role, input.role === 'region' ? input.region : null, input.label],
    );
    await appendAudit(tx, {
      actor: input.actor ?? systemActor,
      action: 'token.create',
      entity: 'token',
      entityId: id,
      details: { role: input.role, region: input.region ?? null, label: input.label },
    });
    return { token, record: toToken(row) };
  });
}

/** The active token with this plain value, looked up by its hash. */
export async function findToken(db: Queryable, plain: string): Promise<TokenRecord | undefined> {
  const [row] = await db.query<Row>('SELECT * FROM tokens WHERE token_hash = $1 AND revoked_at IS NULL', [hashToken(plain)]);
  return row && toToken(row);
}

/**
 * Records that the API accepted the token now. The API calls it at most once a minute per token
 * (token-verifier.ts), so `lastUsedAt` is exact to the minute and no request pays for a write.
 */
export async function touchToken(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE tokens SET last_used_at = now() WHERE id = $1', [id]);
}

/** Where a revocation is announced, so every server forgets the token at once (token-verifier.ts). */
export const TOKEN_REVOCATIONS_CHANNEL = 'fordeling_token_revocations';

export async function listTokens(db: Queryable): Promise<TokenRecord[]> {
  return (await db.query<Row>('SELECT * FROM tokens ORDER BY created_at, id')).map(toToken);
}

/** Revokes an active token (404 otherwise); PostgreSQL tells every listening server on commit. */
export async function revokeToken(db: Database, id: string, actor: Actor = systemActor): Promise<TokenRecord> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<Row>('UPDATE tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING *', [id]);
    if (!row) throw new NotFoundError(`Der findes ingen aktiv adgangsnøgle med id ${id}.`, 'token', id);
    await appendAudit(tx, { actor, action: 'token.revoke', entity: 'token', entityId: id, details: { role: row.role, region: row.region ?? null, label: row.label } });
    if (db.listen) await tx.query('SELECT pg_notify($1, $2)', [TOKEN_REVOCATIONS_CHANNEL, id]);
    return toToken(row);
  });
}
