import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '@fordeling/store';
import { captureConsole as capture } from '../testing/console.js';
import { run } from './serve.js';
import { startingResponder } from './serve-starting.js';

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

describe('fordeling serve', () => {
  it('listens at once, answers /health »starting« (503) until the app is ready, then the app answers', async () => {
    vi.stubEnv('DATABASE_URL', ''); // a new PGlite folder: the start this is about
    const { out } = capture();
    const served = run(['--port', '0', '--data-dir', path.join(dir, 'starting')]);
    // The first line names the port before the store is opened.
    await vi.waitFor(() => expect(out[0]).toMatch(/^Fordeling API starter på http:\/\/127\.0\.0\.1:\d+/), { timeout: 10_000, interval: 1 });
    const url = /http:\/\/\S+\d/.exec(out[0])![0];
    const early = await fetch(`${url}/health`);
    const statuses = [early.status];
    if (early.status === 503) {
      expect(early.headers.get('retry-after')).toBe('1');
      expect(await early.json()).toMatchObject({ status: 'starting', message: expect.stringContaining('Serveren starter') });
    }
    await vi.waitFor(async () => {
      const res = await fetch(`${url}/health`);
      statuses.push(res.status);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', store: 'pglite' });
    }, { timeout: 170_000, interval: 20 });
    expect(out.join('\n')).toContain(`Fordeling API kører på ${url} (database: pglite).`);
    // Never »starting« once ready.
    expect(statuses.slice(statuses.indexOf(200))).not.toContain(503);
    process.emit('SIGTERM');
    expect(await served).toBe(0);
    vi.unstubAllEnvs();
    // A new PGlite folder takes 5–20 s to be ready on a loaded machine.
  }, 180_000);
});

describe('the start-up responder', () => {
  it('answers /health »starting« and every other path a Danish 503 problem, both with Retry-After', async () => {
    const server = createServer(startingResponder('pglite')).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const health = await fetch(`${url}/health?x=1`);
      expect(health.status).toBe(503);
      expect(health.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await health.json()).toEqual({ status: 'starting', store: 'pglite', message: 'Serveren starter: databasen åbnes, og regelsættene indlæses. Prøv igen om et øjeblik.' });
      const route = await fetch(`${url}/v1/decisions/capacity`, { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
      expect(route.status).toBe(503);
      expect(route.headers.get('retry-after')).toBe('1');
      expect(route.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await route.json()).toMatchObject({ type: '/docs/problems#starting', title: 'Serveren starter', status: 503 });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
