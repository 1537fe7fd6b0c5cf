// PGlite in a worker thread: the worker side of pglite-database.ts. PGlite is PostgreSQL compiled to
// WebAssembly; in the thread that serves HTTP its work (parsing parameters, planning, writing pages)
// took ≈ 45 % of a decision request's CPU (docs/api.md, "Benchmark"). Here it runs on a core of its
// own while the request thread goes on deciding.
//
// Self-contained on purpose: Node loads this file itself (type stripping), also when the app runs under
// tsx or vitest, whose loaders a worker does not inherit — so no imports of our own modules at run
// time and only type syntax Node can strip.
import { parentPort } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { WorkerError, WorkerReply, WorkerRequest } from './pglite-protocol.js';

const port = parentPort!;

/** An open transaction: its queries run on `tx`; `end` commits (true) or rolls back (false). */
interface OpenTransaction {
  tx: Transaction;
  end(commit: boolean): void;
  /** Settles when PGlite has committed or rolled back; rejects when COMMIT failed. */
  finished: Promise<unknown>;
}

/**
 * PostgreSQL's page cache inside PGlite's WebAssembly memory. The default, 128 MB, is touched at start
 * and never given back: it was a third of the API's memory at rest (433 → 300 MB with 16 MB, measured
 * by docs/api.md's "Memory"). A cache miss here is a read from the data folder's files, which the
 * operating system caches anyway; the store of a region or the ministry is a few thousand pages.
 */
const SHARED_BUFFERS = '16MB';

const transactions = new Map<number, OpenTransaction>();
let pg: PGlite | undefined;

/** The fields of a PostgreSQL error that callers and logs use; an Error does not clone with them. */
function errorOf(error: unknown): WorkerError {
  const e = error as Record<string, unknown>;
  const text = (key: string) => (typeof e?.[key] === 'string' ? (e[key] as string) : undefined);
  return {
    message: error instanceof Error ? error.message : String(error),
    name: text('name'),
    code: text('code'),
    detail: text('detail'),
    hint: text('hint'),
    constraint: text('constraint'),
    table: text('table'),
    column: text('column'),
    schema: text('schema'),
  };
}

function database(): PGlite {
  if (!pg) throw new Error('Databasen er ikke åbnet.');
  return pg;
}

function openTransaction(txId: number): OpenTransaction {
  const open = transactions.get(txId);
  if (!open) throw new Error(`Transaktion ${txId} er ikke åben.`);
  return open;
}

const on = (txId: number | undefined) => (txId === undefined ? database() : openTransaction(txId).tx);

/**
 * BEGIN through PGlite's own transaction, which holds its lock: queries from outside the transaction
 * wait, as they do in the calling thread. The transaction stays open until the caller sends `end`.
 * Answers once the transaction is open, with its id (the request's id).
 */
function begin(id: number): Promise<number> {
  return new Promise((opened, failed) => {
    let end!: (commit: boolean) => void;
    const ended = new Promise<boolean>((resolve) => (end = resolve));
    const finished: Promise<unknown> = database()
      .transaction(async (tx) => {
        transactions.set(id, { tx, end, finished });
        opened(id);
        if (!(await ended)) await tx.rollback();
      })
      .finally(() => transactions.delete(id));
    finished.catch(failed);
  });
}

async function run(message: WorkerRequest): Promise<unknown> {
  switch (message.op) {
    case 'open':
      pg = await PGlite.create(message.dataDir, { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`] });
      return null;
    case 'query':
      return (await on(message.tx).query(message.sql, message.params)).rows;
    case 'exec':
      return (await on(message.tx).exec(message.sql)).at(-1)?.rows ?? [];
    case 'begin':
      return begin(message.id);
    case 'end': {
      const open = openTransaction(message.tx);
      open.end(message.commit);
      await open.finished;
      return null;
    }
    case 'close':
      await pg?.close();
      return null;
  }
}

port.on('message', (message: WorkerRequest) => {
  run(message).then(
    (result) => port.postMessage({ id: message.id, ok: true, result } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ id: message.id, ok: false, error: errorOf(error) } satisfies WorkerReply),
  );
});
