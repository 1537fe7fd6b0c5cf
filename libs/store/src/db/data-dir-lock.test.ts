import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../open-store.js';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';

const folder = async () => join(await mkdtemp(join(tmpdir(), 'fordeling-lock-')), 'pglite');

describe('one process at a time per PGlite folder', () => {
  it('refuses a second store on the same folder, in Danish, and allows it again after close', async () => {
    const dataDir = await folder();
    const first = await openStore({ backend: 'pglite', dataDir });
    try {
      expect(await readFile(`${dataDir}.lock`, 'utf8')).toBe(`${process.pid}\n`);
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
    expect(await readFile(`${dataDir}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
  });
});
