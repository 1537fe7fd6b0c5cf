// `npm run bench`: the national run (docs/main-job.md "Benchmark"). Every figure is printed beside
// its baseline measured in the same run and its goal (issue 17):
// - start-up: `fordeling --help` compiled, against the same from the TypeScript sources (tsx, the
//   way before the build) and a bare `node -e 0`; through npx, against npx's own `npx -c true`;
// - the reader on one core against a bare hand-written parser of the same file (bare-citizens-parser.ts),
//   and on its worker threads;
// - the whole run in-process (rules → CSV in → model → every output) at each scale, each in a fresh
//   child process: the time each further citizen costs from scale to scale (linear when it stays
//   the same), and peak memory per citizen above the smallest scale's (the fixed base);
// - the whole run end to end from the CLI (`npx fordeling run`), against the same from source;
// - the weights step four ways on the same weight table and citizens — the model's compiled kernel,
//   a bare hard-coded typed-array loop, json-rules-engine and GoRules zen-engine (one evaluation per
//   citizen on a sample, extrapolated) — which must agree on the sampled weights.
// Medians of `--repeats` runs. Exits 1 when results differ: the weights, the reader's columns against
// the bare parser's, or the CLI's outputs against the in-process run's. Writes docs/bench/national.json.
// Runs as the compiled bench-national.js of tools/build (the code the CLI runs); a child is the same
// file with `--child`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRegistry, defaultRulesDir, formatNumber, formatProblem, loadRules, repoRoot, standardKinds, weightsRules } from '@fordeling/engine';
import { computeRawWeights, RUN_OUTPUT_FILES, readInputs } from '@fordeling/model';
import { cacheDir, ensureSynthetic } from '@fordeling/synth';
import { barePass } from './bare-pass.js';
import { citizenFacts, evenSample } from './citizen-facts.js';
import { jsonRulesWeights } from './json-rules-weights.js';
import { repeatMs, timeMs } from './measure.js';
import { AS_OF, readerRace, runOnce, type ReaderFigures, type ReadTime, type RunFigures } from './national-child.js';
import { zenWeights } from './zen-weights.js';

const TOLERANCE = 1e-9;
/** A scale as Danish text: 0,01; 1; 4. */
const scaleText = (scale: number) => String(scale).replace('.', ',');
const GOALS = {
  helpSeconds: 0.25,
  readerTimesBare: 1.3,
  inProcessSeconds: 1.2,
  endToEndSeconds: 1.8,
  linearSpread: 1.1,
  bytesPerCitizen: 60,
};

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    input: { type: 'string' },
    out: { type: 'string' },
    threads: { type: 'string' },
    scales: { type: 'string', default: '0.01,0.1,1,4' },
    sample: { type: 'string', default: '20000' },
    repeats: { type: 'string', default: '3' },
  },
});
const repeats = Number(values.repeats);

if (values.child === 'run') {
  console.log(JSON.stringify(await runOnce(values.input!, values.out!, values.threads ? Number(values.threads) : undefined)));
} else if (values.child === 'reader') {
  console.log(JSON.stringify(await readerRace(values.input!, repeats)));
} else {
  await bench();
}

