import type { Database } from './db/database.js';
import { openPgliteDatabase } from './db/pglite-database.js';
import { openPostgresDatabase } from './db/postgres-database.js';
import { migrate } from './migrate.js';
import { SqlHearingStore } from './sql-hearing-store.js';
import type { HearingStore, OpenStoreOptions } from './contract/index.js';

export const defaultDataDir = '.data/pglite';

/**
 * Opens the store and brings its schema up to date. PostgreSQL when `databaseUrl` (or env
 * DATABASE_URL) is set, otherwise embedded PGlite in `dataDir` (default `.data/pglite`).
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<HearingStore> {
  const databaseUrl = options.backend === 'pglite' ? undefined : (options.databaseUrl ?? process.env.DATABASE_URL);
  if (options.backend === 'postgres' && !databaseUrl) throw new Error('PostgreSQL kræver DATABASE_URL (eller databaseUrl).');
  const db: Database = databaseUrl ? await openPostgresDatabase(databaseUrl) : await openPgliteDatabase(options.dataDir ?? defaultDataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return new SqlHearingStore(db, options.groupCommit);
}
