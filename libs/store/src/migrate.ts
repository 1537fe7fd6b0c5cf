import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './db/database.js';
import { MigrationChecksumError } from './errors.js';
import { sha256Hex } from './hash.js';
import type { AppliedMigration } from './contract/index.js';
import { iso } from './rows.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The .sql files under migrations/, named `NNNN_name.sql`, in version order. */
export function readMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d+_.+\.sql$/.test(file))
    .map((file) => {
      const sql = readFileSync(`${dir}/${file}`, 'utf8');
      return { version: Number.parseInt(file, 10), name: file.replace(/\.sql$/, ''), sql, checksum: `sha256:${sha256Hex(sql)}` };
    })
    .sort((a, b) => a.version - b.version);
}

// Any constant works; it only keeps two processes from migrating the same database at once.
const MIGRATION_LOCK = 206_975;

/**
 * Applies every migration not yet in `schema_migrations`, each in its own transaction, in order.
 * Re-running is a no-op; an applied migration whose file changed stops the start.
 */
export async function migrate(db: Database, migrations = readMigrations()): Promise<AppliedMigration[]> {
  // Every start but a database's first finds everything applied: one look answers that, instead of
  // a transaction with the lock per migration. Anything missing or changed goes the careful way below.
  if (await allApplied(db, migrations)) return [];
  const applied: AppliedMigration[] = [];
  for (const migration of migrations) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const [row] = await tx.query<{ checksum: string }>('SELECT checksum FROM schema_migrations WHERE version = $1', [migration.version]);
      if (row) {
        if (row.checksum !== migration.checksum) throw new MigrationChecksumError(migration.version, row.checksum, migration.checksum);
        return;
      }
      await tx.exec(migration.sql);
      const [inserted] = await tx.query<Record<string, unknown>>(
        'INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3) RETURNING *',
        [migration.version, migration.name, migration.checksum],
      );
      applied.push(toAppliedMigration(inserted));
    });
  }
  return applied;
}

/** Whether `schema_migrations` holds every migration with its checksum (false when the table does not exist yet). */
async function allApplied(db: Database, migrations: readonly Migration[]): Promise<boolean> {
  const [{ present }] = await db.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  if (!present) return false;
  const rows = await db.query<{ version: number; checksum: string }>('SELECT version, checksum FROM schema_migrations');
  const checksums = new Map(rows.map((row) => [row.version, row.checksum]));
  return migrations.every((migration) => checksums.get(migration.version) === migration.checksum);
}

export const toAppliedMigration = (row: Record<string, unknown>): AppliedMigration => ({
  version: row.version as number,
  name: row.name as string,
  checksum: row.checksum as string,
  appliedAt: iso(row.applied_at),
});
