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

describe('GroupCommit', () => {
  it('commits concurrent writes together, in submission order, and answers each caller with its own result', async () => {
    const { batches, commit } = recorder();
    const group = new GroupCommit(commit);
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => group.submit(n)));
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1, 2, 3, 4, 5]]);
  });

  it('splits a queue longer than maxBatch into batches of at most maxBatch, oldest first', async () => {
    const { batches, commit } = recorder();
    const group = new GroupCommit(commit, { maxBatch: 4 });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => group.submit(i + 1)));
    expect(results).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(batches).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10]]);
  });

  it('collects writes that arrive while a batch is committing into the next batch', async () => {
    const { batches, commit } = recorder();
    const group = new GroupCommit(commit);
    const first = group.submit(1);
    await new Promise((resolve) => setImmediate(resolve)); // batch [1] is now committing
    const later = [2, 3, 4].map((n) => group.submit(n));
    expect(await Promise.all([first, ...later])).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('retries a failed batch one item per transaction: only the bad item is rejected, the others are stored', async () => {
    const { batches, commit } = recorder();
    const group = new GroupCommit(commit);
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
    const group = new GroupCommit(commit);
    await expect(group.submit(-1)).rejects.toThrow('kan ikke gemme -1');
    const pending = [7, 8].map((n) => group.submit(n));
    await group.drain();
    expect(batches).toEqual([[-1], [7, 8]]);
    expect(await Promise.all(pending)).toEqual([70, 80]);
  });

  it('with maxDelayMs, the first write waits for company before its batch is committed', async () => {
    const { batches, commit } = recorder();
    const group = new GroupCommit(commit, { maxDelayMs: 20 });
    const first = group.submit(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = group.submit(2);
    expect(await Promise.all([first, second])).toEqual([10, 20]);
    expect(batches).toEqual([[1, 2]]);
  });
});
