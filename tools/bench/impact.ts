// The impact preview's phase of `npm run bench:api` (issue 13): a synthetic Denmark at scale 1
// (BENCH_IMPACT_SCALE) registered as the reference population of a run, then repeated edits of a
// draft of each rule set the model reads — each edit saved (PUT) and previewed (POST …/impact) — and
// the server's own time for each preview (its Server-Timing header), p50 and p95 per kind, against
// the goals (≤ 50 ms capacity/minimum-patients, ≤ 150 ms weights/geography) and beside the CLI on
// the same inputs: `fordeling run --compare-rules`, timed as a whole command, as a ratio.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { formatNumber, repoRoot } from '@fordeling/engine';
import type { ComposedApi } from '@fordeling/api-app';
import { cacheDir, ensureSynthetic } from '@fordeling/synth';

const SCALE = Number(process.env.BENCH_IMPACT_SCALE ?? 1);
const EDITS = Number(process.env.BENCH_IMPACT_EDITS ?? 40);

type Doc = Record<string, any>;

/** Each kind's edit number `i`: a value the model reads changed, and the reference's note, so every edit is a version of its own. */
const KINDS: Array<{ id: string; validFrom: string; amendment?: boolean; goalMs: number; edit(doc: Doc, i: number): void }> = [
  { id: 'capacity', validFrom: '2026-01-01', goalMs: 50, edit: (doc, i) => setParameter(doc, 'targetWeightedCitizensPerCapacity', 1500 + (i % 100), i) },
  {
    id: 'minimum-patients',
    validFrom: '2026-02-01',
    goalMs: 50,
    edit: (doc, i) => {
      doc.content.rounding.method = ['round', 'ceil', 'floor'][i % 3];
      doc.content.rounding.reference = { ...doc.content.rounding.reference, note: `Målingens ændring nr. ${i}` };
    },
  },
  {
    id: 'weights',
    validFrom: '2026-01-01',
    goalMs: 150,
    edit: (doc, i) => {
      const row = doc.content.baseWeights.find((r: { sex: string; ageBand: string }) => r.sex === 'K' && r.ageBand === '25-34') ?? doc.content.baseWeights[5];
      row.value = Math.round((row.value + 0.001 * ((i % 50) + 1)) * 10000) / 10000;
      row.reference = { ...row.reference, note: `Målingens ændring nr. ${i}` };
    },
  },
  {
    id: 'geography',
    validFrom: '2026-03-01',
    amendment: true,
    goalMs: 150,
    edit: (doc, i) => {
      doc.changes = [{ op: 'replace', path: '/content/municipalities/[code=860]/council', value: i % 2 ? 'Limfjorden' : 'Vendsyssel', reference: { instrument: 'Målingens udkast', illustrative: true, note: `Ændring nr. ${i}` } }];
    },
  },
];

function setParameter(doc: Doc, name: string, value: number, i: number): void {
  doc.content[name].value = value;
  doc.content[name].reference = { ...doc.content[name].reference, note: `Målingens ændring nr. ${i}` };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (value: number) => `${formatNumber(Math.round(value * 10) / 10, 1)} ms`;

/** `node bin/fordeling.mjs …` as a user runs it; its wall time in ms. */
function timeCli(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/fordeling.mjs'), ...args], { cwd: repoRoot, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`fordeling ${args.join(' ')} fejlede (${result.status}):\n${result.stderr}`);
  return elapsed;
}

export async function measureImpact(api: ComposedApi): Promise<void> {
  const input = cacheDir(repoRoot, 1, SCALE);
  const synth = await ensureSynthetic({ outDir: input, seed: 1, scale: SCALE });
  // Under the repository: the server reads runs only below its runs root (the working directory).
  const work = await mkdtemp(path.join(repoRoot, '.cache', 'bench-impact-'));
  const relativeInput = path.relative(repoRoot, input);
  console.log(`\nVirkningen af et udkast (POST …/impact) på ${formatNumber(synth.manifest.citizens)} borgere (skala ${String(SCALE).replace('.', ',')}), ${EDITS} ændringer pr. regelsæt:`);
  const server: Server = api.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    // The run the population belongs to, made by the CLI and registered with the server.
    const runDir = path.join(work, 'run');
    const runMs = timeCli(['run', '--input', relativeInput, '--out', runDir, '--as-of', '2025-07-03']);
    const compareMs = timeCli(['run', '--input', relativeInput, '--out', path.join(work, 'compare'), '--as-of', '2026-01-01', '--compare-rules', 'capacity@2026.1-udkast']);
    const { token } = await api.store.createToken({ role: 'ministry', label: 'Måling' });
    const call = async (method: string, route: string, body?: unknown, text = false) => {
      const res = await fetch(`${url}${route}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : text ? (body as string) : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
      return { body: (await res.json()) as Doc, timing: res.headers.get('server-timing') };
    };
    const run = await call('POST', '/v1/runs', { path: path.relative(process.cwd(), runDir) });
    const registered = performance.now();
    await call('PUT', `/v1/runs/${run.body.id}/inputs`, { path: path.relative(process.cwd(), input) });
    console.log(`Referencebefolkningen registreret og talt op: ${ms(performance.now() - registered)} (én gang pr. kørsel).`);

    const rows: string[] = [];
    for (const kind of KINDS) {
      const created = await call('POST', `/v1/rulesets/${kind.id}/drafts`, { validFrom: kind.validFrom, amendment: kind.amendment });
      const version = created.body.ref.version as string;
      const doc = created.body.document as Doc;
      const impact: number[] = [];
      const save: number[] = [];
      // Two warm-up edits, then the measured ones.
      for (let i = -2; i < EDITS; i++) {
        kind.edit(doc, i + 3);
        const savedAt = performance.now();
        const saved = await call('PUT', `/v1/rulesets/${kind.id}/drafts/${version}`, `${JSON.stringify(doc, null, 2)}\n`, true);
        const saveMs = performance.now() - savedAt;
        if (saved.body.state.problems.length) throw new Error(`${kind.id}: ${JSON.stringify(saved.body.state.problems[0])}`);
        const answer = await call('POST', `/v1/rulesets/${kind.id}/drafts/${version}/impact`, {});
        if (i < 0) continue;
        save.push(saveMs);
        impact.push(Number(/dur=([\d.]+)/.exec(answer.timing ?? '')?.[1]));
      }
      impact.sort((a, b) => a - b);
      save.sort((a, b) => a - b);
      const p95 = percentile(impact, 95);
      rows.push(
        `${kind.id.padEnd(17)} p50 ${ms(percentile(impact, 50)).padStart(9)}   p95 ${ms(p95).padStart(9)} (mål ≤ ${kind.goalMs} ms: ${p95 <= kind.goalMs ? 'nået' : 'ikke nået'})   ` +
          `CLI/udkast ${formatNumber(Math.round(compareMs / p95))}×   gem (PUT) p50 ${ms(percentile(save, 50))}`,
      );
    }
    for (const row of rows) console.log(row);
    console.log(`CLI på de samme inddata: »fordeling run« ${ms(runMs)}, »fordeling run --compare-rules capacity@2026.1-udkast« ${ms(compareMs)} (hele kommandoer: læsning, to kørsler, skrivning).`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await rm(work, { recursive: true, force: true });
  }
}
