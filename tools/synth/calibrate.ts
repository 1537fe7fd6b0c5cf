// `npx tsx tools/synth/calibrate.ts [--iterations 12]`: fits the synthetic Denmark (seed 1, scale 1
// — the country `fordeling demo` runs) to the figures Danske Regioners notat publishes, under the
// rule sets in force on CALIBRATION_AS_OF, and writes libs/synth/src/data/calibration.json:
//   - each municipality's deprivation index, so its mean weight meets seed 000's table (the 20
//     municipalities) or the generator's own aim (the others, which stay between the extremes);
//   - the spread of clinics' neighbourhoods, so 80 % of clinics' minimums lie in 1.150–2.000;
//   - the existing capacities of Østsjælland og Øerne: the ceiling for 2025 minus the 63 of kort 1.
// Run it again when the weights rule set or the generator changes; the calibration test
// (libs/model/src/run/synthetic-calibration.test.ts) says when it is needed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRegistry, defaultRulesDir, formatNumber, loadRules, standardKinds } from '@fordeling/engine';
import { readInputs, runModel, type ModelResult } from '@fordeling/model';
import { CALIBRATION_AS_OF, PUBLISHED, publishedFigures } from '@fordeling/model/testing';
import { calibrationFile, generateSyntheticDenmark, loadCalibration, loadSynthGeography, loadTargetWeights, municipalityNeeds, type SynthCalibration } from '@fordeling/synth';

const { values } = parseArgs({ options: { iterations: { type: 'string', default: '24' }, spread: { type: 'string' } } });
const iterations = Number(values.iterations);
// --spread BASE,EXPONENT keeps the spread as given and fits only the indexes.
const givenSpread = values.spread?.split(',').map(Number);
const log = (line: string) => process.stderr.write(`${line}\n`);

const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
const book = library.bookAt(CALIBRATION_AS_OF);
const geography = loadSynthGeography();
const aims = municipalityNeeds(geography.municipalities, loadTargetWeights());
const previous = loadCalibration();
const calibration: SynthCalibration = {
  note: '',
  deprivation: Object.fromEntries(geography.municipalities.map((m) => [String(m.code), previous?.deprivation[String(m.code)] ?? aims.get(m.code)!.deprivation])),
  neighbourhoodSpread: givenSpread ? { base: givenSpread[0], populationExponent: givenSpread[1] } : (previous?.neighbourhoodSpread ?? { base: 0.22, populationExponent: 0.4 }),
  councilCapacities: previous?.councilCapacities ?? {},
};

