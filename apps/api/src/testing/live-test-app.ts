import { afterAll, beforeAll, expect } from 'vitest';
import { pino } from 'pino';
import type { TestBackend, TestTarget } from '@fordeling/store/testing';
import { composeApi, type ComposedApi, type ComposeOptions } from '../container.js';
import { checkedAgainstDocument, type ConformanceViolation } from './openapi-conformance.js';
import { TODAY } from './test-app.js';

export type LiveTokenName = 'juristA' | 'juristB' | 'regionNord' | 'reader';

const TOKENS: Record<LiveTokenName, { role: 'ministry' | 'region' | 'reader'; region?: string; label: string }> = {
  juristA: { role: 'ministry', label: 'Jurist A' },
  juristB: { role: 'ministry', label: 'Jurist B' },
  regionNord: { role: 'region', region: 'Nordjylland', label: 'Sagsbehandler RN' },
  reader: { role: 'reader', label: 'Dashboard' },
};

export interface LiveTestApi {
  /** The servers, composed as `fordeling serve` composes one: the folder and the store, kept live. */
  replicas: ComposedApi[];
  auth(name: LiveTokenName): { Authorization: string };
  target: TestTarget;
}

/**
 * `replicas` servers on one fresh database of `backend` for the enclosing describe block (several
 * only on PostgreSQL: a PGlite folder belongs to one process), with two ministry users, a region and
 * a reader.
 */
export function useLiveTestApi(backend: TestBackend, options: { replicas?: number } & Partial<ComposeOptions> = {}): LiveTestApi {
  const { replicas = 1, ...compose } = options;
  const ctx = { replicas: [] } as unknown as LiveTestApi & { tokens: Record<LiveTokenName, string> };
  const violations: ConformanceViolation[] = [];
  beforeAll(async () => {
    ctx.target = await backend.create();
    for (let i = 0; i < replicas; i++) {
      const replica = await composeApi({ ...ctx.target.options, logger: pino({ level: 'silent' }), clock: () => TODAY, rateLimit: false, tokenCacheMs: 0, ...compose });
      // Every answer checked against the OpenAPI document, as in useTestApi.
      replica.app = checkedAgainstDocument(replica.app, violations);
      ctx.replicas.push(replica);
    }
    ctx.tokens = {} as Record<LiveTokenName, string>;
    for (const [name, spec] of Object.entries(TOKENS) as Array<[LiveTokenName, (typeof TOKENS)[LiveTokenName]]>) {
      ctx.tokens[name] = (await ctx.replicas[0].store.createToken(spec)).token;
    }
    ctx.auth = (name) => ({ Authorization: `Bearer ${ctx.tokens[name]}` });
  });
  afterAll(async () => {
    try {
      expect(violations, 'answers that the OpenAPI document does not describe').toEqual([]);
    } finally {
      for (const replica of ctx.replicas) await replica.close();
      await ctx.target?.dispose();
    }
  });
  return ctx;
}
