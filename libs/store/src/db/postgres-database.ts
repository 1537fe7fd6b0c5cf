import pg from 'pg';
import type { Database, Queryable } from './database.js';

type Client = Pick<pg.PoolClient, 'query'>;

const wrap = (c: Client): Queryable => ({
  async query<T>(sql: string, params: unknown[] = []) {
    return (await c.query(sql, params)).rows as T[];
  },
  async exec<T>(sql: string) {
    // Without parameters pg uses the simple protocol, which accepts several statements (then it
    // answers one result per statement).
    const results = (await c.query(sql)) as pg.QueryResult | pg.QueryResult[];
    return ((Array.isArray(results) ? results.at(-1) : results)?.rows ?? []) as T[];
  },
});

/** PostgreSQL through a `pg` pool (DATABASE_URL). */
export async function openPostgresDatabase(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString });
  // An idle connection dropped by the server would otherwise crash the process; the pool discards it
  // and the next query opens a new one (or fails with the real error, which reaches the caller).
  pool.on('error', () => undefined);
  // Fail at start, not on the first request, when the server cannot be reached.
  (await pool.connect()).release();
  return {
    backend: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
