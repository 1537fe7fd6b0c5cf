// `npm run soak` — the API under mixed traffic on loopback for SOAK_MINUTES (default 10): is its
// memory flat, does anything fail? Starts `fordeling serve` as its own process on PGlite in a
// temporary folder (with three tokens and the API tests' synthetic run), so the resident memory it
// reads from /proc is the server's alone, and sends a fixed mix of requests at SOAK_RPS (default 200
// a second) from SOAK_CONNECTIONS (default 8) loops: decisions stored, previews, calculations, reads
// of rule sets, decisions, hearings and cases, refused bodies (422) and unknown tokens (401). Each
// minute it prints the requests, the errors (a 5xx, an unexpected status or a failed connection —
// each kind with an example), p50/p99 and the server's RSS; at the end the RSS at rest before and
// after. Bounded: it stops by itself; exit code 1 when anything failed.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRegistry, defaultRulesDir, formatNumber, loadRules, standardKinds } from '@fordeling/engine';
import { openStore } from '@fordeling/store';
import { capacityRequest, runFixture } from '@fordeling/api-app/testing';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const RPS = Number(process.env.SOAK_RPS ?? 200);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 8);
const root = fileURLToPath(new URL('../..', import.meta.url));

interface Call {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  token: 'region' | 'ministry' | 'reader' | 'unknown';
  body?: unknown;
  /** The status this call must get. */
  expect: number;
  /** How many of it in a round of the mix (default 4). */
  weight?: number;
}

/** The mix, sent round-robin: mostly what a region's day consists of, with refusals among them. */
const CALLS: Call[] = [
  { name: 'afgørelse', method: 'POST', path: '/v1/decisions/capacity', token: 'region', body: capacityRequest(), expect: 201 },
  { name: 'afgørelse, prøve', method: 'POST', path: '/v1/decisions/capacity/preview', token: 'region', body: capacityRequest(), expect: 200 },
  { name: 'minimumstal', method: 'POST', path: '/v1/calculations/clinic-minimum', token: 'region', body: { meanWeight: 1.25, capacities: 1.5 }, expect: 200 },
  { name: 'regelsæt', method: 'GET', path: '/v1/rulesets', token: 'reader', expect: 200 },
  { name: 'afgørelser', method: 'GET', path: '/v1/decisions?limit=20', token: 'region', expect: 200 },
  { name: 'høringsrunder', method: 'GET', path: '/v1/hearings', token: 'region', expect: 200 },
  { name: 'sag', method: 'GET', path: '/v1/cases/081100', token: 'region', expect: 200 },
  { name: 'kørsler', method: 'GET', path: '/v1/runs', token: 'ministry', expect: 200 },
  { name: 'ugyldig afgørelse', method: 'POST', path: '/v1/decisions/capacity', token: 'region', body: capacityRequest({ date: '9999-12-31', clinic: { providerNumber: 'abc' } }), expect: 422 },
  // One in 41: ≈ 290 a minute at 200/s, within the address's 600 a minute without a valid token.
  { name: 'ukendt nøgle', method: 'GET', path: '/v1/rulesets', token: 'unknown', expect: 401, weight: 1 },
  { name: 'sundhed', method: 'GET', path: '/health', token: 'reader', expect: 200 },
];

const MIX: Call[] = CALLS.flatMap((call) => Array.from({ length: call.weight ?? 4 }, () => call));

/** The server's resident memory in MB (Linux /proc; elsewhere `ps`). */
async function rssMb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
  } catch {
    const { execFileSync } = await import('node:child_process');
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString().trim()) / 1024;
  }
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);
const mb = (n: number) => `${formatNumber(Math.round(n))} MB`;

/** Three tokens and the synthetic run, written before the server opens the folder (PGlite has one owner). */
async function prepare(dataDir: string): Promise<Record<'region' | 'ministry' | 'reader', string>> {
  const store = await openStore({ dataDir, backend: 'pglite' });
  try {
    const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
    const fixture = runFixture(library.bookAt('2025-07-03').refs());
    await store.registerRun(fixture.run, fixture.clinics, { councils: fixture.councils });
    return {
      region: (await store.createToken({ role: 'region', region: 'Nordjylland', label: 'soak region' })).token,
      ministry: (await store.createToken({ role: 'ministry', label: 'soak ministeriet' })).token,
      reader: (await store.createToken({ role: 'reader', label: 'soak læser' })).token,
    };
  } finally {
    await store.close();
  }
}

