// A new PGlite database starts as a copy of a pristine one. PGlite creates a database by running
// PostgreSQL's initdb in WebAssembly: ≈ 3–5 s on the development machine (17 s under load) — most of
// `fordeling serve`'s start on a new folder and of every test that opens a new store — while opening
// an existing folder takes ≈ 1 s. initdb's output depends only on PGlite's build, so it is made once
// per PGlite version, in a cache folder, and a new (missing or empty) data folder gets a copy of it:
// a native file copy of ≈ 40 MB instead of the wasm initdb. The copy is exactly what initdb wrote
// (the migrations then run on it as on any new database); the only thing the copies share is
// PostgreSQL's system identifier, which matters for replication, and PGlite has none.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Written last into a finished template, so a half-made one (a process killed during initdb) is never copied. */
const COMPLETE = 'fordeling-template.json';

/** The installed PGlite's folder and version (its package.json is not among its exports, so found from its entry). */
function pglitePackage(): { dir: string; version: string } {
  let dir = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(path.join(dir, 'package.json')) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  return { dir, version: (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version };
}

/**
 * Where the pristine database of the installed PGlite is kept: FORDELING_PGLITE_TEMPLATE when set,
 * else node_modules/.cache/fordeling/ beside the package (the usual home of a tool's cache; a new
 * PGlite version gets a new folder).
 */
export function pgliteTemplateDir(): string {
  const { dir, version } = pglitePackage();
  const root = process.env.FORDELING_PGLITE_TEMPLATE || path.join(dir, '..', '..', '.cache', 'fordeling');
  return path.join(root, `pglite-${version}`);
}

/** A data folder PGlite would create a new database in: missing or empty. */
export function isNewDataDir(dataDir: string): boolean {
  return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}

/**
 * Fills the new data folder `dataDir` with a copy of the pristine database, making that first (with
 * `initdb`, which creates a database in the folder it is given and closes it) when there is none
 * yet. False, and `dataDir` left as it was, when no template can be made or copied (a read-only
 * cache, a full disk): PGlite then runs initdb in `dataDir` itself, as it always did.
 */
export async function seedFromTemplate(dataDir: string, initdb: (dir: string) => Promise<void>): Promise<boolean> {
  try {
    const template = pgliteTemplateDir();
    if (!existsSync(path.join(template, COMPLETE))) await makeTemplate(template, initdb);
    await mkdir(dataDir, { recursive: true });
    await cp(template, dataDir, { recursive: true, filter: (source) => path.basename(source) !== COMPLETE });
    return true;
  } catch {
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
    return false;
  }
}

/** Made beside its final place and renamed into it, so two processes starting at once never see half a template. */
async function makeTemplate(template: string, initdb: (dir: string) => Promise<void>): Promise<void> {
  const building = `${template}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await mkdir(building, { recursive: true });
    await initdb(building);
    await writeFile(path.join(building, COMPLETE), `${JSON.stringify({ pglite: pglitePackage().version, createdAt: new Date().toISOString() })}\n`);
    await rename(building, template).catch((error: NodeJS.ErrnoException) => {
      // Another process finished its template first: keep that one.
      if (!existsSync(path.join(template, COMPLETE))) throw error;
    });
  } finally {
    await rm(building, { recursive: true, force: true });
  }
}