async function runWith(c: SynthCalibration): Promise<ModelResult> {
  const dir = await mkdtemp(join(tmpdir(), 'fordeling-calibrate-'));
  try {
    await generateSyntheticDenmark({ outDir: dir, seed: 1, scale: 1, calibration: c });
    return runModel(await readInputs(dir, { book }), book);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const DEPRIVATION_LIMIT = 1.5;
const anchor = (() => {
  const population = geography.municipalities.reduce((sum, m) => sum + m.approxPopulation, 0);
  return geography.municipalities.reduce((sum, m) => sum + m.approxPopulation * aims.get(m.code)!.deprivation, 0) / population;
})();
const slope = new Map<string, number>();
const last = new Map<string, { d: number; w: number }>();
// A small municipality's mean moves with its own draws (Læsø: ±0,02 from one index to the next), so
// each municipality keeps the index that came closest, which the file gets at the end.
const best = new Map<string, { d: number; error: number }>();

/** One step of each municipality's index towards its aim (secant, damped); returns the largest miss. */
function stepWeights(result: ModelResult): number {
  const byCode = new Map(result.municipalities.map((m) => [String(m.code), m]));
  let worst = 0;
  for (const m of geography.municipalities) {
    const code = String(m.code);
    const weight = byCode.get(code)!.meanWeight;
    const error = aims.get(m.code)!.targetWeight - weight;
    worst = Math.max(worst, Math.abs(error));
    const d = calibration.deprivation[code];
    if (!best.has(code) || Math.abs(error) < best.get(code)!.error) best.set(code, { d, error: Math.abs(error) });
    const before = last.get(code);
    if (before && Math.abs(d - before.d) > 0.01) slope.set(code, Math.min(1.2, Math.max(0.25, (weight - before.w) / (d - before.d))));
    last.set(code, { d, w: weight });
    const step = Math.max(-0.25, Math.min(0.25, (0.6 * error) / (slope.get(code) ?? 0.6)));
    calibration.deprivation[code] = d + step;
  }
  // Normalisation makes the national mean weight 1 whatever the indexes are, so moving every index
  // alike changes nothing: the population's mean index is held where it started, or they all drift.
  const population = geography.municipalities.reduce((sum, m) => sum + m.approxPopulation, 0);
  const mean = geography.municipalities.reduce((sum, m) => sum + m.approxPopulation * calibration.deprivation[String(m.code)], 0) / population;
  for (const m of geography.municipalities) {
    const code = String(m.code);
    calibration.deprivation[code] = Math.round(Math.max(-DEPRIVATION_LIMIT, Math.min(DEPRIVATION_LIMIT, calibration.deprivation[code] - mean + anchor)) * 1e4) / 1e4;
  }
  return worst;
}

/** The council's total from this run: its ceiling does not depend on the capacities. */
function setCouncilCapacities(result: ModelResult): void {
  const council = result.councils.find((c) => c.council === PUBLISHED.freeCapacities.council)!;
  const ceiling = council.years.find((y) => y.year === PUBLISHED.freeCapacities.year)!;
  calibration.councilCapacities = {
    [PUBLISHED.freeCapacities.council]: {
      capacities: ceiling.ceiling - PUBLISHED.freeCapacities.free,
      note: `Loftet for ${PUBLISHED.freeCapacities.year} (${ceiling.fixedCeiling === null ? 'beregnet efter modellen' : 'bekendtgørelsens tal'}: ${ceiling.ceiling}) minus de ${PUBLISHED.freeCapacities.free} lægekapaciteter, der kan udmøntes (Danske Regioners notat, kort 1).`,
    },
  };
}

// Vendsyssel's clinics (municipalities of 2.000–65.000) answer mostly to the base spread, the
// national share to how much more the cities' neighbourhoods differ: each knob follows its share.
const SHARE_PER_BASE = -1.3;
const SHARE_PER_EXPONENT = -0.35;
let result: ModelResult | undefined;
// First the spread and the indexes together (the spread moves every mean), then the indexes alone.
const spreadRounds = givenSpread ? 0 : Math.ceil(iterations / 2);
for (let i = 0; i < iterations; i++) {
  result = await runWith(calibration);
  setCouncilCapacities(result);
  const fittingSpread = i < spreadRounds;
  if (i === spreadRounds) best.clear();
  const worst = stepWeights(result);
  const figures = publishedFigures(result);
  const { base, populationExponent } = calibration.neighbourhoodSpread;
  log(
    `Runde ${i + 1}: største afvigelse i gns. vægt ${worst.toFixed(4)}; i 1.150–2.000 ${(figures.nationalShare * 100).toFixed(1)} %, ` +
      `Vendsyssel i 1.200–1.550 ${(figures.vendsysselShare * 100).toFixed(1)} % (spredning ${base} · (indbyggere/50.000)^${populationExponent}); ledige ${figures.free}`,
  );
  if (!fittingSpread) {
    if (worst < 0.006) break;
    continue;
  }
  calibration.neighbourhoodSpread = {
    base: Math.round(Math.max(0.05, Math.min(0.8, base + (0.7 * (PUBLISHED.vendsyssel.share - figures.vendsysselShare)) / SHARE_PER_BASE)) * 1e4) / 1e4,
    populationExponent: Math.round(Math.max(0, Math.min(1.5, populationExponent + (0.7 * (PUBLISHED.national.share - figures.nationalShare)) / SHARE_PER_EXPONENT)) * 1e4) / 1e4,
  };
}

for (const [code, { d }] of best) calibration.deprivation[code] = d;
calibration.note =
  `Skrevet af tools/synth/calibrate.ts (frø 1, skala 1) mod regelsættene pr. ${CALIBRATION_AS_OF}: ` +
  book.refs().map((r) => `${r.id} ${r.version}`).join(', ') + '. Egenskaber ved den syntetiske befolkning, ikke regler.';
await writeFile(calibrationFile, `${JSON.stringify(calibration, null, 2)}\n`);
const figures = publishedFigures(await runWith(calibration));
log(`\nSkrev ${calibrationFile}.`);
log(`Andel i 1.150–2.000: ${(figures.nationalShare * 100).toFixed(1)} %; Vendsyssel i 1.200–1.550: ${(figures.vendsysselShare * 100).toFixed(1)} %; ledige: ${figures.free}`);
for (const m of figures.municipalities) log(`  ${m.municipality.padEnd(16)} ${m.meanWeight.toFixed(2)}  model ${m.model.meanWeight.toFixed(3)}  min ${m.meanMinimum} / ${m.model.meanMinimum === null ? '–' : formatNumber(Math.round(m.model.meanMinimum))}`);
log('Lofter beregnet efter modellen (til et illustrativt fixedCeilings):');
for (const c of result!.councils) log(`  ${c.council}: ${c.years.map((y) => `${y.year} ${y.computedCeiling}`).join(', ')}`);
