// `fordeling serve` — the HTTP API (apps/api). `--create-token` mints an access token instead: an
// alias of `fordeling tokens create` (tokens.ts), kept for the scripts that use it.
// The server listens before anything heavy is imported or opened (serve-starting.ts says why): the
// engine, the store and the API are imported only after the port is open.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { ComposedApi } from '@fordeling/api-app';
import { startingResponder } from './serve-starting.js';

const USAGE = `Brug: fordeling serve [tilvalg]

  --port N            Port (standard 8080; 0 = en ledig port)
  --host VÆRT         Adresse der lyttes på (standard 127.0.0.1)
  --data-dir MAPPE    PGlite-databasens mappe (standard .data/pglite); med DATABASE_URL bruges PostgreSQL
  --rules-dir MAPPE   Regelmappen (standard rules/)

Adgangsnøgler, også mens serveren kører: fordeling tokens list|create|revoke
  (fordeling serve --create-token … er det samme som fordeling tokens create …)`;

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        'rules-dir': { type: 'string' },
        'create-token': { type: 'boolean' },
        role: { type: 'string' },
        region: { type: 'string' },
        label: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`»${values.port}« er ikke en gyldig port (0–65535).`);
    return 2;
  }
  if (values['create-token']) {
    const { run: runTokens } = await import('./tokens.js');
    const pass = (name: 'role' | 'region' | 'label' | 'data-dir') => (values[name] === undefined ? [] : [`--${name}`, values[name]]);
    return runTokens(['create', ...pass('role'), ...pass('region'), ...pass('label'), ...pass('data-dir')]);
  }
  // Listen first, answer »starting« (503) until the app is ready, then hand every request to it.
  const backend = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  let handle: (req: IncomingMessage, res: ServerResponse) => void = startingResponder(backend);
  const server = createServer((req, res) => handle(req, res));
  const host = values.host ?? '127.0.0.1';
  server.listen(port, host);
  try {
    await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  } catch (error) {
    console.error(`Serveren kan ikke lytte på ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  console.log(`Fordeling API starter på ${url} …`);
  // `fordeling tokens` finds this server through a file beside the PGlite folder with this secret.
  const localAdminSecret = `fdl_local_${randomBytes(32).toString('base64url')}`;
  const api = await openApi(values['data-dir'], values['rules-dir'], localAdminSecret);
  if (!api) {
    await new Promise((resolve) => server.close(resolve));
    return 1;
  }
  const rules = api.rules.status();
  if (rules.status === 'unavailable') {
    const { formatProblem, plural } = await import('@fordeling/engine');
    // Started anyway, so /health says why (503) and every rule-dependent route answers a Danish 503.
    console.error(`Regelsættene har ${plural(rules.problems.length, 'fejl', 'fejl')}; serveren svarer 503 på alt, der bygger på reglerne, indtil de er rettet:`);
    for (const problem of rules.problems.slice(0, 5)) console.error(`  ${formatProblem(problem)}`);
  }
  const [{ writeLocalAdmin, removeLocalAdmin }, { defaultDataDir }] = await Promise.all([import('@fordeling/api-app'), import('@fordeling/store')]);
  // Before the server says it runs, so `fordeling tokens` started on that line finds it.
  const dataDir = values['data-dir'] ?? defaultDataDir;
  if (api.store.backend === 'pglite') await writeLocalAdmin(dataDir, { pid: process.pid, url, secret: localAdminSecret });
  // The app answers from here on, and in the same turn the server says it runs.
  handle = api.app;
  console.log(`Fordeling API kører på ${url} (database: ${api.store.backend}).`);
  console.log(`Arbejdsbordet (log ind med en adgangsnøgle): ${url}/`);
  console.log(`Dokumentation: ${url}/docs   OpenAPI: ${url}/openapi.json`);
  console.log('Opret en adgangsnøgle (også mens serveren kører): npx fordeling tokens create --role region --region Nordjylland --label "Sagsbehandler"');
  console.log('Stop med Ctrl+C.');
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  if (api.store.backend === 'pglite') await removeLocalAdmin(dataDir);
  await api.close();
  return 0;
}

/** The store opened and the app composed; undefined (the reason printed) when another process holds the PGlite folder. */
async function openApi(dataDir: string | undefined, rulesDir: string | undefined, localAdminSecret: string): Promise<ComposedApi | undefined> {
  const [{ composeApi }, { DataDirLockedError }] = await Promise.all([import('@fordeling/api-app'), import('@fordeling/store')]);
  try {
    return await composeApi({ dataDir, rulesDir, localAdminSecret });
  } catch (error) {
    // Another process (a running server, say) holds the PGlite folder: say so, no stack trace.
    if (!(error instanceof DataDirLockedError)) throw error;
    console.error(error.message);
    return undefined;
  }
}
