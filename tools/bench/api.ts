// `npm run bench:api` — throughput and latency of POST /v1/decisions/capacity (decide + store the
// decision with its audit entry in PGlite, group-committed) against a bare Express app with a trivial
// JSON route, on the same machine in the same run. Bounded: each phase runs BENCH_SECONDS (default 10)
// and stops. Then the impact preview of a draft per rule set on a reference population (impact.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import express from 'express';
import pg from 'pg';
import { pino } from 'pino';
import { formatNumber, formatPercent } from '@fordeling/engine';
import { decisionRecord, type HearingStore } from '@fordeling/store';
import { composeApi, createApp, engineFunctions, type ComposeOptions } from '@fordeling/api-app';
import { capacityRequest } from '@fordeling/api-app/testing';
import { measureImpact } from './impact.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
// BENCH_MAX_BATCH=1 turns group commit off (one transaction per decision), for comparison.
const MAX_BATCH = process.env.BENCH_MAX_BATCH ? Number(process.env.BENCH_MAX_BATCH) : undefined;
// BENCH_MAX_IN_FLIGHT=1 commits one batch at a time (the default sends a second while one commits).
const MAX_IN_FLIGHT = process.env.BENCH_MAX_IN_FLIGHT ? Number(process.env.BENCH_MAX_IN_FLIGHT) : undefined;
// With BENCH_DATABASE_URL the decision route is measured on PostgreSQL too, in a database
// `fordeling_bench_<random>` created for the run and dropped afterwards.
const PG_ADMIN_URL = process.env.BENCH_DATABASE_URL;
// BENCH_IMPACT=0 leaves out the impact preview's phase (a synthetic Denmark at scale 1 is read for it).
const IMPACT = process.env.BENCH_IMPACT !== '0';

// The API tests' request: council Vendsyssel below its ceiling, so every call decides and stores.
const decisionRequest = JSON.stringify(capacityRequest());

const clinicRequest = JSON.stringify({ meanWeight: 1.25, capacities: 1.5 });

async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function measure(name: string, url: string, headers: Record<string, string>, body = decisionRequest) {
  const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, connections: CONNECTIONS, duration: SECONDS });
  const row = { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
  console.log(`${name.padEnd(34)} ${formatNumber(row.rps).padStart(7)} req/s   p50 ${String(row.p50).padStart(4)} ms   p99 ${String(row.p99).padStart(4)} ms   fejl ${row.errors}   ikke-2xx ${row.non2xx}`);
  return row;
}

const openApi = (store: ComposeOptions) =>
  composeApi({ ...store, logger: pino({ level: 'silent' }), rateLimit: false, groupCommit: { maxBatch: MAX_BATCH, maxInFlight: MAX_IN_FLIGHT } });

/**
 * Decisions and their audit rows in the store: the two counts must be equal. A request autocannon
 * gave up on at the end may still be committing, so the decisions are counted between two equal
 * audit counts (a decision and its audit row commit together).
 */
