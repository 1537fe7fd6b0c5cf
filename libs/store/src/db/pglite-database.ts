import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { lockDataDir } from './data-dir-lock.js';
import { isNewDataDir, seedFromTemplate } from './pglite-template.js';
import type { Database, Queryable } from './database.js';
import type { WorkerError, WorkerOperation, WorkerReply, WorkerRequest } from './pglite-protocol.js';

/** A PostgreSQL error from the worker, with the fields pg and PGlite errors carry (code, detail, …). */
export class PgliteError extends Error {
  readonly code?: string;
  readonly detail?: string;
  readonly hint?: string;
  readonly constraint?: string;

  constructor(error: WorkerError) {
    super(error.message);
    this.name = error.name ?? 'PgliteError';
    Object.assign(this, Object.fromEntries(Object.entries(error).filter(([key, value]) => key !== 'message' && key !== 'name' && value !== undefined)));
  }
}

/**
 * The thread side of the PGlite worker: one request per message, answered by id. The worker keeps
 * the process alive only while a request is outstanding, so a store that is never closed does not
 * hold a finished command open, and one that is busy is not cut off.
 */
class PgliteWorker {
  private readonly worker = new Worker(new URL('./pglite-worker.ts', import.meta.url));
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(reason: unknown): void }>();
  private nextId = 1;
  /** Why the worker no longer answers (closed, or died); a request then fails at once instead of waiting forever. */
  private gone: Error | undefined;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (reply: WorkerReply) => {
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if (reply.ok) waiter?.resolve(reply.result);
      else waiter?.reject(new PgliteError(reply.error));
    });
    // A worker that dies (out of memory, a bug in PGlite) fails every request in flight, loudly.
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) => this.failAll(this.gone ?? new Error(`PGlite-tråden stoppede uventet (kode ${code}).`)));
  }

  send<T>(operation: WorkerOperation): Promise<T> {
    if (this.gone) return Promise.reject(this.gone);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...operation, id } satisfies WorkerRequest);
    });
  }

  async terminate(): Promise<void> {
    this.gone ??= new Error('Databasen er lukket.');
    await this.worker.terminate();
  }

  private failAll(error: Error): void {
    this.gone ??= error;
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}

const queryable = (worker: PgliteWorker, tx?: number): Queryable => ({
  query: <T>(sql: string, params: unknown[] = []) => worker.send<T[]>({ op: 'query', sql, params, tx }),
  exec: <T>(sql: string) => worker.send<T[]>({ op: 'exec', sql, tx }),
});

/** Creates a new database in `dir` (PGlite runs initdb in a folder without one) and closes it. */
async function initdb(dir: string): Promise<void> {
  const worker = new PgliteWorker();
  try {
    await worker.send({ op: 'open', dataDir: dir });
    await worker.send({ op: 'close' });
  } finally {
    await worker.terminate();
  }
}

/**
 * Embedded PostgreSQL (PGlite) in a data directory, or in memory for `memory://`, running in a worker
 * thread (pglite-worker.ts says why). PGlite has one connection, so its transactions run one after
 * another; a data directory is locked for the lifetime of the database (data-dir-lock.ts), so a
 * second process cannot silently lose writes.
 */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const lock = inMemory ? undefined : await lockDataDir(dataDir);
  let worker: PgliteWorker | undefined;
  try {
    // A new folder gets a copy of a pristine database instead of PGlite's initdb (pglite-template.ts).
    if (!inMemory && isNewDataDir(dataDir)) await seedFromTemplate(dataDir, initdb);
    if (!inMemory) mkdirSync(dataDir, { recursive: true });
    worker = new PgliteWorker();
    await worker.send({ op: 'open', dataDir });
  } catch (error) {
    await worker?.terminate();
    await lock?.release();
    throw error;
  }
  const thread = worker;
  return {
    backend: 'pglite',
    ...queryable(thread),
    async transaction(fn) {
      const tx = await thread.send<number>({ op: 'begin' });
      let result;
      try {
        result = await fn(queryable(thread, tx));
      } catch (error) {
        // The caller's error is the one that matters; a failed ROLLBACK leaves nothing behind anyway.
        await thread.send({ op: 'end', tx, commit: false }).catch(() => undefined);
        throw error;
      }
      await thread.send({ op: 'end', tx, commit: true });
      return result;
    },
    close: async () => {
      try {
        await thread.send({ op: 'close' });
        await thread.terminate();
      } finally {
        await lock?.release();
      }
    },
  };
}
