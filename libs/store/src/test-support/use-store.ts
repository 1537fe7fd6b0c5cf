import { afterAll, beforeAll } from 'vitest';
import { openStore } from '../open-store.js';
import type { HearingStore } from '../store.js';
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
