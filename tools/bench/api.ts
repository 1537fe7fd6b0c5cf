// `npm run bench:api` — throughput and latency of POST /v1/decisions/capacity (decide + store the
// decision with its audit entry in PGlite, group-committed) against its ceiling — the same app with
// `decide` and the database write free — and a bare Express app with a trivial JSON route, on the
// same machine in the same run, every app logging at `info` as in production (to /dev/null).
// Goal (issue 17): durable decisions at ≥ 80 % of the ceiling, p99 < 20 ms, on PGlite and PostgreSQL.
// Each phase also reports the process's CPU per request (all threads: the request thread, PGlite's,
// and autocannon's share, which runs in the request thread) and the request thread's event-loop
// utilisation — on a shared machine the wall clock measures the other users too.
// Bounded: each phase runs BENCH_SECONDS (default 10) and stops. Then the impact preview of a draft
// per rule set on a reference population (impact.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import express from 'express';
import pg from 'pg';
import { pino } from 'pino';
import { formatNumber, formatPercent } from '@fordeling/engine';
import { decisionRecord, type HearingStore } from '@fordeling/store';
import { composeApi, createApp, createLogger, engineFunctions, type ComposeOptions } from '@fordeling/api-app';
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

/** As production logs (`info`, one line per request), written to /dev/null instead of the terminal. */
const logger = createLogger('info', pino.destination({ dest: '/dev/null', sync: true }));

const GOAL_OF_CEILING = 0.8;
const GOAL_P99_MS = 20;

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Process CPU (all threads) per request, µs. */
  cpuUs: number;
  /** The request thread's event-loop utilisation, 0–1. */
  elu: number;
}

async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function measure(name: string, url: string, headers: Record<string, string>, body = decisionRequest): Promise<Row> {
  const cpu = process.cpuUsage();
  const elu = performance.eventLoopUtilization();
  const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, connections: CONNECTIONS, duration: SECONDS });
  const used = process.cpuUsage(cpu);
  const row: Row = {
    name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx,
    cpuUs: (used.user + used.system) / Math.max(1, result.requests.total), elu: performance.eventLoopUtilization(elu).utilization,
  };
  console.log(
    `${name.padEnd(36)} ${formatNumber(row.rps).padStart(7)} req/s   p50 ${String(row.p50).padStart(4)} ms   p99 ${String(row.p99).padStart(4)} ms   ` +
      `CPU ${formatNumber(row.cpuUs).padStart(4)} µs/req   ELU ${formatPercent(row.elu, 0).padStart(5)}   fejl ${row.errors}   ikke-2xx ${row.non2xx}`,
  );
  return row;
}

/** The route against its ceiling, by throughput and by CPU per request, beside the goals. */
function againstCeiling(label: string, route: Row, ceiling: Row): string {
  const ratio = route.rps / ceiling.rps;
  const cpuRatio = ceiling.cpuUs / route.cpuUs;
  const met = (ok: boolean) => (ok ? 'nået' : 'IKKE nået');
  return (
    `${label}: ${formatPercent(ratio, 1)} af loftet (${formatNumber(route.rps)} mod ${formatNumber(ceiling.rps)} req/s; mål ≥ ${formatPercent(GOAL_OF_CEILING, 0)} — ${met(ratio >= GOAL_OF_CEILING)}), ` +
    `p99 ${route.p99} ms (mål < ${GOAL_P99_MS} ms — ${met(route.p99 < GOAL_P99_MS)}); ` +
    `CPU pr. afgørelse ${formatNumber(route.cpuUs)} µs mod loftets ${formatNumber(ceiling.cpuUs)} µs = ${formatPercent(cpuRatio, 1)}`
  );
}

const openApi = (store: ComposeOptions) =>
  composeApi({ ...store, logger, rateLimit: false, groupCommit: { maxBatch: MAX_BATCH, maxInFlight: MAX_IN_FLIGHT } });

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
  const options = { library: api.library, logger, rateLimit: false as const };
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
async function measurePostgres(adminUrl: string, ceiling: { url: string; token: string }): Promise<void> {
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
      // The ceiling again, right after, so both are measured under the same load.
      const again = await measure('Afgørelser, gratis afgørelse og db', `${ceiling.url}/v1/decisions/capacity`, { authorization: `Bearer ${ceiling.token}` });
      const lean = await measure('POST …/capacity (PG), return=minimal', `${base}/v1/decisions/capacity`, { authorization: `Bearer ${token}`, prefer: 'return=minimal' });
      const leanCeiling = await measure('Loft, return=minimal', `${ceiling.url}/v1/decisions/capacity`, { authorization: `Bearer ${ceiling.token}`, prefer: 'return=minimal' });
      console.log(`\n${againstCeiling('PostgreSQL', row, again)}; ${await storedCounts(api)}.`);
      console.log(`${againstCeiling('PostgreSQL, return=minimal', lean, leanCeiling)}.`);
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
    // The same two with the lean 201 (Prefer: return=minimal, the trace one GET away).
    const lean = { authorization: `Bearer ${token}`, prefer: 'return=minimal' };
    const fullLean = await measure('POST …/capacity, return=minimal', `${fordeling.url}/v1/decisions/capacity`, lean);
    const freeBothLean = await measure('Loft, return=minimal', `${withoutDecideOrStore.url}/v1/decisions/capacity`, lean);
    const after = await measure('Bar Express (POST /echo), igen', `${plain.url}/echo`, {});
    const base = { rps: (before.rps + after.rps) / 2 };
    const percent = (row: { rps: number }) => formatPercent(row.rps / base.rps, 1);
    console.log(`\n${againstCeiling('Afgørelser (PGlite)', full, freeBoth)}; ${await storedCounts(api)}.`);
    console.log(`${againstCeiling('Afgørelser (PGlite), return=minimal', fullLean, freeBothLean)}.`);
    console.log(`Afgørelser: ${percent(full)} af bar Express, p99 ${full.p99} ms.`);
    console.log(`Uden databaseskrivning (clinic-minimum): ${percent(stack)} af bar Express, p99 ${stack.p99} ms.`);
    console.log(`Bar Express med afgørelsens svar (${formatNumber(decisionBody.length)} tegn): ${percent(body)} af bar Express; afgørelsesruten er ${formatPercent(full.rps / body.rps, 1)} af den.`);
    console.log(`Loft: samme rute med gratis databaseskrivning ${percent(freeStore)}; også med gratis afgørelse ${percent(freeBoth)} af bar Express.`);
    if (PG_ADMIN_URL) {
      console.log('');
      await measurePostgres(PG_ADMIN_URL, { url: withoutDecideOrStore.url, token });
    }
    if (IMPACT) await measureImpact(api);
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    await api.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
