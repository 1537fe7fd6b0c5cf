import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../open-store.js';
import { DataDirLockedError, lockDataDir, processStartTime } from './data-dir-lock.js';

const folder = async () => join(await mkdtemp(join(tmpdir(), 'fordeling-lock-')), 'pglite');

describe('one process at a time per PGlite folder', () => {
  it('refuses a second store on the same folder, in Danish, and allows it again after close', async () => {
    const dataDir = await folder();
    const first = await openStore({ backend: 'pglite', dataDir });
    try {
      expect(JSON.parse(await readFile(`${dataDir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
      const second = openStore({ backend: 'pglite', dataDir });
      await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(second).rejects.toThrow(/er allerede åben i proces \d+ \(denne proces\).*PostgreSQL \(DATABASE_URL\)/);
    } finally {
      await first.close();
    }
    const again = await openStore({ backend: 'pglite', dataDir });
    await again.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dataDir = await folder();
    await (await lockDataDir(dataDir)).release();
    // 2^22 + 1 is above Linux's default pid_max (4,194,304): no live process has it.
    await writeFile(`${dataDir}.lock`, `${2 ** 22 + 1}\n`);
    const lock = await lockDataDir(dataDir);
    expect(JSON.parse(await readFile(`${dataDir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it.skipIf(processStartTime(process.pid) === undefined)('takes over a lock whose process id the system has given to another process, and respects a live holder', async () => {
    const dataDir = await folder();
    // Another live process: its id is real, but it is not the one that took the lock (other start time).
    const other = spawn('sleep', ['30']);
    try {
      await new Promise((done) => other.once('spawn', done));
      const started = processStartTime(other.pid!)!;
      await writeFile(`${dataDir}.lock`, `${JSON.stringify({ pid: other.pid, startTime: String(Number(started) - 1000) })}\n`);
      const lock = await lockDataDir(dataDir);
      expect(JSON.parse(await readFile(`${dataDir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
      await lock.release();
      // The same process recorded with its real start time holds the lock: refused.
      await writeFile(`${dataDir}.lock`, `${JSON.stringify({ pid: other.pid, startTime: started })}\n`);
      await expect(lockDataDir(dataDir)).rejects.toThrow(`er allerede åben i proces ${other.pid}`);
    } finally {
      other.kill();
    }
  });
});
