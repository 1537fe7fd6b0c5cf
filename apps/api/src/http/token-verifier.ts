import { createHash } from 'node:crypto';
import type { TokenRecord } from '@fordeling/store';

/** Looks a plain bearer token up; the store keeps only its hash. */
export interface TokenVerifier {
  find(plain: string): Promise<TokenRecord | undefined>;
}

/**
 * Remembers lookups for `ttlMs` so a busy client does not cost a database round trip per request.
 * Keyed by the token's sha256, so no plain token is kept in memory longer than the request. A revoked
 * token stays usable for at most `ttlMs`.
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
  };
}
