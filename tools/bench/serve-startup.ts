// `npm run bench:serve` — how soon `fordeling serve` answers on a new database: the time from
// starting the command (compiled CLI, the pinned Node) to its first /health answer, and to the first
// /health that says the app is ready (200), each in a new PGlite folder; beside the goal (first
// answer ≤ 1 s) and a baseline measured in the same run: a bare Node process that listens and
// answers (the machine's own cost of starting Node and opening a port, which no start-up beats).
// BENCH_RUNS (default 3) runs each; the median is printed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatNumber } from '@fordeling/engine';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const root = fileURLToPath(new URL('../..', import.meta.url));
const node = path.join(root, 'node_modules/node/bin/node');
const GOAL_MS = 1000;

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `args` and polls /health every 5 ms: ms to the first answer (any status) and to the first 200. */
async function timeStart(args: (port: number, dir: string) => string[]): Promise<{ first: number; ready: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fordeling-bench-serve-'));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(node, args(port, dir), { cwd: root, stdio: 'ignore', env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn' } });
  let first: number | undefined;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Processen stoppede med kode ${child.exitCode}: ${args(port, dir).join(' ')}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/health`);
        await res.arrayBuffer();
        first ??= performance.now() - started;
        if (res.status === 200) return { first, ready: performance.now() - started };
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${formatNumber(Math.round(value))} ms`;

// Built before the clock starts: a start that rebuilds the CLI measures esbuild, not the server.
spawnSync(node, ['tools/build/cli-build.mjs'], { cwd: root, stdio: 'inherit' });
const bare = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.argv[1]), '127.0.0.1')`;
const baseline: number[] = [];
const first: number[] = [];
const ready: number[] = [];
for (let run = 0; run < RUNS; run++) {
  baseline.push((await timeStart((port) => ['-e', bare, String(port)])).first);
  const serve = await timeStart((port, dir) => ['bin/fordeling.mjs', 'serve', '--port', String(port), '--data-dir', path.join(dir, 'pglite')]);
  first.push(serve.first);
  ready.push(serve.ready);
  console.log(`kørsel ${run + 1}: bar Node ${ms(baseline[run])}, første /health ${ms(serve.first)}, klar (200) ${ms(serve.ready)}`);
}
console.log(`\nMedian af ${RUNS} (ny PGlite-database hver gang):`);
console.log(`  bar Node, der lytter og svarer:     ${ms(median(baseline))}`);
console.log(`  serve, første svar på /health:      ${ms(median(first))}   mål ≤ ${ms(GOAL_MS)} — ${median(first) <= GOAL_MS ? 'nået' : 'IKKE nået'}`);
console.log(`  serve, klar (/health 200):          ${ms(median(ready))}`);
