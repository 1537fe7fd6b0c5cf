import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.js';
import type { Database, Queryable } from './database.js';

const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
  async query<T>(sql: string, params: unknown[] = []) {
    return (await q.query<T>(sql, params)).rows;
  },
  async exec(sql: string) {
    await q.exec(sql);
  },
});

/**
 * Embedded PostgreSQL (PGlite) in a data directory, or in memory for `memory://`. PGlite has one
 * connection, so its transactions run one after another; a data directory is locked for the
 * lifetime of the database (data-dir-lock.ts), so a second process cannot silently lose writes.
 */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const lock = inMemory ? undefined : await lockDataDir(dataDir);
  let pg: PGlite;
  try {
    if (!inMemory) mkdirSync(dataDir, { recursive: true });
    pg = await PGlite.create(dataDir);
  } catch (error) {
    await lock?.release();
    throw error;
  }
  return {
    backend: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: async () => {
      try {
        await pg.close();
      } finally {
        await lock?.release();
      }
    },
  };
}
