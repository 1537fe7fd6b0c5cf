import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../db/database.js';
import { openPgliteDatabase } from '../db/pglite-database.js';
import { openPostgresDatabase } from '../db/postgres-database.js';
import type { OpenStoreOptions } from '../contract/index.js';

/** A fresh, empty database for one test file. */
export interface TestTarget {
  options: OpenStoreOptions;
  openDatabase(): Promise<Database>;
  dispose(): Promise<void>;
}

export interface TestBackend {
  name: 'pglite' | 'postgres';
  create(): Promise<TestTarget>;
}

/** PGlite in a temporary directory (file-backed, like production), removed afterwards. */
const pglite: TestBackend = {
  name: 'pglite',
  async create() {
    const dataDir = mkdtempSync(join(tmpdir(), 'fordeling-store-'));
    return {
      options: { backend: 'pglite', dataDir },
      openDatabase: () => openPgliteDatabase(dataDir),
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  },
};

/** PostgreSQL from DATABASE_URL: a database `fordeling_test_<random>` per test file, dropped afterwards. */
const postgres = (adminUrl: string): TestBackend => ({
  name: 'postgres',
  async create() {
    const name = `fordeling_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      options: { backend: 'postgres', databaseUrl: url.toString() },
      openDatabase: () => openPostgresDatabase(url.toString()),
      async dispose() {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  },
});

const databaseUrl = process.env.DATABASE_URL;

/** The backends every store test runs against: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const backends: TestBackend[] = databaseUrl ? [pglite, postgres(databaseUrl)] : [pglite];

/** Shown as a skipped test so a run without DATABASE_URL says what it did not cover. */
export const postgresSkipNote = databaseUrl ? undefined : 'PostgreSQL: not run — set DATABASE_URL to run the store suite against PostgreSQL too';
