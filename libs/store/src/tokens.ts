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

export async function listTokens(db: Queryable): Promise<TokenRecord[]> {
  return (await db.query<Row>('SELECT * FROM tokens ORDER BY created_at, id')).map(toToken);
}

export async function revokeToken(db: Database, id: string, actor: Actor = systemActor): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await tx.query('UPDATE tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id', [id]);
    if (rows.length === 0) throw new NotFoundError(`Der findes intet aktivt token med id ${id}.`, 'token', id);
    await appendAudit(tx, { actor, action: 'token.revoke', entity: 'token', entityId: id });
  });
}