async function storedCounts(api: Awaited<ReturnType<typeof openApi>>): Promise<string> {
  const audited = async () => (await api.store.listAudit({ entity: 'decision', limit: 1_000_000 })).length;
  for (;;) {
    const before = await audited();
    const decisions = (await api.store.listDecisions({ limit: 1_000_000 })).length;
    if ((await audited()) === before) return `${decisions} afgørelser gemt, ${before} med revisionsspor`;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The store with `recordDecision` answering at once without writing: what the decision route would
 * cost if storing were free. Everything else (tokens, reads) is the real store.
 */
function storeWithoutDecisionWrites(store: HearingStore): HearingStore {
  const free: HearingStore = Object.create(store) as HearingStore;
  free.recordDecision = async (input) =>
    decisionRecord(randomUUID(), input, { validUntil: input.decision.validUntil ?? null, createdAt: new Date().toISOString() });
  return free;
}

/**
 * The decision route's ceilings: the same app (same middleware, same answer) with the database write
 * free, and with both `decide` (the benchmark's one decision, made once) and the write free. No
 * change to the store or the engine can take the route above these.
 */
async function ceilingApps(api: Awaited<ReturnType<typeof openApi>>) {
  const options = { library: api.library, logger: pino({ level: 'silent' }), rateLimit: false as const };
  const store = storeWithoutDecisionWrites(api.store);
  const engine = engineFunctions(api.library.registry);
  const request = capacityRequest();
  const book = api.library.bookAt(request.date);
  const decided = await engine.decide(engine.validateRequest(request, book), book);
  return {
    withoutStore: createApp({ ...options, store, engine }),
    withoutDecideOrStore: createApp({ ...options, store, engine: { ...engine, decide: async () => decided } }),
  };
}

/** The 201 body of one decision of the benchmark's request, made (and stored) through the app itself. */
async function decisionResponseBody(api: Awaited<ReturnType<typeof openApi>>): Promise<string> {
  const { token } = await api.store.createToken({ role: 'region', region: 'Nordjylland', label: 'bench-body' });
  const { server, url } = await listen(api.app);
  try {
    const res = await fetch(`${url}/v1/decisions/capacity`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: decisionRequest });
    if (res.status !== 201) throw new Error(`Afgørelsen til målingen fik svar ${res.status}: ${await res.text()}`);
    return await res.text();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** The decision route on PostgreSQL, in a database of its own that is dropped afterwards. */
async function measurePostgres(adminUrl: string): Promise<void> {
  const name = `fordeling_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const api = await openApi({ backend: 'postgres', databaseUrl: url.toString() });
    const { token } = await api.store.createToken({ role: 'region', region: 'Nordjylland', label: 'bench' });
    const { server, url: base } = await listen(api.app);
    try {
      const row = await measure('POST /v1/decisions/capacity (PG)', `${base}/v1/decisions/capacity`, { authorization: `Bearer ${token}` });
      console.log(`PostgreSQL: p99 ${row.p99} ms; ${await storedCounts(api)}.`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await api.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fordeling-bench-api-'));
  const api = await openApi({ backend: 'pglite', dataDir: path.join(dir, 'pglite') });
  const bare = express().use(express.json()).post('/echo', (_req, res) => {
    res.json({ ok: true });
  });
  // What answering with a decision's body (≈ 7 KB: trace and sentences) costs on its own, without
  // anything else the route does: the decision route's 201 body, serialised per request and sent
  // the way the route sends it (http/created.ts), from bare Express.
  const decisionBody = await decisionResponseBody(api);
  const decisionAnswer: unknown = JSON.parse(decisionBody);
  bare.post('/decision-body', (_req, res) => {
    res.status(201).type('json').end(JSON.stringify(decisionAnswer));
  });
  const servers: Server[] = [];
  try {
    const { token } = await api.store.createToken({ role: 'region', region: 'Nordjylland', label: 'bench' });
    const fordeling = await listen(api.app);
    const plain = await listen(bare);
    const ceilings = await ceilingApps(api);
    const withoutStore = await listen(ceilings.withoutStore);
    const withoutDecideOrStore = await listen(ceilings.withoutDecideOrStore);
    servers.push(fordeling.server, plain.server, withoutStore.server, withoutDecideOrStore.server);
    console.log(`${SECONDS} s pr. måling, ${CONNECTIONS} forbindelser, højst ${MAX_BATCH ?? 'standard'} afgørelser pr. transaktion og ${MAX_IN_FLIGHT ?? 'standard'} transaktioner ad gangen, PGlite i ${dir}\n`);
    // The machine may be shared: the bare baseline runs first and last, and the mean is the reference.
    const before = await measure('Bar Express (POST /echo)', `${plain.url}/echo`, {});
    const body = await measure('Bar Express, afgørelsens svar', `${plain.url}/decision-body`, {});
    const full = await measure('POST /v1/decisions/capacity', `${fordeling.url}/v1/decisions/capacity`, { authorization: `Bearer ${token}` });
    // The same middleware stack (auth, helmet, ajv, rule book, logging) without a database write shows
    // how much of the decision route's cost is the store.
    const stack = await measure('POST /v1/calculations/clinic-minimum', `${fordeling.url}/v1/calculations/clinic-minimum`, { authorization: `Bearer ${token}` }, clinicRequest);
    const freeStore = await measure('Afgørelser, gratis database', `${withoutStore.url}/v1/decisions/capacity`, { authorization: `Bearer ${token}` });
    const freeBoth = await measure('Afgørelser, gratis afgørelse og db', `${withoutDecideOrStore.url}/v1/decisions/capacity`, { authorization: `Bearer ${token}` });
    const after = await measure('Bar Express (POST /echo), igen', `${plain.url}/echo`, {});
    const base = { rps: (before.rps + after.rps) / 2 };
    const percent = (row: { rps: number }) => formatPercent(row.rps / base.rps, 1);
    console.log(`\nAfgørelser: ${percent(full)} af bar Express (mål ≥ 50 %), p99 ${full.p99} ms (mål < 20 ms); ${await storedCounts(api)}.`);
    console.log(`Uden databaseskrivning (clinic-minimum): ${percent(stack)} af bar Express, p99 ${stack.p99} ms.`);
    console.log(`Bar Express med afgørelsens svar (${formatNumber(decisionBody.length)} tegn): ${percent(body)} af bar Express; afgørelsesruten er ${formatPercent(full.rps / body.rps, 1)} af den.`);
    console.log(`Loft: samme rute med gratis databaseskrivning ${percent(freeStore)}; også med gratis afgørelse ${percent(freeBoth)} af bar Express.`);
    if (PG_ADMIN_URL) {
      console.log('');
      await measurePostgres(PG_ADMIN_URL);
    }
    if (IMPACT) await measureImpact(api);
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    await api.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
