import { describe, expect, it } from 'vitest';
import { hashToken, sha256Hex } from './hash.js';
import { backends } from './testing/backends.js';
import { useDatabaseStore } from './testing/use-store.js';

describe.each(backends)('API tokens ($name)', (backend) => {
  const ctx = useDatabaseStore(backend);

  it('stores only the sha256 hash and finds the token by it', async () => {
    const { token, record } = await ctx.store.createToken({ role: 'region', region: 'Nordjylland', label: 'Region Nordjylland, sagsbehandling' });
    expect(record).toMatchObject({ role: 'region', region: 'Nordjylland', label: 'Region Nordjylland, sagsbehandling', revokedAt: null });

    const rows = await ctx.db.query<Record<string, unknown>>('SELECT * FROM tokens');
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(`sha256:${sha256Hex(token)}`);
    expect(JSON.stringify(rows)).not.toContain(token);
    const audit = await ctx.store.listAudit({ entity: 'token' });
    expect(JSON.stringify(audit)).not.toContain(token);

    expect(await ctx.store.findToken(token)).toEqual(record);
    expect(await ctx.store.findToken(`${token}x`)).toBeUndefined();
    expect(hashToken(token)).toBe(rows[0].token_hash);
  });

  it('requires a region for region tokens and allows ministry and reader tokens without', async () => {
    await expect(ctx.store.createToken({ role: 'region', label: 'uden region' })).rejects.toMatchObject({ httpStatus: 400, field: 'region' });
    await expect(ctx.store.createToken({ role: 'admin' as 'reader', label: 'x' })).rejects.toMatchObject({ field: 'role' });
    const ministry = await ctx.store.createToken({ role: 'ministry', label: 'Indenrigs- og Sundhedsministeriet' });
    const reader = await ctx.store.createToken({ role: 'reader', region: 'Nordjylland', label: 'læser' });
    expect(ministry.record.region).toBeNull();
    expect(reader.record.region).toBeNull();
    expect(ministry.token).not.toBe(reader.token);
  });

  it('a revoked token is no longer found', async () => {
    const { token, record } = await ctx.store.createToken({ role: 'reader', label: 'midlertidig' });
    await ctx.store.revokeToken(record.id);
    expect(await ctx.store.findToken(token)).toBeUndefined();
    expect((await ctx.store.listTokens()).find((t) => t.id === record.id)?.revokedAt).not.toBeNull();
    await expect(ctx.store.revokeToken(record.id)).rejects.toMatchObject({ httpStatus: 404 });
  });

  it('records when a token was last used, and lists it without any secret', async () => {
    const { token, record } = await ctx.store.createToken({ role: 'reader', label: 'brugt' });
    expect(record.lastUsedAt).toBeNull();
    await ctx.store.touchToken(record.id);
    const listed = (await ctx.store.listTokens()).find((t) => t.id === record.id);
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(Date.parse(listed!.lastUsedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(await ctx.store.listTokens())).not.toContain(token);
  });

  it('tells watchers of each revocation (every replica on PostgreSQL, this process on PGlite)', async () => {
    const { record } = await ctx.store.createToken({ role: 'reader', label: 'tilbagekaldes' });
    const heard: string[] = [];
    const stop = await ctx.store.watchTokenRevocations((id) => heard.push(id));
    try {
      await ctx.store.revokeToken(record.id);
      await expect.poll(() => heard, { timeout: 5_000 }).toContain(record.id);
    } finally {
      await stop();
    }
  });
});
