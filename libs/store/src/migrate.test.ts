import { describe, expect, it } from 'vitest';
import { MigrationChecksumError } from './errors.js';
import { migrate, readMigrations } from './migrate.js';
import { openStore } from './open-store.js';
import { backends, postgresSkipNote } from './testing/backends.js';

describe.each(backends)('migrations ($name)', (backend) => {
  it('apply on a fresh database and are a no-op on restart', async () => {
    const target = await backend.create();
    try {
      const first = await openStore(target.options);
      const applied = await first.migrations();
      expect(applied.map((m) => m.version)).toEqual(readMigrations().map((m) => m.version));
      expect(applied[0]).toMatchObject({ version: 1, name: '0001_initial', checksum: readMigrations()[0].checksum });
      await first.close();

      // Restart: nothing new is applied, the recorded rows are unchanged.
      const db = await target.openDatabase();
      expect(await migrate(db)).toEqual([]);
      await db.close();
      const second = await openStore(target.options);
      expect(await second.migrations()).toEqual(applied);
      await second.close();
    } finally {
      await target.dispose();
    }
  });

  it('on an up-to-date database applies only a migration that is new since', async () => {
    const target = await backend.create();
    try {
      await (await openStore(target.options)).close();
      const db = await target.openDatabase();
      const extra = { version: 9999, name: '9999_probe', sql: 'CREATE TABLE migration_probe (id int)', checksum: 'sha256:probe' };
      expect((await migrate(db, [...readMigrations(), extra])).map((m) => m.version)).toEqual([9999]);
      expect(await migrate(db, [...readMigrations(), extra])).toEqual([]);
      expect(await db.query('SELECT count(*)::int AS n FROM migration_probe')).toEqual([{ n: 0 }]);
      await db.close();
    } finally {
      await target.dispose();
    }
  });

  it('refuses to start when an applied migration file was changed', async () => {
    const target = await backend.create();
    try {
      await (await openStore(target.options)).close();
      const db = await target.openDatabase();
      const edited = readMigrations().map((m) => (m.version === 1 ? { ...m, checksum: 'sha256:edited' } : m));
      await expect(migrate(db, edited)).rejects.toBeInstanceOf(MigrationChecksumError);
      await db.close();
    } finally {
      await target.dispose();
    }
  });
});

// A visible skipped entry, so a run without DATABASE_URL says what it did not cover.
const note = postgresSkipNote;
if (note) describe('PostgreSQL', () => it.skip(note, () => undefined));
