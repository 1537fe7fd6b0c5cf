// A new PGlite folder starts as a copy of a pristine database (pglite-template.ts): the copy must be
// the database initdb makes — the same catalog, encoding and settings, the migrations applied alike —
// and a template that cannot be made must leave the folder to PGlite's own initdb.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { migrate } from '../migrate.js';
import type { Database } from './database.js';
import { openPgliteDatabase } from './pglite-database.js';
import { isNewDataDir, pgliteTemplateDir, seedFromTemplate } from './pglite-template.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fordeling-template-'));

/** What a database is made of, as far as a copy could differ from initdb's own: catalog, settings, encoding. */
async function shape(db: Database) {
  return {
    tables: await db.query(`SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema NOT IN ('information_schema') ORDER BY 1, 2, 3`),
    functions: await db.query(`SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) AS args FROM pg_proc p
      JOIN pg_namespace n ON n.oid = p.pronamespace ORDER BY 1, 2, 3`),
    database: await db.query('SELECT datname, pg_encoding_to_char(encoding) AS encoding, datcollate, datctype FROM pg_database ORDER BY 1'),
    settings: await db.query("SELECT name, setting FROM pg_settings WHERE name IN ('server_version', 'lc_messages', 'DateStyle', 'TimeZone', 'max_connections') ORDER BY 1"),
  };
}

describe('new PGlite folders from a pristine template', () => {
  beforeAll(() => {
    vi.stubEnv('FORDELING_PGLITE_TEMPLATE', path.join(dir, 'cache'));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes the template once, copies it into new folders, and the copy is the database initdb makes', async () => {
    expect(isNewDataDir(path.join(dir, 'missing'))).toBe(true);
    const copied = path.join(dir, 'copied');
    const fromCopy = await openPgliteDatabase(copied);
    expect(existsSync(path.join(pgliteTemplateDir(), 'fordeling-template.json'))).toBe(true);
    // Never the template's marker inside a database folder.
    expect(readdirSync(copied)).not.toContain('fordeling-template.json');
    await migrate(fromCopy);
    await fromCopy.exec("CREATE TABLE t (id int PRIMARY KEY, note text); INSERT INTO t VALUES (1, 'æøå')");
    await fromCopy.close();

    // The reference: PGlite's own initdb in the folder (no template to copy).
    const plain = path.join(dir, 'plain');
    const seeded = await seedFromTemplate(plain, async () => {
      throw new Error('no template');
    });
    expect(seeded).toBe(true); // the template exists by now, so initdb is not asked for
    rmSync(plain, { recursive: true, force: true });
    vi.stubEnv('FORDELING_PGLITE_TEMPLATE', path.join(dir, 'unwritable', '\0'));
    const reference = await openPgliteDatabase(plain);
    vi.stubEnv('FORDELING_PGLITE_TEMPLATE', path.join(dir, 'cache'));
    await migrate(reference);
    await reference.exec("CREATE TABLE t (id int PRIMARY KEY, note text); INSERT INTO t VALUES (1, 'æøå')");

    const reopened = await openPgliteDatabase(copied);
    try {
      expect(await shape(reopened)).toEqual(await shape(reference));
      expect(await reopened.query('SELECT id, note FROM t')).toEqual([{ id: 1, note: 'æøå' }]);
    } finally {
      await reopened.close();
      await reference.close();
    }
    // Two initdb runs (the template's and the reference's) take 5–20 s each on a loaded machine.
  }, 300_000);

  it('leaves the folder to PGlite’s initdb when no template can be made', async () => {
    vi.stubEnv('FORDELING_PGLITE_TEMPLATE', path.join(dir, 'other-cache'));
    const target = path.join(dir, 'failed');
    expect(await seedFromTemplate(target, async () => Promise.reject(new Error('disk full')))).toBe(false);
    expect(existsSync(target)).toBe(false);
    expect(existsSync(pgliteTemplateDir())).toBe(false);
    vi.stubEnv('FORDELING_PGLITE_TEMPLATE', path.join(dir, 'cache'));
  });
});
