// One process at a time per PGlite data folder. PGlite is an embedded database: two stores opened
// on the same folder each keep their own copy in memory, and whichever closes last silently
// overwrites the other's writes (seen: a token written through the second store was lost). So the
// folder is locked on open, and a second open is refused in Danish instead of losing data.
import { readFileSync } from 'node:fs';
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
 * Who holds a lock: the process id, and — so that a process id the system has since given to another
 * process is not mistaken for the holder — the process's start time and the boot it started in
 * (Linux, from /proc; absent elsewhere, where only the id is compared).
 */
interface LockHolder {
  pid: number;
  startTime?: string;
  bootId?: string;
}

/** This machine's current boot, or undefined where /proc does not tell. */
function bootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return undefined;
  }
}

/**
 * When a process started, in clock ticks since boot (field 22 of /proc/<pid>/stat), or undefined when
 * it does not run or /proc does not tell. The command name in field 2 may hold spaces and parentheses,
 * so fields are counted after its closing parenthesis.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function holderText(): string {
  const holder: LockHolder = { pid: process.pid, startTime: processStartTime(process.pid), bootId: bootId() };
  return `${JSON.stringify(holder)}\n`;
}

/** The holder recorded in a lock file: JSON, or the first format, a bare process id. */
function parseHolder(text: string): LockHolder | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed) };
  try {
    const holder = JSON.parse(trimmed) as LockHolder;
    return Number.isInteger(holder.pid) && holder.pid > 0 ? holder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the recorded holder still runs: a live process with that id, started in this boot at the
 * recorded time. A process id reused by another process (other start time), or a lock from before a
 * reboot (other boot), is not the holder.
 */
function holderRuns(holder: LockHolder): boolean {
  if (!isAlive(holder.pid)) return false;
  if (holder.bootId !== undefined && bootId() !== undefined && holder.bootId !== bootId()) return false;
  if (holder.startTime !== undefined) {
    const now = processStartTime(holder.pid);
    if (now !== undefined && now !== holder.startTime) return false;
  }
  return true;
}

/**
 * Takes the folder's lock — a file `<folder>.lock` beside it (inside, it would be a stranger in
 * Postgres's data directory) naming the holding process — or throws DataDirLockedError while that
 * process still runs.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const dir = resolve(dataDir);
  await mkdir(dirname(dir), { recursive: true });
  const file = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(holderText());
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
      const holder = parseHolder(await readFile(file, 'utf8').catch(() => ''));
      if (holder && holderRuns(holder)) throw new DataDirLockedError(dir, holder.pid);
      // A lock left by a process that no longer runs (killed, crashed, or its id now another process's): take it over.
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
