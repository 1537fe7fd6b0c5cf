// `npm run bench:letters`: every clinic of a synthetic country (1,700 clinics) as HTML and as PDF.
// Goals: HTML ≤ 5 s in total; PDF ≥ 50 letters/s (issue 17; 25 before), each its own tagged PDF —
// printed the way the letters command prints them (each letter in place of its page's last one), and
// in the same run the reference the speed is measured against: a new document per letter (as before
// issue 17). Uses RUN=<dir> when given, else a generated run folder. Other knobs: BENCH_CLINICS
// (default 1700), BENCH_PDF_CLINICS (letters per PDF phase, default 400), CONCURRENCY (PDF pages,
// default 4), SKIP_HTML=1, SKIP_PDF=1.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRegistry, defaultRulesDir, formatNumber, loadRules, standardKinds } from '@fordeling/engine';
import { defaultTemplatesDir, type LetterFormat, type PdfLoad } from '@fordeling/letters';
import { createLettersContainer, LettersApp } from '@fordeling/letters-app';
import { processTreeCpuMs } from './measure.js';

const CLINICS = Number(process.env.BENCH_CLINICS ?? 1700);
const PDF_CLINICS = Math.min(CLINICS, Number(process.env.BENCH_PDF_CLINICS ?? 400));
const PDF_GOAL = 50;
const REGIONS = ['Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark', 'Region Midtjylland', 'Region Nordjylland'];

/** A deterministic run folder: `clinics` clinics with weights 0,6–1,6 and 1–4 capacities. */
async function syntheticRun(clinics: number): Promise<string> {
  const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
  const refs = library.bookAt('2025-07-03').refs().filter((r) => ['capacity', 'minimum-patients', 'weights', 'geography'].includes(r.id));
  const dir = await mkdtemp(path.join(tmpdir(), 'fordeling-bench-run-'));
  await writeFile(path.join(dir, 'run.json'), JSON.stringify({ synthetic: true, asOf: '2025-07-03', ruleSets: refs, inputs: [], counts: {}, results: {} }));
  const rows = ['provider_number,name,address,municipality_code,municipality,council,region,island,capacities,listed_patients,mean_weight,advisory_minimum_per_capacity,advisory_minimum_total,patients_per_capacity,in_band'];
  let seed = 1;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < clinics; i++) {
    const capacities = 1 + Math.floor(random() * 4);
    const weight = Math.round((0.6 + random()) * 10000) / 10000;
    const perCapacity = Math.round(1600 / weight);
    const listed = Math.round(capacities * (1200 + random() * 1000));
    rows.push([
      String(200000 + i), `Lægehuset nr. ${i + 1}`, `"Lægevej ${i + 1}, 8000 Aarhus C"`, '751', 'Aarhus', 'Aarhus', REGIONS[i % REGIONS.length], '',
      capacities, listed, weight.toFixed(4), perCapacity, perCapacity * capacities, (listed / capacities).toFixed(1), perCapacity >= 1150 && perCapacity <= 2000,
    ].join(','));
  }
  await writeFile(path.join(dir, 'clinics.csv'), `${rows.join('\n')}\n`);
  return dir;
}

const silent = { start() {}, letter() {}, stop() {}, warn(message: string) { console.error(message); } };

/** Letters per second of one phase (every clinic of `runDir`, one format). */
async function bench(app: LettersApp, runDir: string, format: LetterFormat, label: string, pdfLoad?: PdfLoad): Promise<{ seconds: number; rate: number; cpuMs?: number }> {
  const outDir = await mkdtemp(path.join(tmpdir(), `fordeling-bench-${format}-`));
  const started = performance.now();
  const cpuBefore = processTreeCpuMs();
  const report = await app.generate(
    { runDir, kind: 'vejledende', outDir, formats: [format], templatesDir: defaultTemplatesDir, concurrency: Number(process.env.CONCURRENCY ?? 4), pdfLoad },
    silent,
  );
  const seconds = (performance.now() - started) / 1000;
  const rate = report.written / seconds;
  // CPU per letter (this process and Chromium's), and what it would allow on two free cores.
  const cpuMs = cpuBefore === undefined ? undefined : (processTreeCpuMs()! - cpuBefore) / report.written;
  const cpu = cpuMs === undefined ? '' : `; ${formatNumber(cpuMs, 1)} ms CPU pr. brev ≈ ${formatNumber(2000 / cpuMs, 1)} breve/s på 2 ledige kerner`;
  console.log(`${label.padEnd(38)} ${formatNumber(report.written)} breve på ${formatNumber(seconds, 2)} s = ${formatNumber(rate, 1)} breve/s (${report.failures.length} fejl)${cpu}`);
  await rm(outDir, { recursive: true, force: true });
  return { seconds, rate, cpuMs };
}

const runDir = process.env.RUN ?? (await syntheticRun(CLINICS));
const app = createLettersContainer().get(LettersApp);
if (process.env.SKIP_HTML !== '1') {
  const html = await bench(app, runDir, 'html', 'HTML');
  console.log(`  mål: HTML ≤ 5 s i alt — ${html.seconds <= 5 ? 'nået' : 'IKKE nået'}`);
}
if (process.env.SKIP_PDF !== '1') {
  // The PDF phases print the first PDF_CLINICS clinics; the machine may be shared, so the reference
  // runs before and after the fast path and their mean is the baseline.
  const pdfRun = process.env.RUN ? runDir : await syntheticRun(PDF_CLINICS);
  const before = await bench(app, pdfRun, 'pdf', 'PDF, nyt dokument pr. brev (reference)', 'navigate');
  const fast = await bench(app, pdfRun, 'pdf', 'PDF, brevet i stedet for det forrige', 'replace');
  const after = await bench(app, pdfRun, 'pdf', 'PDF, nyt dokument pr. brev, igen', 'navigate');
  const baseline = (before.rate + after.rate) / 2;
  console.log(
    `  PDF: ${formatNumber(fast.rate, 1)} breve/s = ${formatNumber(fast.rate / baseline, 2)} × referencen (${formatNumber(baseline, 1)} breve/s); ` +
      `mål ≥ ${PDF_GOAL} breve/s (${formatNumber(PDF_GOAL / 25, 1)} × de 25 breve/s før issue 17) — ${fast.rate >= PDF_GOAL ? 'nået' : 'IKKE nået'}`,
  );
  if (fast.cpuMs !== undefined && before.cpuMs !== undefined && after.cpuMs !== undefined) {
    const reference = (before.cpuMs + after.cpuMs) / 2;
    console.log(`  CPU pr. brev: ${formatNumber(fast.cpuMs, 1)} ms mod referencens ${formatNumber(reference, 1)} ms (${formatNumber(reference / fast.cpuMs, 2)} ×); målet kræver ≤ ${formatNumber(2000 / PDF_GOAL, 0)} ms på 2 kerner`);
  }
}
