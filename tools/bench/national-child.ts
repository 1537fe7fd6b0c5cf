// The measurements `npm run bench` makes in child processes of its own, so that each starts fresh
// and its peak memory (the process's maxRSS, worker threads included) is its own run's: one
// national run in-process, and citizens.csv read by the reader and by the bare parser in turn.
// Each prints one JSON line on stdout.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { capacityRules, createRegistry, defaultRulesDir, geographyRules, loadRules, standardKinds } from '@fordeling/engine';
import { CitizensReadAhead, municipalityLookup, readCitizens, readClinics, readInputs, runModel, writeRunOutputs } from '@fordeling/model';
import { bareParseCitizens } from './bare-citizens-parser.js';

export const AS_OF = '2025-07-03';

export interface RunFigures {
  citizens: number;
  threads: number | null;
  stagesMs: { loadRules: number; readInputs: number; runModel: number; writeOutputs: number };
  /** Rules → CSV in → model → every output, in this process. */
  totalMs: number;
  /** CPU time of the process (user + system, every thread), start-up included. */
  cpuMs: number;
  maxRssBytes: number;
}

/** Wall and CPU (user + system, all threads) milliseconds of one read. */
export interface ReadTime {
  ms: number;
  cpuMs: number;
}

export interface ReaderFigures {
  bytes: number;
  rows: number;
  /** One entry per repetition. */
  bare: ReadTime[];
  oneThread: ReadTime[];
  workers: ReadTime[];
  /** Rows where the reader's columns differ from the bare parser's (0 on a clean file). */
  mismatches: number;
}

const ms = (start: number) => Math.round((performance.now() - start) * 10) / 10;
const bookAt = async () => (await loadRules(defaultRulesDir, createRegistry(standardKinds))).bookAt(AS_OF);

/** One national run as `fordeling run` does it (commands/run.ts), without the process start and the terminal output. */
export async function runOnce(input: string, out: string, threads: number | undefined): Promise<RunFigures> {
  const start = performance.now();
  const ahead = new CitizensReadAhead(join(input, 'citizens.csv'));
  const book = await bookAt();
  const loadRulesMs = ms(start);
  let at = performance.now();
  const inputs = await readInputs(input, { book, citizens: { threads, ahead } });
  const readInputsMs = ms(at);
  at = performance.now();
  const result = runModel(inputs, book);
  const runModelMs = ms(at);
  at = performance.now();
  await writeRunOutputs(result, out, { reportingBand: capacityRules.ruleSet(book).document.content.reportingBand });
  const writeOutputsMs = ms(at);
  return {
    citizens: inputs.citizens.count,
    threads: threads ?? null,
    stagesMs: { loadRules: loadRulesMs, readInputs: readInputsMs, runModel: runModelMs, writeOutputs: writeOutputsMs },
    totalMs: ms(start),
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

/** citizens.csv of `input` read `repeats` times each by the bare parser, the reader on one thread and the reader on its worker threads. */
export async function readerRace(input: string, repeats: number): Promise<ReaderFigures> {
  const geography = geographyRules.of(await bookAt()).index;
  const clinics = (await readClinics(join(input, 'clinics.csv'), municipalityLookup(geography), geography)).clinics;
  const providerNumbers = clinics.map((c) => c.providerNumber);
  const municipalityIndex = new Int32Array(10_000).fill(-1);
  for (const m of geography.municipalities) municipalityIndex[m.code] = geography.municipalityIndex(m.code);
  const clinicIndex = new Int32Array(Math.max(...providerNumbers.map(Number)) + 1).fill(-1);
  providerNumbers.forEach((p, i) => (clinicIndex[Number(p)] = i));
  const path = join(input, 'citizens.csv');
  const bytes = statSync(path).size;

  const timed = async <T>(times: ReadTime[], work: () => T | Promise<T>): Promise<T> => {
    (globalThis as { gc?: () => void }).gc?.();
    const [at, cpu] = [performance.now(), process.cpuUsage()];
    const value = await work();
    const used = process.cpuUsage(cpu);
    times.push({ ms: ms(at), cpuMs: Math.round((used.user + used.system) / 100) / 10 });
    return value;
  };

  const figures: ReaderFigures = { bytes, rows: 0, bare: [], oneThread: [], workers: [], mismatches: 0 };
  for (let r = 0; r < repeats; r++) {
    const bare = await timed(figures.bare, () => bareParseCitizens(path, municipalityIndex, clinicIndex, Math.ceil(bytes / 40)));
    const one = await timed(figures.oneThread, () => readCitizens(path, bytes, municipalityLookup(geography), providerNumbers, { threads: 1 }));
    figures.rows = one.citizens.count;
    if (r === 0) figures.mismatches = differingRows(bare.columns, one.citizens) + (bare.sha256 === one.report.sha256 ? 0 : 1);
    await timed(figures.workers, () => readCitizens(path, bytes, municipalityLookup(geography), providerNumbers));
  }
  return figures;
}

function differingRows(a: Awaited<ReturnType<typeof readCitizens>>['citizens'], b: Awaited<ReturnType<typeof readCitizens>>['citizens']): number {
  if (a.count !== b.count) return Math.abs(a.count - b.count) || 1;
  const names = ['id', 'line', 'sex', 'age', 'municipality', 'clinic', 'somaticDiseases', 'psychiatricDisease', 'civilStatus', 'menapt', 'education', 'parentsEducation', 'outsideLabourMarket'] as const;
  let differing = 0;
  for (let i = 0; i < a.count; i++) if (names.some((name) => a[name][i] !== b[name][i])) differing++;
  return differing;
}
