// `fordeling tokens list|create|revoke` — the API's access tokens (issue 15). On PostgreSQL, or a
// PGlite folder no process holds, the command opens the store itself; while `fordeling serve` holds
// the PGlite folder it goes through that server's /v1/tokens with the secret the server left beside
// the folder for its owner (apps/api/src/tokens/local-admin.ts says why).
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { formatDate } from '@fordeling/engine';
import { DataDirLockedError, defaultDataDir, NotFoundError, type Actor, type TokenRecord } from '@fordeling/store';
import { composeApi, HttpProblem, mintToken, readLocalAdmin, type ComposedApi, type LocalAdmin } from '@fordeling/api-app';

const USAGE = `Brug: fordeling tokens list|create|revoke [tilvalg]

  fordeling tokens list [--json]                          Alle adgangsnøgler (aldrig selve nøglen)
  fordeling tokens create --role ministry|region|reader [--region REGION] --label TEKST [--quiet]
                                                          Opret en nøgle; den vises kun denne ene gang
                                                          (--quiet: kun nøglen, fx TOKEN=$(…))
  fordeling tokens revoke ID                              Tilbagekald en nøgle; virker straks

  --data-dir MAPPE    PGlite-databasens mappe (standard .data/pglite); med DATABASE_URL bruges PostgreSQL

Kører »fordeling serve« på samme PGlite-mappe, går kommandoen gennem den kørende server.`;

const ROLE_NAMES: Record<string, string> = { ministry: 'ministeriet', region: 'region', reader: 'læser' };

/** A failure the command reports in Danish with its exit code (1: not found/unavailable, 2: bad input). */
class Failure extends Error {
  constructor(
    readonly exitCode: number,
    readonly lines: string[],
  ) {
    super(lines.join('\n'));
  }
}

interface TokenAdmin {
  /** The running server's URL when the command goes through it. */
  via?: string;
  list(): Promise<TokenRecord[]>;
  create(body: { role?: string; region?: string; label?: string }): Promise<{ token: string; record: TokenRecord }>;
  revoke(id: string): Promise<TokenRecord>;
  close(): Promise<void>;
}

const problemLines = (problem: { detail?: string; errors?: Array<{ message: string }> }): string[] =>
  problem.errors?.length ? problem.errors.map((e) => e.message) : [problem.detail ?? 'Ukendt fejl.'];

/** The store opened here: the command's audit actor is the operator's user on this machine. */
function directAdmin(api: ComposedApi): TokenAdmin {
  const actor: Actor = { id: `cli:${userInfo().username}`, role: 'ministry', label: `fordeling tokens (${userInfo().username})` };
  const failing = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof HttpProblem) throw new Failure(error.status === 404 ? 1 : 2, problemLines(error));
      if (error instanceof NotFoundError) throw new Failure(1, [error.message]);
      // E.g. the rules cannot be loaded, so a region's name cannot be checked: said in Danish, no stack trace.
      throw new Failure(1, [error instanceof Error ? error.message : String(error)]);
    }
  };
  return {
    list: () => api.store.listTokens(),
    create: (body) => failing(() => mintToken(api.store, () => api.library.bookAt(new Date().toISOString().slice(0, 10)), body, actor)),
    revoke: (id) => failing(() => api.store.revokeToken(id, actor)),
    close: () => api.close(),
  };
}

/** Through the server that holds the folder. */
function serverAdmin(admin: LocalAdmin): TokenAdmin {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    let res: Response;
    try {
      res = await fetch(`${admin.url}/v1/tokens${path}`, {
        method,
        headers: { Authorization: `Bearer ${admin.secret}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new Failure(1, [`Serveren på ${admin.url} svarer ikke (${(error as Error).message}).`]);
    }
    const answer = (await res.json()) as T & { detail?: string; errors?: Array<{ message: string }> };
    if (!res.ok) throw new Failure(res.status === 404 || res.status >= 500 ? 1 : 2, problemLines(answer));
    return answer;
  };
  return {
    via: admin.url,
    list: async () => (await call<{ tokens: TokenRecord[] }>('GET', '')).tokens,
    create: async (body) => {
      const { token, ...record } = await call<TokenRecord & { token: string }>('POST', '', body);
      return { token, record };
    },
    revoke: (id) => call<TokenRecord>('POST', `/${encodeURIComponent(id)}/revoke`),
    close: async () => {},
  };
}

async function openAdmin(dataDir: string | undefined): Promise<TokenAdmin> {
  try {
    return directAdmin(await composeApi({ dataDir }));
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    const admin = await readLocalAdmin(dataDir ?? defaultDataDir);
    // Only the server that holds the lock: a file left by another process is not trusted.
    if (admin && admin.pid === error.pid) return serverAdmin(admin);
    throw new Failure(1, [error.message]);
  }
}

/** »7. december 2026 15:13«, Danish time. */
function when(iso: string | null, none: string): string {
  if (!iso) return none;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${formatDate(`${parts.year}-${parts.month}-${parts.day}`)} ${parts.hour}:${parts.minute}`;
}

function table(tokens: TokenRecord[]): string[] {
  const rows = [
    ['Id', 'Rolle', 'Region', 'Betegnelse', 'Oprettet', 'Senest brugt', 'Tilbagekaldt'],
    ...tokens.map((t) => [t.id, t.role, t.region ?? '–', t.label, when(t.createdAt, '–'), when(t.lastUsedAt, 'aldrig'), when(t.revokedAt, '–')]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  '));
}

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        role: { type: 'string' },
        region: { type: 'string' },
        label: { type: 'string' },
        quiet: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [action, ...rest] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!['list', 'create', 'revoke'].includes(action ?? '') || (action === 'revoke' ? rest.length !== 1 : rest.length > 0)) {
    console.error(`${action === 'revoke' ? 'Angiv id’et på den nøgle, der skal tilbagekaldes (se »fordeling tokens list«).' : `Ukendt kommando »${[action, ...rest].join(' ')}«.`}\n\n${USAGE}`);
    return 2;
  }
  if (action === 'create' && (!values.role || !values.label)) {
    console.error(!values.role ? 'Angiv --role ministry|region|reader.' : 'Angiv --label, fx navnet på den person eller det system, der får nøglen.');
    return 2;
  }

  let admin: TokenAdmin | undefined;
  try {
    admin = await openAdmin(values['data-dir']);
    if (admin.via && !values.quiet && !values.json) console.log(`(PGlite-mappen bruges af »fordeling serve«; gennem den kørende server på ${admin.via}.)`);
    if (action === 'list') {
      const tokens = await admin.list();
      if (values.json) console.log(JSON.stringify(tokens, null, 2));
      else for (const line of tokens.length ? table(tokens) : ['Ingen adgangsnøgler endnu. Opret en: fordeling tokens create --role … --label …']) console.log(line);
    } else if (action === 'create') {
      const { token, record } = await admin.create({ role: values.role, region: values.region, label: values.label });
      if (!values.quiet) {
        console.log(`Adgangsnøgle oprettet (id ${record.id}, rolle ${record.role}${record.region ? `, region ${record.region}` : ''}).`);
        console.log('Nøglen vises kun denne ene gang — gem den sikkert:');
      }
      console.log(token);
    } else {
      const record = await admin.revoke(rest[0]);
      console.log(`Adgangsnøglen ${record.id} er tilbagekaldt (${ROLE_NAMES[record.role] ?? record.role}${record.region ? ` ${record.region}` : ''}, »${record.label}«); serveren afviser den straks.`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    for (const line of error.lines) console.error(line);
    return error.exitCode;
  } finally {
    await admin?.close();
  }
}
