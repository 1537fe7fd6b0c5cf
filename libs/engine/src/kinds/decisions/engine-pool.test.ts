import type { Engine, EngineResult } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { EnginePool } from './engine-pool.js';

/** A stand-in engine that records which runs overlapped on it. */
function fakeEngines() {
  const built: Array<{ running: number; most: number }> = [];
  const create = () => {
    const state = { running: 0, most: 0 };
    built.push(state);
    const run = async () => {
      state.running++;
      state.most = Math.max(state.most, state.running);
      for (let tick = 0; tick < 5; tick++) await Promise.resolve();
      state.running--;
      return {} as EngineResult;
    };
    return { run } as unknown as Engine;
  };
  return { built, create };
}

describe('EnginePool', () => {
  it('builds one engine for runs one after the other', async () => {
    const { built, create } = fakeEngines();
    const pool = new EnginePool(create);
    for (let i = 0; i < 10; i++) await pool.run({});
    expect(built).toHaveLength(1);
  });

  it('never runs two at once on one engine, and keeps the engines for later runs', async () => {
    const { built, create } = fakeEngines();
    const pool = new EnginePool(create);
    await Promise.all(Array.from({ length: 4 }, () => pool.run({})));
    expect(built).toHaveLength(4);
    await Promise.all(Array.from({ length: 4 }, () => pool.run({})));
    expect(built).toHaveLength(4);
    expect(built.map((e) => e.most)).toEqual([1, 1, 1, 1]);
  });

  it('keeps at most 8 idle engines after a burst', async () => {
    const { built, create } = fakeEngines();
    const pool = new EnginePool(create);
    await Promise.all(Array.from({ length: 12 }, () => pool.run({})));
    await Promise.all(Array.from({ length: 12 }, () => pool.run({})));
    expect(built).toHaveLength(12 + 4);
  });
});
