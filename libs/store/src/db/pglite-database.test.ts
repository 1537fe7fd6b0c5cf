// The PGlite worker thread behind the Database seam: errors keep PostgreSQL's fields, transactions
// commit or roll back as a whole and hold off other queries, and a closed database says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { openPgliteDatabase, PgliteError } from './pglite-database.js';

describe('PGlite in a worker thread', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openPgliteDatabase('memory://');
    await db.exec('CREATE TABLE t (id int PRIMARY KEY, note text)');
  });
  afterAll(async () => {
    await db?.close();
  });

  it('answers queries with parameters and scripts with the last statement’s rows', async () => {
    expect(await db.query('SELECT $1::int + 1 AS n, $2::text AS s', [41, 'ø'])).toEqual([{ n: 42, s: 'ø' }]);
    expect(await db.exec("INSERT INTO t VALUES (1, 'a'); SELECT id, note FROM t")).toEqual([{ id: 1, note: 'a' }]);
  });

  // Issue 15: the default 128 MB page cache was a third of the API's memory at rest.
  it('runs PostgreSQL with a 16 MB page cache', async () => {
    expect(await db.query('SHOW shared_buffers')).toEqual([{ shared_buffers: '16MB' }]);
  });

  it('passes PostgreSQL errors on with their code, detail and constraint', async () => {
    const error = await db.query('INSERT INTO t VALUES (1, $1)', ['igen']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PgliteError);
    expect(error).toMatchObject({ code: '23505', constraint: 't_pkey', detail: 'Key (id)=(1) already exists.' });
  });

  it('commits a transaction as a whole, rolls it back when its function throws, and holds other queries off meanwhile', async () => {
    const order: string[] = [];
    let outside: Promise<unknown> | undefined;
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO t VALUES (2, 'i transaktion')");
      outside = db.query<{ n: number }>('SELECT count(*)::int AS n FROM t').then(([row]) => order.push(`udenfor så ${row.n}`));
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('transaktion slut');
    });
    await outside;
    expect(order).toEqual(['transaktion slut', 'udenfor så 2']);

    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO t VALUES (3, 'rulles tilbage')");
        throw new Error('afbrudt');
      }),
    ).rejects.toThrow('afbrudt');
    expect(await db.query('SELECT id FROM t ORDER BY id')).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('refuses queries once closed, at once and in Danish', async () => {
    const other = await openPgliteDatabase('memory://');
    await other.close();
    await expect(other.query('SELECT 1')).rejects.toThrow('Databasen er lukket.');
  });
});
