// `fordeling tokens list|create|revoke` (issue 15): on an idle PGlite folder directly, and — since the
// folder is locked while `fordeling serve` runs on it — through the running server's API.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '@fordeling/store';
import { startServe, type ServeProcess } from '../testing/serve-process.js';
import { captureConsole as capture } from '../testing/console.js';
import { run } from './tokens.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fordeling-tokens-'));

beforeEach(() => vi.stubEnv('DATABASE_URL', '')); // the PGlite folder and its lock are what is tested
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fordeling tokens on an idle PGlite folder', () => {
  const dataDir = path.join(dir, 'idle');

  it('create prints the secret once; list shows id, role, region, label, created, last used, revoked — never the secret; revoke ends it', async () => {
    let io = capture();
    expect(await run(['create', '--role', 'region', '--region', 'Region Midtjylland', '--label', 'Sagsbehandler RM', '--data-dir', dataDir])).toBe(0);
    const secret = io.out[io.out.length - 1];
    expect(secret).toMatch(/^fdl_/);
    expect(io.out[0]).toMatch(/^Adgangsnøgle oprettet \(id [0-9a-f-]{36}, rolle region, region Midtjylland\)\.$/);
    const id = /id ([0-9a-f-]{36})/.exec(io.out[0])![1];

    vi.restoreAllMocks();
    io = capture();
    expect(await run(['create', '--role', 'reader', '--label', 'Dashboard', '--quiet', '--data-dir', dataDir])).toBe(0);
    expect(io.out).toHaveLength(1);
    expect(io.out[0]).toMatch(/^fdl_/);

    vi.restoreAllMocks();
    io = capture();
    expect(await run(['list', '--data-dir', dataDir])).toBe(0);
    const text = io.out.join('\n');
    expect(io.out[0]).toMatch(/^Id\s+Rolle\s+Region\s+Betegnelse\s+Oprettet\s+Senest brugt\s+Tilbagekaldt$/);
    expect(text).toContain(id);
    expect(text).toMatch(/region\s+Midtjylland\s+Sagsbehandler RM\s+\d{1,2}\. \w+ \d{4} \d{2}:\d{2}\s+aldrig\s+–/);
    expect(text).not.toContain(secret);
    expect(text).not.toContain('fdl_');

    vi.restoreAllMocks();
    io = capture();
    expect(await run(['revoke', id, '--data-dir', dataDir])).toBe(0);
    expect(io.out.join('\n')).toContain(`Adgangsnøglen ${id} er tilbagekaldt`);
    const store = await openStore({ backend: 'pglite', dataDir });
    try {
      expect(await store.findToken(secret)).toBeUndefined();
    } finally {
      await store.close();
    }

    vi.restoreAllMocks();
    io = capture();
    expect(await run(['list', '--json', '--data-dir', dataDir])).toBe(0);
    const listed = JSON.parse(io.out.join('\n')) as Array<{ id: string; revokedAt: string | null }>;
    expect(listed.find((t) => t.id === id)?.revokedAt).not.toBeNull();
    expect(await run(['revoke', id, '--data-dir', dataDir])).toBe(1);
  }, 240_000); // each command opens the store and loads the rules, as it does for an operator

  it('refuses an unknown subcommand, an unknown region and a missing label with exit code 2', async () => {
    const { err } = capture();
    expect(await run(['mint', '--data-dir', dataDir])).toBe(2);
    expect(await run(['create', '--role', 'region', '--region', 'Atlantis', '--label', 'x', '--data-dir', dataDir])).toBe(2);
    expect(await run(['create', '--role', 'reader', '--data-dir', dataDir])).toBe(2);
    expect(await run(['revoke', '--data-dir', dataDir])).toBe(2);
    expect(err.join('\n')).toMatch(/Ukendt region »Atlantis«/);
  }, 120_000);
});

describe('fordeling tokens while fordeling serve runs on the same PGlite folder', () => {
  const dataDir = path.join(dir, 'served');
  let server: ServeProcess;

  afterAll(async () => {
    await server?.stop();
  });

  it('creates, lists and revokes through the running server, and the revoked token is refused at once', async () => {
    server = await startServe(['--data-dir', dataDir], { DATABASE_URL: '' });
    let io = capture();
    expect(await run(['create', '--role', 'region', '--region', 'Midtjylland', '--label', 'Under drift', '--data-dir', dataDir])).toBe(0);
    const secret = io.out[io.out.length - 1];
    const id = /id ([0-9a-f-]{36})/.exec(io.out.join('\n'))![1];
    expect(io.out.join('\n')).toContain('gennem den kørende server');

    const runs = await fetch(`${server.url}/v1/runs`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(runs.status).toBe(200);

    vi.restoreAllMocks();
    io = capture();
    expect(await run(['list', '--data-dir', dataDir])).toBe(0);
    expect(io.out.join('\n')).toMatch(new RegExp(`${id}\\s+region\\s+Midtjylland\\s+Under drift`));
    expect(io.out.join('\n')).not.toContain(secret);

    expect(await run(['revoke', id, '--data-dir', dataDir])).toBe(0);
    const after = await fetch(`${server.url}/v1/runs`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(after.status).toBe(401);
  }, 120_000);
});
