import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '@fordeling/store';
import { captureConsole as capture } from '../testing/console.js';
import { run } from './serve.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fordeling-serve-'));
const dataDir = path.join(dir, 'pglite');

afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fordeling serve --create-token', () => {
  it('mints a region token bound to the region id and prints it once', async () => {
    const { out } = capture();
    expect(await run(['--create-token', '--role', 'region', '--region', 'Region Nordjylland', '--label', 'Sagsbehandler', '--data-dir', dataDir])).toBe(0);
    const token = out[out.length - 1];
    expect(out[0]).toContain('region Nordjylland');
    const store = await openStore({ dataDir });
    try {
      expect(await store.findToken(token)).toMatchObject({ role: 'region', region: 'Nordjylland', label: 'Sagsbehandler' });
    } finally {
      await store.close();
    }
  });

  it('refuses, without a stack trace, a PGlite folder another store holds open', async () => {
    vi.stubEnv('DATABASE_URL', ''); // the lock is PGlite's; PostgreSQL serves many processes
    const held = path.join(dir, 'held');
    const store = await openStore({ backend: 'pglite', dataDir: held });
    try {
      const { err } = capture();
      expect(await run(['--create-token', '--role', 'reader', '--label', 'x', '--data-dir', held])).toBe(1);
      expect(err.join('\n')).toMatch(/er allerede åben i proces \d+/);
      expect(err.join('\n')).not.toMatch(/\bat \w+ \(/);
    } finally {
      await store.close();
      vi.unstubAllEnvs();
    }
  });

  it('refuses an unknown region, naming the known ones', async () => {
    const { err } = capture();
    expect(await run(['--create-token', '--role', 'region', '--region', 'Atlantis', '--label', 'x', '--data-dir', dataDir])).toBe(2);
    expect(err.join('\n')).toMatch(/Ukendt region »Atlantis«.*Nordjylland/);
  });

  it('refuses a missing role or label and a bad port', async () => {
    const { err } = capture();
    expect(await run(['--create-token', '--label', 'x', '--data-dir', dataDir])).toBe(2);
    expect(await run(['--create-token', '--role', 'reader', '--data-dir', dataDir])).toBe(2);
    expect(await run(['--port', 'abc'])).toBe(2);
    expect(err.join('\n')).toContain('--role');
  });
});
