// `fordeling serve` — the HTTP API (apps/api). `--create-token` mints an access token instead.
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { formatProblem, geographyRules, plural, type RuleBook } from '@fordeling/engine';
import { DataDirLockedError, type Role } from '@fordeling/store';
import { composeApi, type ComposedApi } from '@fordeling/api-app';

const USAGE = `Brug: fordeling serve [tilvalg]

  --port N            Port (standard 8080; 0 = en ledig port)
  --host VÆRT         Adresse der lyttes på (standard 127.0.0.1)
  --data-dir MAPPE    PGlite-databasens mappe (standard .data/pglite); med DATABASE_URL bruges PostgreSQL
  --rules-dir MAPPE   Regelmappen (standard rules/)

Opret en adgangsnøgle (vises kun én gang):
  fordeling serve --create-token --role ministry|region|reader [--region REGION] --label TEKST`;

const ROLES: Role[] = ['ministry', 'region', 'reader'];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The region as the geography in force names it (id), or an error listing the known regions. */
function regionId(book: RuleBook, given: string): string {
  const geography = geographyRules.of(book);
  const region = geography.region(given) ?? geography.region(given.replace(/^region\s+/i, ''));
  if (!region) throw new Error(`Ukendt region »${given}«. Kendte regioner: ${geography.regions.map((r) => r.id).join(', ')}.`);
  return region.id;
}

async function createToken(api: ComposedApi, role: string | undefined, region: string | undefined, label: string | undefined): Promise<number> {
  if (!role || !ROLES.includes(role as Role)) {
    console.error(`Angiv --role ${ROLES.join('|')}.`);
    return 2;
  }
  if (!label) {
    console.error('Angiv --label, fx navnet på den person eller det system, der får nøglen.');
    return 2;
  }
  if (role === 'region' && !region) {
    console.error('En nøgle med rollen region skal have --region, fx --region Nordjylland.');
    return 2;
  }
  const boundRegion = role === 'region' ? regionId(api.library.bookAt(today()), region!) : undefined;
  const { token, record } = await api.store.createToken({ role: role as Role, region: boundRegion, label });
  console.log(`Adgangsnøgle oprettet (id ${record.id}, rolle ${record.role}${record.region ? `, region ${record.region}` : ''}).`);
  console.log('Nøglen vises kun denne ene gang — gem den sikkert:');
  console.log(token);
  return 0;
}

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
  let api: ComposedApi;
  try {
    api = await composeApi({ dataDir: values['data-dir'], rulesDir: values['rules-dir'] });
  } catch (error) {
    // Another process (a running server, say) holds the PGlite folder: say so, no stack trace.
    if (!(error instanceof DataDirLockedError)) throw error;
    console.error(error.message);
    return 1;
  }
  if (values['create-token']) {
    try {
      return await createToken(api, values.role, values.region, values.label);
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      return 2;
    } finally {
      await api.close();
    }
  }
  const rules = api.rules.status();
  if (rules.status === 'unavailable') {
    // Started anyway, so /health says why (503) and every rule-dependent route answers a Danish 503.
    console.error(`Regelsættene har ${plural(rules.problems.length, 'fejl', 'fejl')}; serveren svarer 503 på alt, der bygger på reglerne, indtil de er rettet:`);
    for (const problem of rules.problems.slice(0, 5)) console.error(`  ${formatProblem(problem)}`);
  }
  const host = values.host ?? '127.0.0.1';
  const server = api.app.listen(port, host);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  console.log(`Fordeling API kører på ${url} (database: ${api.store.backend}).`);
  console.log(`Arbejdsbordet (log ind med en adgangsnøgle): ${url}/`);
  console.log(`Dokumentation: ${url}/docs   OpenAPI: ${url}/openapi.json`);
  console.log('Opret en adgangsnøgle: npx fordeling serve --create-token --role region --region Nordjylland --label "Sagsbehandler"');
  console.log('Stop med Ctrl+C.');
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await api.close();
  return 0;
}
