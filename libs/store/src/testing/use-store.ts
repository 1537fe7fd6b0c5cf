import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../db/database.js';
import type { GroupCommitOptions } from '../group-commit.js';
import { migrate } from '../migrate.js';
import { openStore } from '../open-store.js';
import { SqlHearingStore } from '../sql-hearing-store.js';
import type { HearingStore } from '../contract/index.js';
import type { TestBackend, TestTarget } from './backends.js';

/** Opens a store on a fresh database of `backend` for the enclosing describe block. */
export function useStore(backend: TestBackend): { store: HearingStore; target: TestTarget } {
  const ctx = {} as { store: HearingStore; target: TestTarget };
  beforeAll(async () => {
    ctx.target = await backend.create();
    ctx.store = await openStore(ctx.target.options);
  });
  afterAll(async () => {
    await ctx.store?.close();
    await ctx.target?.dispose();
  });
  return ctx;
}

/**
 * Like useStore, but also hands out the raw database the store runs on, for tests that look under
 * the store (transaction ids, triggers, what is stored at rest).
 */
export function useDatabaseStore(
  backend: TestBackend,
  groupCommit?: GroupCommitOptions,
): { db: Database; store: SqlHearingStore; target: TestTarget } {
  const ctx = {} as { db: Database; store: SqlHearingStore; target: TestTarget };
  beforeAll(async () => {
    ctx.target = await backend.create();
    ctx.db = await ctx.target.openDatabase();
    await migrate(ctx.db);
    ctx.store = new SqlHearingStore(ctx.db, groupCommit);
  });
  afterAll(async () => {
    await ctx.store?.close();
    await ctx.target?.dispose();
  });
  return ctx;
}
