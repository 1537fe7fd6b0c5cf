import type { Backend } from '../contract/index.js';

/** Runs SQL; `params` are $1, $2, … placeholders. JSON goes in as text and is cast in SQL. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * Runs statements without parameters over the simple protocol and answers the last one's rows:
   * migrations, and the decisions' batch insert, which on PGlite is ≈ 0,2 ms cheaper this way than with
   * a parameter (one round trip into PostgreSQL instead of two; docs/api.md, "Benchmark"). A value
   * goes into such a statement only as a literal from sql-literal.ts.
   */
  exec<T = Record<string, unknown>>(sql: string): Promise<T[]>;
}

/**
 * The one seam between the store and its two backends (PGlite, PostgreSQL). Both speak the same
 * PostgreSQL dialect, so every SQL statement is shared; only connection handling differs.
 */
export interface Database extends Queryable {
  readonly backend: Backend;
  /** Runs `fn` in one transaction: commit when it resolves, roll back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * PostgreSQL only: `LISTEN channel` on a connection of its own, calling `onNotify` with each
   * notification's payload — and without one after the connection was lost and is back, as
   * notifications sent meanwhile are gone. Resolves to the function that stops listening. PGlite has
   * one process, which hears of its own changes directly (sql-hearing-store.ts).
   */
  listen?(channel: string, onNotify: (payload?: string) => void): Promise<() => Promise<void>>;
  /**
   * PostgreSQL only: one parameterised statement as a named prepared statement — parsed and planned
   * once per connection, then sent as Bind/Execute only, the values as parameters instead of SQL
   * text the server must parse (the decisions' batch, ≈ 0,5 KB a decision). PGlite has no such
   * cache to gain from: there the literal over the simple protocol is cheaper (`exec`).
   */
  prepared?<T = Record<string, unknown>>(name: string, sql: string, params: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}