async function bench(): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const load = [loadavg()[0]];
  const scales = values.scales!.split(',').map(Number);
  const inputOf = (scale: number) => cacheDir(repoRoot, 1, scale);
  const nationalScale = scales.includes(1) ? 1 : scales.at(-1)!;

  // 1. Synthetic Denmark at every scale (cached like `fordeling demo`).
  for (const scale of scales) {
    const synth = await timeMs(() => ensureSynthetic({ outDir: inputOf(scale), seed: 1, scale }));
    log(`Syntetisk Danmark, skala ${scaleText(scale)}: ${synth.value.cached ? 'fra cache' : 'dannet'} (${formatNumber(synth.ms)} ms)`);
  }

  // 2. Start-up. npx runs as from a user's shell: without the variables and PATH entries `npm run`
  // adds for this bench (inside them a nested npx reads npm's settings of the outer run).
  const bin = join(repoRoot, 'bin', 'fordeling.mjs');
  const shell = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')));
  shell.PATH = (process.env.PATH ?? '').split(':').filter((dir) => !dir.includes('node_modules')).join(':');
  const fromSource = { ...shell, FORDELING_FROM_SOURCE: '1' };
  log('Opstart …');
  const startup = {
    compiled: wallSeconds(process.execPath, [bin, '--help']),
    fromSource: wallSeconds(process.execPath, [bin, '--help'], fromSource),
    bareNode: wallSeconds(process.execPath, ['-e', '0']),
    npx: wallSeconds('npx', ['fordeling', '--help'], shell),
    npxAlone: wallSeconds('npx', ['-c', 'true'], shell),
  };

  // 3. The reader against the bare parser, in one child process.
  log('Læser citizens.csv: læseren mod den bare parser …');
  const reader = child<ReaderFigures>(['--child', 'reader', '--input', inputOf(nationalScale), '--repeats', String(repeats)]);
  // Paired: each repetition's reader against the bare parse just before it. CPU time is the time on
  // one core whatever else the machine runs; wall time is shown beside it.
  const pairs = (key: 'ms' | 'cpuMs', of: ReadTime[], against: ReadTime[]) => median(of.map((t, i) => t[key] / against[i][key]));
  const readerRatio = pairs('cpuMs', reader.oneThread, reader.bare);
  const readerWallRatio = pairs('ms', reader.oneThread, reader.bare);
  const mbPerSecond = (times: ReadTime[]) => formatNumber(reader.bytes / median(times.map((t) => t.ms)) / 1000, 0);

  // 4. The whole run in-process at every scale, a fresh child per run.
  const runs = scales.map((scale) => {
    log(`Hele kørslen i processen, skala ${scaleText(scale)} …`);
    const figures = Array.from({ length: repeats }, () =>
      child<RunFigures>(['--child', 'run', '--input', inputOf(scale), '--out', join(repoRoot, 'out', 'bench', `run-s${scale}`), ...(scale === scales[0] ? ['--threads', '2'] : [])]),
    );
    return { scale, citizens: figures[0].citizens, totalMs: median(figures.map((f) => f.totalMs)), cpuMs: median(figures.map((f) => f.cpuMs)), maxRssBytes: median(figures.map((f) => f.maxRssBytes)), stagesMs: figures.map((f) => f.stagesMs) };
  });
  const [base] = runs;
  const above = runs.slice(1).map((r) => ({
    scale: r.scale,
    nsPerCitizen: ((r.totalMs - base.totalMs) * 1e6) / (r.citizens - base.citizens),
    bytesPerCitizen: (r.maxRssBytes - base.maxRssBytes) / (r.citizens - base.citizens),
  }));
  // Linear: the time each further citizen costs is the same from scale to scale (fixed costs such as
  // rules, thread starts and the JIT's warm-up cancel out of these differences).
  // CPU time is shown beside wall time: on a shared machine it depends far less on what else runs.
  const marginal = runs.slice(2).map((r, i) => {
    const before = runs[i + 1];
    const citizens = r.citizens - before.citizens;
    return { from: before.scale, to: r.scale, nsPerCitizen: ((r.totalMs - before.totalMs) * 1e6) / citizens, cpuNsPerCitizen: ((r.cpuMs - before.cpuMs) * 1e6) / citizens };
  });
  const spread = (values: number[]) => (values.length ? Math.max(...values) / Math.min(...values) : 1);
  const linearSpread = spread(marginal.map((m) => m.nsPerCitizen));
  const linearCpuSpread = spread(marginal.map((m) => m.cpuNsPerCitizen));
  const national = runs.find((r) => r.scale === nationalScale)!;

  // 5. End to end from the CLI, compiled and from source.
  log('Hele kørslen fra kommandolinjen …');
  const runArgs = (out: string) => ['fordeling', 'run', '--input', inputOf(nationalScale), '--out', join(repoRoot, 'out', 'bench', out), '--as-of', AS_OF];
  const endToEnd = {
    compiled: wallSeconds('npx', runArgs('cli'), shell, repeats),
    fromSource: wallSeconds('npx', runArgs('cli-source'), fromSource, repeats),
  };
  const differentOutputs = RUN_OUTPUT_FILES.filter((file) => file !== 'timings.json').filter(
    (file) => !readFileSync(join(repoRoot, 'out', 'bench', 'cli', file)).equals(readFileSync(join(repoRoot, 'out', 'bench', `run-s${nationalScale}`, file))),
  );

  // 6. The weights step four ways, on the national scale's citizens.
  log('Vægtberegningen fire måder …');
  const weights = await weightsFourWays(inputOf(nationalScale));
  load.push(loadavg()[0]);

  // 7. Report.
  const s = (seconds: number, digits = 2) => `${formatNumber(seconds, digits)} s`;
  const met = (ok: boolean) => (ok ? 'nået' : 'IKKE nået');
  const rows: Array<[string, string, string, string, string]> = [
    ['fordeling --help (kompileret)', s(startup.compiled), `fra kildekoden (tsx) ${s(startup.fromSource)}; node -e 0 ${s(startup.bareNode)}`, `≤ ${s(GOALS.helpSeconds)}`, met(startup.compiled <= GOALS.helpSeconds)],
    ['npx fordeling --help', s(startup.npx), `npx -c true (npm alene) ${s(startup.npxAlone)}`, `≤ ${s(GOALS.helpSeconds)}`, met(startup.npx <= GOALS.helpSeconds)],
    [
      'Læseren, én kerne (citizens.csv)',
      `${s(median(reader.oneThread.map((t) => t.ms)) / 1000)} (${mbPerSecond(reader.oneThread)} MB/s)`,
      `bar parser ${s(median(reader.bare.map((t) => t.ms)) / 1000)} (${mbPerSecond(reader.bare)} MB/s): ${formatNumber(readerRatio, 2)} × CPU-tid, ${formatNumber(readerWallRatio, 2)} × ur`,
      `≤ ${formatNumber(GOALS.readerTimesBare, 1)} ×`,
      met(readerRatio <= GOALS.readerTimesBare),
    ],
    ['Læseren, alle kerner', `${s(median(reader.workers.map((t) => t.ms)) / 1000)} (${mbPerSecond(reader.workers)} MB/s)`, `én kerne: ${formatNumber(pairs('ms', reader.workers, reader.oneThread), 2)} × ur`, '—', '—'],
    [`Hele kørslen i processen, skala ${scaleText(nationalScale)}`, s(national.totalMs / 1000), `regler ${formatNumber(median(national.stagesMs.map((x) => x.loadRules)), 0)} ms, læsning ${formatNumber(median(national.stagesMs.map((x) => x.readInputs)), 0)} ms, model ${formatNumber(median(national.stagesMs.map((x) => x.runModel)), 0)} ms`, `≤ ${s(GOALS.inProcessSeconds, 1)}`, met(national.totalMs / 1000 <= GOALS.inProcessSeconds)],
    ['npx fordeling run (hele vejen)', s(endToEnd.compiled), `fra kildekoden (tsx) ${s(endToEnd.fromSource)}`, `≤ ${s(GOALS.endToEndSeconds, 1)}`, met(endToEnd.compiled <= GOALS.endToEndSeconds)],
    [
      'Tid pr. yderligere borger',
      marginal.map((m) => `${scaleText(m.from)}→${scaleText(m.to)}: ${formatNumber(m.nsPerCitizen, 0)} ns (CPU ${formatNumber(m.cpuNsPerCitizen, 0)})`).join(', '),
      `største/mindste ${formatNumber(linearSpread, 2)} (CPU ${formatNumber(linearCpuSpread, 2)}); over basis (skala ${scaleText(scales[0])}) ${above.map((a) => `${scaleText(a.scale)}: ${formatNumber(a.nsPerCitizen, 0)} ns`).join(', ')}`,
      `≤ ${formatNumber(GOALS.linearSpread, 2)}`,
      met(linearSpread <= GOALS.linearSpread),
    ],
    [
      'Højeste hukommelse pr. borger over basis',
      above.map((a) => `${scaleText(a.scale)}: ${formatNumber(a.bytesPerCitizen, 0)} B`).join(', '),
      `basis ${formatNumber(base.maxRssBytes / 2 ** 20, 0)} MiB`,
      `≤ ${GOALS.bytesPerCitizen} B`,
      met(above.every((a) => a.bytesPerCitizen <= GOALS.bytesPerCitizen)),
    ],
  ];
  const widths = [0, 1, 2, 3].map((k) => Math.max(...rows.map((r) => r[k].length), ['Måling', 'Målt', 'Grundlinje (samme kørsel)', 'Mål'][k].length));
  const line = (r: string[]) => r.map((cell, k) => (k < 4 ? cell.padEnd(widths[k]) : cell)).join('  ');
  console.log(`Nationalt benchmark: ${formatNumber(national.citizens)} borgere (skala ${scaleText(nationalScale)}), pr. ${AS_OF}, medianer af ${repeats}`);
  console.log(`Maskine: ${cpus()[0]?.model ?? 'ukendt'}, ${cpus().length} kerner, Node ${process.version}, belastning ${load.map((l) => formatNumber(l, 1)).join(' → ')}\n`);
  console.log(line(['Måling', 'Målt', 'Grundlinje (samme kørsel)', 'Mål', '']));
  for (const r of rows) console.log(line(r));
  console.log(`\nSkala  borgere     i processen  CPU-tid  højeste hukommelse`);
  for (const r of runs) console.log(`${scaleText(r.scale).padEnd(6)} ${formatNumber(r.citizens).padStart(10)}  ${s(r.totalMs / 1000).padStart(11)}  ${s(r.cpuMs / 1000).padStart(7)}  ${`${formatNumber(r.maxRssBytes / 2 ** 20, 0)} MiB`.padStart(18)}`);
  console.log(`\n${'Vægtberegning'.padEnd(56)} ${'borgere/s'.padStart(14)} ${'hele landet'.padStart(12)} ${'× bare'.padStart(8)} ${'afvigelser'.padStart(11)}`);
  for (const e of weights.engines) {
    console.log(`${(e.name + (e.extrapolated ? ` (${formatNumber(e.citizens)} stk.)` : '')).padEnd(56)} ${formatNumber(e.citizensPerSecond).padStart(14)} ${`${formatNumber(e.nationalSeconds, 2)} s`.padStart(12)} ${formatNumber(e.timesSlowerThanBare, 2).padStart(8)} ${String(e.mismatches).padStart(11)}`);
  }
  const agree = weights.mismatches === 0 && reader.mismatches === 0 && differentOutputs.length === 0;
  console.log(`\nKerne inden for 2 × bare: ${weights.kernelWithin2xBare ? 'ja' : 'nej'}; alle fire vægtberegninger enige (±${TOLERANCE}): ${weights.mismatches === 0 ? 'ja' : 'NEJ'}`);
  console.log(`Læserens kolonner = den bare parsers: ${reader.mismatches === 0 ? 'ja' : `NEJ (${reader.mismatches} rækker)`}; kommandolinjens output = kørslen i processen: ${differentOutputs.length === 0 ? 'ja' : `NEJ (${differentOutputs.join(', ')})`}`);

  const report = {
    measuredAt: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? 'ukendt', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage: load },
    asOf: AS_OF,
    repeats,
    goals: GOALS,
    startupSeconds: startup,
    reader: { ...reader, timesBareCpu: readerRatio, timesBareWall: readerWallRatio },
    runs,
    perCitizenAboveBase: above,
    marginalPerCitizen: marginal,
    linearSpread,
    linearCpuSpread,
    endToEndSeconds: endToEnd,
    differentOutputs,
    weights,
  };
  await mkdir(join(repoRoot, 'docs', 'bench'), { recursive: true });
  await writeFile(join(repoRoot, 'docs', 'bench', 'national.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('Skrevet: docs/bench/national.json');
  if (!agree) process.exitCode = 1;
}

/** Median wall seconds of `runs` runs of a command (its output discarded). */
function wallSeconds(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, runs = 5): number {
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    const result = spawnSync(command, args, { env, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} endte med kode ${result.status}`);
    return (performance.now() - start) / 1000;
  });
  return median(times);
}

/** Runs this bench as a child (`--child …`) and returns the JSON it prints. */
function child<T>(args: string[]): T {
  const result = spawnSync(process.execPath, ['--expose-gc', process.argv[1], ...args], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`Benchmarkens delproces ${args.join(' ')} endte med kode ${result.status}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as T;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The weights step (raw weight = base + contributions) four ways on the same weights content and citizens. */
async function weightsFourWays(input: string) {
  const rules = await loadRules(defaultRulesDir, createRegistry(standardKinds));
  if (rules.problems.length) throw new Error(rules.problems.map(formatProblem).join('\n'));
  const book = rules.bookAt(AS_OF);
  const citizens = (await readInputs(input, { book })).citizens;
  const n = citizens.count;
  const content = weightsRules.ruleSet(book).document.content;
  const tables = weightsRules.of(book);
  let kernelWeights: Float64Array = new Float64Array(0);
  const kernel = repeatMs(() => (kernelWeights = computeRawWeights(citizens, tables)), 5);
  const bare = barePass(content);
  const bareWeights = new Float64Array(n);
  const bareTime = repeatMs(() => bare.run(citizens, bareWeights), 5);

  const sample = evenSample(n, Number(values.sample));
  const below = content.parentsEducationBelowAge.value;
  const facts = Array.from(sample, (i) => citizenFacts(citizens, i, below));
  const jre = jsonRulesWeights(content);
  const jreWeights = new Float64Array(sample.length);
  const jreTime = await timeMs(async () => {
    for (let k = 0; k < sample.length; k++) jreWeights[k] = await jre(facts[k]);
  });
  const zen = zenWeights(content);
  const zenWeightsOut = new Float64Array(sample.length);
  const zenTime = await timeMs(async () => {
    for (let k = 0; k < sample.length; k++) zenWeightsOut[k] = await zen.evaluate(facts[k]);
  });
  zen.dispose();

  const differs = (a: number, b: number) => !(Math.abs(a - b) <= TOLERANCE);
  let kernelVsBare = 0;
  for (let i = 0; i < n; i++) if (differs(kernelWeights[i], bareWeights[i])) kernelVsBare++;
  let jreMismatch = 0;
  let zenMismatch = 0;
  sample.forEach((i, k) => {
    if (differs(jreWeights[k], kernelWeights[i])) jreMismatch++;
    if (differs(zenWeightsOut[k], kernelWeights[i])) zenMismatch++;
  });
  const perSecond = (count: number, time: number) => Math.round((count / time) * 1000);
  const bareRate = perSecond(n, bareTime.bestMs);
  const engines = [
    { name: 'bare typed-array loop', citizens: n, ms: bareTime.bestMs, extrapolated: false, mismatches: 0 },
    { name: 'compiled kernel (libs/model)', citizens: n, ms: kernel.bestMs, extrapolated: false, mismatches: kernelVsBare },
    { name: 'json-rules-engine, one run per citizen', citizens: sample.length, ms: jreTime.ms, extrapolated: true, mismatches: jreMismatch },
    { name: 'zen-engine decision table, per citizen', citizens: sample.length, ms: zenTime.ms, extrapolated: true, mismatches: zenMismatch },
  ].map((e) => {
    const rate = perSecond(e.citizens, e.ms);
    return { ...e, citizensPerSecond: rate, nationalSeconds: Math.round((n / rate) * 100) / 100, timesSlowerThanBare: Math.round((bareRate / rate) * 100) / 100 };
  });
  return { engines, sample: sample.length, kernelWithin2xBare: kernel.bestMs <= 2 * bareTime.bestMs, mismatches: kernelVsBare + jreMismatch + zenMismatch };
}
