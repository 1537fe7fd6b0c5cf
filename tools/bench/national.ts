// `npm run bench`: the whole national run at scale 1 with the time of each stage, and the weights
// step four ways on the same weight table and citizens — the model's compiled kernel, a bare
// hard-coded typed-array loop, json-rules-engine and GoRules zen-engine (one evaluation per citizen
// on a sample, extrapolated). All four must agree on the sampled weights. Writes docs/bench/national.json.
import { cpus, totalmem } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { capacityRules, createRegistry, defaultRulesDir, formatNumber, formatProblem, loadRules, repoRoot, standardKinds, weightsRules } from '@fordeling/engine';
import { computeRawWeights, readInputs, runModel, writeRunOutputs } from '@fordeling/model';
import { cacheDir, ensureSynthetic } from '@fordeling/synth';
import { barePass } from './bare-pass.js';
import { citizenFacts, evenSample } from './citizen-facts.js';
import { jsonRulesWeights } from './json-rules-weights.js';
import { repeatMs, timeMs } from './measure.js';
import { zenWeights } from './zen-weights.js';

const AS_OF = '2025-07-03';
const TOLERANCE = 1e-9;

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, sample: { type: 'string', default: '20000' }, rules: { type: 'string' }, repeats: { type: 'string', default: '5' } } });
const scale = Number(values.scale);
const sampleSize = Number(values.sample);
const repeats = Number(values.repeats);
const log = (line: string) => process.stderr.write(`${line}\n`);

// 1. Synthetic Denmark (cached like `fordeling demo`).
const synth = await timeMs(() => ensureSynthetic({ outDir: cacheDir(repoRoot, 1, scale), seed: 1, scale }));
const inputDir = cacheDir(repoRoot, 1, scale);
log(`Syntetisk Danmark: ${synth.value.cached ? 'fra cache' : 'dannet'} (${formatNumber(synth.ms)} ms) i ${inputDir}`);

// 2. The whole run: rules → CSV in → model → all outputs.
const rules = await timeMs(() => loadRules(values.rules ?? defaultRulesDir, createRegistry(standardKinds)));
if (rules.value.problems.length) {
  for (const p of rules.value.problems) log(formatProblem(p));
  log('Regelsættene har problemer; benchmark stoppet.');
  process.exit(1);
}
const book = rules.value.bookAt(AS_OF);
const read = await timeMs(() => readInputs(inputDir, { book }));
const inputs = read.value;
const model = await timeMs(() => runModel(inputs, book));
const outDir = join(repoRoot, 'out', 'bench');
const outputs = await timeMs(() => writeRunOutputs(model.value, outDir, { reportingBand: capacityRules.ruleSet(book).document.content.reportingBand }));
const wholeRunMs = read.ms + model.ms + outputs.ms;

// 3. The weights step four ways.
const citizens = inputs.citizens;
const n = citizens.count;
const content = weightsRules.ruleSet(book).document.content;
const tables = weightsRules.of(book);
let kernelWeights: Float64Array = new Float64Array(0);
const kernel = repeatMs(() => (kernelWeights = computeRawWeights(citizens, tables)), repeats);
const bare = barePass(content);
const bareWeights = new Float64Array(n);
const bareTime = repeatMs(() => bare.run(citizens, bareWeights), repeats);

const sample = evenSample(n, sampleSize);
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

// 4. Report.
const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);
const bareRate = perSecond(n, bareTime.bestMs);
const engines = [
  { name: 'bare typed-array loop', citizens: n, ms: bareTime.bestMs, medianMs: bareTime.medianMs, extrapolated: false, mismatches: 0 },
  { name: 'compiled kernel (libs/model)', citizens: n, ms: kernel.bestMs, medianMs: kernel.medianMs, extrapolated: false, mismatches: kernelVsBare },
  { name: 'json-rules-engine, one run per citizen', citizens: sample.length, ms: jreTime.ms, extrapolated: true, mismatches: jreMismatch },
  { name: 'zen-engine decision table, per citizen', citizens: sample.length, ms: zenTime.ms, extrapolated: true, mismatches: zenMismatch },
].map((e) => {
  const rate = perSecond(e.citizens, e.ms);
  return { ...e, citizensPerSecond: rate, nationalSeconds: Math.round((n / rate) * 100) / 100, timesSlowerThanBare: Math.round((bareRate / rate) * 100) / 100 };
});

const stages = {
  synth: synth.ms,
  synthCached: synth.value.cached,
  loadRules: rules.ms,
  readInputsCsvParse: read.ms,
  ...Object.fromEntries(Object.entries(model.value.timings).map(([k, v]) => [`model.${k}`, v])),
  rawWeightsKernelAlone: kernel.bestMs,
  normalisationAndCorrectionApprox: Math.round(((model.value.timings.weights ?? 0) - kernel.bestMs) * 10) / 10,
  writeOutputs: outputs.ms,
};
const report = {
  measuredAt: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'ukendt', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  asOf: AS_OF,
  scale,
  citizens: n,
  clinics: inputs.clinics.length,
  ruleSets: book.refs(),
  stagesMs: stages,
  wholeRunMs: Math.round(wholeRunMs * 10) / 10,
  engines,
  sample: sample.length,
  tolerance: TOLERANCE,
  goals: {
    wholeRunAtMost10s: wholeRunMs <= 10_000,
    kernelWithin2xBare: kernel.bestMs <= 2 * bareTime.bestMs,
    allAgree: kernelVsBare + jreMismatch + zenMismatch === 0,
  },
};
await mkdir(join(repoRoot, 'docs', 'bench'), { recursive: true });
await writeFile(join(repoRoot, 'docs', 'bench', 'national.json'), `${JSON.stringify(report, null, 2)}\n`);

const pad = (s: string, w: number) => s.padEnd(w);
console.log(`Nationalt benchmark: ${formatNumber(n)} borgere, ${formatNumber(inputs.clinics.length)} klinikker, pr. ${AS_OF}`);
console.log(`Maskine: ${report.machine.cpu}, ${report.machine.cores} kerner, Node ${process.version}\n`);
console.log('Trin (ms)');
for (const [k, v] of Object.entries(stages)) console.log(`  ${pad(k, 36)} ${typeof v === 'number' ? formatNumber(v, 1).padStart(10) : String(v).padStart(10)}`);
console.log(`\nHele kørslen (CSV ind → alle outputs): ${formatNumber(wholeRunMs / 1000, 2)} s ${report.goals.wholeRunAtMost10s ? '(mål ≤ 10 s nået)' : '(mål ≤ 10 s IKKE nået)'}\n`);
console.log(`${pad('Vægtberegning', 56)} ${'borgere/s'.padStart(14)} ${'hele landet'.padStart(12)} ${'× bare'.padStart(8)} ${'afvigelser'.padStart(11)}`);
for (const e of engines) {
  console.log(`${pad(e.name + (e.extrapolated ? ` (${formatNumber(e.citizens)} stk.)` : ''), 56)} ${formatNumber(e.citizensPerSecond).padStart(14)} ${`${formatNumber(e.nationalSeconds, 2)} s`.padStart(12)} ${formatNumber(e.timesSlowerThanBare, 2).padStart(8)} ${String(e.mismatches).padStart(11)}`);
}
console.log(`\nKerne inden for 2 × bare: ${report.goals.kernelWithin2xBare ? 'ja' : 'nej'}; alle fire enige (±${TOLERANCE}): ${report.goals.allAgree ? 'ja' : 'NEJ'}`);
console.log('Skrevet: docs/bench/national.json');
if (!report.goals.allAgree) process.exitCode = 1;
