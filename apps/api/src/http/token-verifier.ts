import { createHash } from 'node:crypto';
import type { HearingStore, TokenRecord } from '@fordeling/store';

/** Looks a plain bearer token up; the store keeps only its hash. */
export interface TokenVerifier {
  find(plain: string): Promise<TokenRecord | undefined>;
  /** Drops what is remembered about the token with this id (after its revocation). */
  forget?(id: string): void;
}

/** How stale a token's `lastUsedAt` may be before a lookup writes it again. */
const TOUCH_AFTER_MS = 60_000;

/**
 * The store's tokens; a lookup that finds a token last used more than a minute ago records the use
 * (`fordeling tokens list` shows it), so at most one write per token a minute reaches the store.
 */
export function storeTokenVerifier(store: Pick<HearingStore, 'findToken' | 'touchToken'>, now: () => number = Date.now): TokenVerifier {
  return {
    async find(plain) {
      const record = await store.findToken(plain);
      if (record && (record.lastUsedAt === null || Date.parse(record.lastUsedAt) < now() - TOUCH_AFTER_MS)) await store.touchToken(record.id);
      return record;
    },
  };
}

/**
 * Remembers lookups for `ttlMs` so a busy client does not cost a database round trip per request.
 * Keyed by the token's sha256, so no plain token is kept in memory longer than the request. A
 * revocation is forgotten at once: the revoking route calls `forget`, and every server hears of
 * revocations from the store (app.ts), also those made by `fordeling tokens revoke` on PostgreSQL.
 */
export function cachedTokenVerifier(source: TokenVerifier, ttlMs: number, now: () => number = Date.now): TokenVerifier {
  const cache = new Map<string, { record: TokenRecord | undefined; until: number }>();
  return {
    async find(plain) {
      if (ttlMs <= 0) return source.find(plain);
      const key = createHash('sha256').update(plain).digest('hex');
      const hit = cache.get(key);
      if (hit && hit.until > now()) return hit.record;
      const record = await source.find(plain);
      if (cache.size > 10_000) cache.clear();
      cache.set(key, { record, until: now() + ttlMs });
      return record;
    },
    forget(id) {
      for (const [key, entry] of cache) if (entry.record?.id === id) cache.delete(key);
      source.forget?.(id);
    },
  };
}
