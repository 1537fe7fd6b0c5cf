import type { Express } from 'express';
import { afterAll, beforeAll, expect } from 'vitest';
import { pino } from 'pino';
import { createRegistry, defaultRulesDir, loadRules, standardKinds } from '@fordeling/engine';
import { openStore, type HearingStore, type Role } from '@fordeling/store';
// The store's own test backends: PGlite in a temp dir always, PostgreSQL too when DATABASE_URL is set.
import { backends, type TestBackend, type TestTarget } from '@fordeling/store/testing';
import { createApp, type AppOptions } from '../app.js';
import { checkedAgainstDocument, type ConformanceViolation } from './openapi-conformance.js';
import { runFixture } from './run-fixture.js';

export { backends };
export type { TestBackend };

/** "Today" in the tests: during the 2025 hearing round, under the 2025 geography (five regions). */
export const TODAY = new Date('2025-10-01T09:00:00Z');

export type TokenName = 'ministry' | 'regionNord' | 'regionMidt' | 'reader';

export interface TestApi {
  app: Express;
  store: HearingStore;
  tokens: Record<TokenName, string>;
  runId: string;
  auth(name: TokenName): { Authorization: string };
}

const TOKENS: Record<TokenName, { role: Role; region?: string }> = {
  ministry: { role: 'ministry' },
  regionNord: { role: 'region', region: 'Nordjylland' },
  regionMidt: { role: 'region', region: 'Region Midtjylland' },
  reader: { role: 'reader' },
};

/**
 * An app on a fresh database of `backend` for the enclosing describe block: the shipped rule sets,
 * four tokens and the synthetic run registered. Every answer is checked against the OpenAPI
 * document (openapi-conformance.ts); the block fails at its end if one was not as documented.
 */
export function useTestApi(backend: TestBackend, options: Partial<AppOptions> = {}): TestApi {
  const ctx = {} as TestApi & { target: TestTarget };
  const violations: ConformanceViolation[] = [];
  beforeAll(async () => {
    ctx.target = await backend.create();
    ctx.store = await openStore(ctx.target.options);
    const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
    ctx.app = checkedAgainstDocument(
      createApp({ store: ctx.store, library, logger: pino({ level: 'silent' }), clock: () => TODAY, rateLimit: false, tokenCacheMs: 0, ...options }),
      violations,
    );
    ctx.tokens = {} as Record<TokenName, string>;
    for (const [name, spec] of Object.entries(TOKENS) as Array<[TokenName, (typeof TOKENS)[TokenName]]>) {
      ctx.tokens[name] = (await ctx.store.createToken({ ...spec, label: `test ${name}` })).token;
    }
    const fixture = runFixture(library.bookAt('2025-07-03').refs());
    ctx.runId = (await ctx.store.registerRun(fixture.run, fixture.clinics, { councils: fixture.councils })).id;
    ctx.auth = (name) => ({ Authorization: `Bearer ${ctx.tokens[name]}` });
  });
  afterAll(async () => {
    try {
      expect(violations, 'answers that the OpenAPI document does not describe').toEqual([]);
    } finally {
      await ctx.store?.close();
      await ctx.target?.dispose();
    }
  });
  return ctx;
}
