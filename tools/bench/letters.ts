// `npm run bench:letters`: every clinic of a synthetic country (1,700 clinics) as HTML and as PDF.
// Goals: HTML ≤ 5 s in total, PDF ≥ 10 letters/s. Uses RUN=<dir> when given, else a generated run folder.
// Other knobs: BENCH_CLINICS (default 1700), CONCURRENCY (PDF pages, default 4), SKIP_HTML=1, SKIP_PDF=1.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRegistry, defaultRulesDir, formatNumber, loadRules, standardKinds } from '@fordeling/engine';
import { defaultTemplatesDir, type LetterFormat } from '@fordeling/letters';
import { createLettersContainer, LettersApp } from '@fordeling/letters-app';

const CLINICS = Number(process.env.BENCH_CLINICS ?? 1700);
const REGIONS = ['Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark', 'Region Midtjylland', 'Region Nordjylland'];

/** A deterministic run folder: 1,700 clinics with weights 0,6–1,6 and 1–4 capacities. */
async function syntheticRun(): Promise<string> {
  const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
  const refs = library.bookAt('2025-07-03').refs().filter((r) => ['capacity', 'minimum-patients', 'weights', 'geography'].includes(r.id));
  const dir = await mkdtemp(path.join(tmpdir(), 'fordeling-bench-run-'));
  await writeFile(path.join(dir, 'run.json'), JSON.stringify({ synthetic: true, asOf: '2025-07-03', ruleSets: refs, inputs: [], counts: {}, results: {} }));
  const rows = ['provider_number,name,address,municipality_code,municipality,council,region,island,capacities,listed_patients,mean_weight,advisory_minimum_per_capacity,advisory_minimum_total,patients_per_capacity,in_band'];
  let seed = 1;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < CLINICS; i++) {
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

async function bench(app: LettersApp, runDir: string, format: LetterFormat): Promise<number> {
  const outDir = await mkdtemp(path.join(tmpdir(), `fordeling-bench-${format}-`));
  const started = performance.now();
  const report = await app.generate(
    { runDir, kind: 'vejledende', outDir, formats: [format], templatesDir: defaultTemplatesDir, concurrency: Number(process.env.CONCURRENCY ?? 4) },
    silent,
  );
  const seconds = (performance.now() - started) / 1000;
  const rate = report.written / seconds;
  console.log(`${format.toUpperCase().padEnd(4)} ${formatNumber(report.written)} breve på ${formatNumber(seconds, 2)} s = ${formatNumber(rate, 1)} breve/s (${report.failures.length} fejl)`);
  await rm(outDir, { recursive: true, force: true });
  return seconds;
}

const runDir = process.env.RUN ?? (await syntheticRun());
const app = createLettersContainer().get(LettersApp);
if (process.env.SKIP_HTML !== '1') {
  const htmlSeconds = await bench(app, runDir, 'html');
  console.log(`  mål: HTML ≤ 5 s i alt — ${htmlSeconds <= 5 ? 'nået' : 'IKKE nået'}`);
}
if (process.env.SKIP_PDF !== '1') {
  const pdfSeconds = await bench(app, runDir, 'pdf');
  console.log(`  mål: PDF ≥ 10 breve/s — ${CLINICS / pdfSeconds >= 10 ? 'nået' : 'IKKE nået'}`);
}
