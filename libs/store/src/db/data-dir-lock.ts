// One process at a time per PGlite data folder. PGlite is an embedded database: two stores opened
// on the same folder each keep their own copy in memory, and whichever closes last silently
// overwrites the other's writes (seen: a token written through the second store was lost). So the
// folder is locked on open, and a second open is refused in Danish instead of losing data.
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Databasen i ${dataDir} er allerede åben i proces ${pid}${pid === process.pid ? ' (denne proces)' : ''}, fx af »fordeling serve«. ` +
        'Stop den anden proces først, eller brug PostgreSQL (DATABASE_URL), når flere processer skal bruge samme database.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * Takes the folder's lock — a file `<folder>.lock` beside it (inside, it would be a stranger in
 * Postgres's data directory) holding the process id — or throws DataDirLockedError while a live
 * process holds it.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const dir = resolve(dataDir);
  await mkdir(dirname(dir), { recursive: true });
  const file = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      let released = false;
      return {
        release: async () => {
          if (released) return;
          released = true;
          await rm(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) throw new DataDirLockedError(dir, holder);
      // A lock left by a process that no longer runs (killed, crashed): take it over.
      await rm(file, { force: true });
    }
  }
  throw new DataDirLockedError(dir, Number.NaN);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