/** `fordeling serve --port 0` on the folder, with the same Node; resolves with its URL once it listens. */
function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(root, 'bin/fordeling.mjs'), 'serve', '--port', '0', '--data-dir', dataDir], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`Serveren stoppede (kode ${code}) før den lyttede:\n${out}`)));
  });
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'fordeling-soak-'));
  const tokens = { ...(await prepare(dataDir)), unknown: 'ukendt-nøgle' };
  const { child, url } = await startServer(dataDir);
  const pid = child.pid!;
  try {
    const auth = (token: Call['token']) => ({ authorization: `Bearer ${tokens[token]}` });
    // The region's hearing round, so its case can be read.
    const runs = (await (await fetch(`${url}/v1/runs`, { headers: auth('ministry') })).json()) as { runs: Array<{ id: string }> };
    const opened = await fetch(`${url}/v1/hearings`, { method: 'POST', headers: { ...auth('region'), 'content-type': 'application/json' }, body: JSON.stringify({ runId: runs.runs[0].id }) });
    if (opened.status !== 201) throw new Error(`Høringsrunden kunne ikke åbnes: ${opened.status} ${await opened.text()}`);
    await new Promise((r) => setTimeout(r, 5000));
    const atRest = await rssMb(pid);
    console.log(`Soak: ${MINUTES} min, ${RPS} forespørgsler/s fra ${CONNECTIONS} forbindelser mod ${url} (pid ${pid}, PGlite i ${dataDir})`);
    console.log(`Hukommelse i hvile før trafik: ${mb(atRest)}`);
    console.log('minut  forespørgsler  fejl   p50 ms  p99 ms   RSS');

    const bodies = MIX.map((c) => (c.body === undefined ? undefined : JSON.stringify(c.body)));
    const errors = new Map<string, { count: number; example: string }>();
    let latencies: number[] = [];
    let minuteErrors = 0;
    let sent = 0;
    const started = Date.now();
    const end = started + MINUTES * 60_000;
    const interval = (1000 * CONNECTIONS) / RPS;
    const rows: Array<{ minute: number; requests: number; errors: number; p50: number; p99: number; rss: number }> = [];

    const loop = async (offset: number) => {
      let next = Date.now() + (interval * offset) / CONNECTIONS;
      for (let i = offset; Date.now() < end; i += CONNECTIONS) {
        const wait = next - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        next += interval;
        const call = MIX[i % MIX.length];
        const t0 = performance.now();
        let problem: string | undefined;
        try {
          const res = await fetch(url + call.path, {
            method: call.method,
            headers: { ...auth(call.token), ...(bodies[i % MIX.length] ? { 'content-type': 'application/json' } : {}) },
            body: bodies[i % MIX.length],
          });
          const text = await res.text();
          if (res.status !== call.expect) problem = `${call.name}: ${res.status} i stedet for ${call.expect} (${text.slice(0, 160)})`;
        } catch (error) {
          problem = `${call.name}: forbindelsen fejlede (${(error as Error).message})`;
        }
        latencies.push(performance.now() - t0);
        sent++;
        if (problem) {
          minuteErrors++;
          const key = problem.split(' (')[0];
          const seen = errors.get(key) ?? { count: 0, example: problem };
          seen.count++;
          errors.set(key, seen);
        }
      }
    };

    const report = setInterval(() => {
      void (async () => {
        const sorted = latencies.sort((a, b) => a - b);
        const row = { minute: rows.length + 1, requests: sorted.length, errors: minuteErrors, p50: percentile(sorted, 50), p99: percentile(sorted, 99), rss: await rssMb(pid) };
        rows.push(row);
        latencies = [];
        minuteErrors = 0;
        console.log(`${String(row.minute).padStart(5)}  ${formatNumber(row.requests).padStart(13)}  ${String(row.errors).padStart(4)}  ${row.p50.toFixed(1).padStart(7)}  ${row.p99.toFixed(1).padStart(6)}   ${mb(row.rss)}`);
      })();
    }, 60_000);
    await Promise.all(Array.from({ length: CONNECTIONS }, (_, k) => loop(k)));
    clearInterval(report);
    await new Promise((r) => setTimeout(r, 10_000));
    const after = await rssMb(pid);

    const total = [...errors.values()].reduce((n, e) => n + e.count, 0);
    console.log(`I alt ${formatNumber(sent)} forespørgsler på ${formatNumber((Date.now() - started) / 60_000 - 1 / 6, 1)} min, ${total} fejl.`);
    for (const [kind, { count, example }] of errors) console.log(`  ${count} × ${kind} — fx ${example}`);
    const rss = rows.map((r) => r.rss);
    console.log(`RSS: i hvile før ${mb(atRest)}; under trafik ${mb(Math.min(...rss, after))}–${mb(Math.max(...rss, after))} (første minut ${mb(rss[0] ?? after)}, sidste ${mb(rss.at(-1) ?? after)}); i hvile efter 10 s ${mb(after)}.`);
    process.exitCode = total > 0 ? 1 : 0;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
