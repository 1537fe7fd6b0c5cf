import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.js';

/** A fake "transaction": records each batch it was given; fails when a batch holds a negative number. */
function recorder() {
  const batches: number[][] = [];
  const commit = async (items: number[]) => {
    batches.push([...items]);
    await new Promise((resolve) => setImmediate(resolve));
    if (items.some((n) => n < 0)) throw new Error(`kan ikke gemme ${items.filter((n) => n < 0).join(', ')}`);
    return items.map((n) => n * 10);
  };
  return { batches, commit };
}

describe('GroupCommit, one batch at a time (maxInFlight 1)', () => {
  it('commits concurrent writes together, in submission order, and answers each caller with its own result', async () => {
    const { batches, commit } = recorder();
    const group = new GroupCommit(commit, { maxInFlight: 1 });
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => group.submit(n)));
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1, 2, 3, 4, 5]]);
  });

  it('splits a queue longer than maxBatch into batches of at most maxBatch, oldest first', async () => {
    const { batches, commit } = recorder();
    const group = new GroupCommit(commit, { maxBatch: 4, maxInFlight: 1 });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => group.submit(i + 1)));
    expect(results).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(batches).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10]]);
  });

  it('collects writes that arrive while a batch is committing into the next batch', async () => {
    const { batches, commit } = recorder();
    const group = new GroupCommit(commit, { maxInFlight: 1 });
    const first = group.submit(1);
    await new Promise((resolve) => setImmediate(resolve)); // batch [1] is now committing
    const later = [2, 3, 4].map((n) => group.submit(n));
    expect(await Promise.all([first, ...later])).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('retries a failed batch one item per transaction: only the bad item is rejected, the others are stored', async () => {
    const { batches, commit } = recorder();
    const group = new GroupCommit(commit, { maxInFlight: 1 });
    const settled = await Promise.allSettled([1, -2, 3].map((n) => group.submit(n)));
    expect(settled).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: new Error('kan ikke gemme -2') },
      { status: 'fulfilled', value: 30 },
    ]);
    expect(batches).toEqual([[1, -2, 3], [1], [-2], [3]]);
  });

  it('keeps working after a failure, and drain() waits for everything submitted', async () => {
    const { batches, commit } = recorder();
    const group = new GroupCommit(commit, { maxInFlight: 1 });
    await expect(group.submit(-1)).rejects.toThrow('kan ikke gemme -1');
    const pending = [7, 8].map((n) => group.submit(n));
    await group.drain();
    expect(batches).toEqual([[-1], [7, 8]]);
    expect(await Promise.all(pending)).toEqual([70, 80]);
  });

  it('with maxDelayMs, the first write waits for company before its batch is committed', async () => {
    const { batches, commit } = recorder();
    const group = new GroupCommit(commit, { maxDelayMs: 20, maxInFlight: 1 });
    const first = group.submit(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = group.submit(2);
    expect(await Promise.all([first, second])).toEqual([10, 20]);
    expect(batches).toEqual([[1, 2]]);
  });
});

describe('GroupCommit, two batches in flight (the default)', () => {
  it('shares the waiting writes between the free places, oldest first, and answers every caller', async () => {
    const { batches, commit } = recorder();
    const group = new GroupCommit(commit);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => group.submit(i + 1)));
    expect(results).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(batches).toEqual([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]]);
  });

  it('sends a second batch while the first commits, and waits for a free place after that', async () => {
    // Each batch commits only when the test opens its gate, so "while committing" is certain.
    const batches: number[][] = [];
    const gates: Array<() => void> = [];
    const group = new GroupCommit(async (items: number[]) => {
      batches.push([...items]);
      await new Promise<void>((resolve) => gates.push(resolve));
      return items.map((n) => n * 10);
    });
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    const first = group.submit(1);
    await turn(); // [1] is committing; one place is free
    const second = [2, 3].map((n) => group.submit(n));
    await turn(); // [2, 3] is committing too; no place is free
    const third = [4, 5, 6].map((n) => group.submit(n));
    await turn();
    expect(batches).toEqual([[1], [2, 3]]);
    gates[0]();
    expect(await first).toBe(10);
    await turn(); // the freed place is taken on the next turn after the commit settles
    await turn();
    expect(batches).toEqual([[1], [2, 3], [4, 5, 6]]);
    gates[1]();
    gates[2]();
    expect(await Promise.all([...second, ...third])).toEqual([20, 30, 40, 50, 60]);
  });

  it('keeps maxBatch: 7 waiting writes with maxBatch 3 go as 3 and 3, then 1', async () => {
    const { batches, commit } = recorder();
    const group = new GroupCommit(commit, { maxBatch: 3 });
    await Promise.all(Array.from({ length: 7 }, (_, i) => group.submit(i + 1)));
    expect(batches).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('a failed batch fails only its bad item while the other batch commits; drain() waits for both', async () => {
    const { batches, commit } = recorder();
    const group = new GroupCommit(commit);
    const settled = Promise.allSettled([1, -2, 3, 4].map((n) => group.submit(n)));
    await group.drain();
    expect((await settled).map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(batches).toEqual([[1, -2], [3, 4], [1], [-2]]);
  });
});
