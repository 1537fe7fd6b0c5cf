import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/database.js';
import { hashToken, sha256Hex } from './hash.js';
import { migrate } from './migrate.js';
import { SqlHearingStore } from './sql-hearing-store.js';
import type { HearingStore } from './store.js';
import { backends, type TestTarget } from './test-support/backends.js';

describe.each(backends)('API tokens ($name)', (backend) => {
  let target: TestTarget;
  let db: Database;
  let store: HearingStore;

  beforeAll(async () => {
    target = await backend.create();
    db = await target.openDatabase();
    await migrate(db);
    store = new SqlHearingStore(db);
  });
  afterAll(async () => {
    await store.close();
    await target.dispose();
  });

  it('stores only the sha256 hash and finds the token by it', async () => {
    const { token, record } = await store.createToken({ role: 'region', region: 'Nordjylland', label: 'Region Nordjylland, sagsbehandling' });
    expect(record).toMatchObject({ role: 'region', region: 'Nordjylland', label: 'Region Nordjylland, sagsbehandling', revokedAt: null });

    const rows = await db.query<Record<string, unknown>>('SELECT * FROM tokens');
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(`sha256:${sha256Hex(token)}`);
    expect(JSON.stringify(rows)).not.toContain(token);
    const audit = await store.listAudit({ entity: 'token' });
    expect(JSON.stringify(audit)).not.toContain(token);

    expect(await store.findToken(token)).toEqual(record);
    expect(await store.findToken(`${token}x`)).toBeUndefined();
    expect(hashToken(token)).toBe(rows[0].token_hash);
  });

  it('requires a region for region tokens and allows ministry and reader tokens without', async () => {
    await expect(store.createToken({ role: 'region', label: 'uden region' })).rejects.toMatchObject({ httpStatus: 400, field: 'region' });
    await expect(store.createToken({ role: 'admin' as 'reader', label: 'x' })).rejects.toMatchObject({ field: 'role' });
    const ministry = await store.createToken({ role: 'ministry', label: 'Indenrigs- og Sundhedsministeriet' });
    const reader = await store.createToken({ role: 'reader', region: 'Nordjylland', label: 'læser' });
    expect(ministry.record.region).toBeNull();
    expect(reader.record.region).toBeNull();
    expect(ministry.token).not.toBe(reader.token);
  });

  it('a revoked token is no longer found', async () => {
    const { token, record } = await store.createToken({ role: 'reader', label: 'midlertidig' });
    await store.revokeToken(record.id);
    expect(await store.findToken(token)).toBeUndefined();
    expect((await store.listTokens()).find((t) => t.id === record.id)?.revokedAt).not.toBeNull();
    await expect(store.revokeToken(record.id)).rejects.toMatchObject({ httpStatus: 404 });
  });
});
