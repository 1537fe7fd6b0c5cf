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
    // pg prepares a named statement on each pooled connection the first time it runs there.
    prepared: async <T>(name: string, sql: string, params: unknown[]) => (await pool.query({ name, text: sql, values: params })).rows as T[],
    listen: (channel, onNotify) => listenOn(connectionString, channel, onNotify),
    close: () => pool.end(),
  };
}

/** Waits before reconnecting a lost listener: 0,5 s, doubling, at most 30 s. */
const RECONNECT_MS = { first: 500, max: 30_000 };

/**
 * A dedicated client (a pooled one would be handed to queries and lose its LISTEN), reconnected
 * whenever it is lost, and telling the caller so once it is back.
 */
async function listenOn(connectionString: string, channel: string, onNotify: (payload?: string) => void): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wait = RECONNECT_MS.first;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload);
    });
    // A lost connection ends the client; 'end' schedules the reconnect.
    next.on('error', () => undefined);
    next.on('end', () => {
      if (client === next) client = undefined;
      if (!stopped) schedule();
    });
    await next.connect();
    await next.query(`LISTEN ${next.escapeIdentifier(channel)}`);
    client = next;
  };
  const schedule = () => {
    if (timer || stopped) return;
    timer = setTimeout(async () => {
      timer = undefined;
      try {
        await connect();
        wait = RECONNECT_MS.first;
        onNotify();
      } catch {
        wait = Math.min(wait * 2, RECONNECT_MS.max);
        schedule();
      }
    }, wait);
    timer.unref();
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await client?.end().catch(() => undefined);
  };
}
