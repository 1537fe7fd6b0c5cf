// Messages between the store and its PGlite worker thread (pglite-worker.ts). Every request has an
// id; the worker answers each with the same id, in any order. `tx` names an open transaction: the
// id of the `begin` request that opened it.

/** What the store asks of the worker. */
export type WorkerOperation =
  | { op: 'open'; dataDir: string }
  | { op: 'query'; sql: string; params: unknown[]; tx?: number }
  | { op: 'exec'; sql: string; tx?: number }
  | { op: 'begin' }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'close' };

export type WorkerRequest = { id: number } & WorkerOperation;

/** A PostgreSQL error as plain data: an Error loses its own fields (code, detail, …) in postMessage. */
export interface WorkerError {
  message: string;
  name?: string;
  code?: string;
  detail?: string;
  hint?: string;
  constraint?: string;
  table?: string;
  column?: string;
  schema?: string;
}

export type WorkerReply = { id: number } & ({ ok: true; result: unknown } | { ok: false; error: WorkerError });
