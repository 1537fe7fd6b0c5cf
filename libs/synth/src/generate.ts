import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { councilsCsv, lifeExpectancyCsv, projectionCsv } from './area-files.js';
import { loadCalibration, type SynthCalibration } from './calibration.js';
import { writeCitizens } from './citizens-file.js';
import { generateClinics, NEIGHBOURHOOD_SPREAD, type SynthClinic } from './clinics.js';
import { municipalityNeeds } from './deprivation.js';
import { geographyHash, loadSynthGeography, loadTargetWeights, type SynthGeography } from './geography-source.js';

/**
 * Bumped whenever the generated files change for the same seed and scale (invalidates caches).
 * 3: a stream per municipality and file, and the calibration (calibration.ts); 4: København's
 * clinics with a postal district in their address.
 */
export const GENERATOR_VERSION = 4;

export interface SynthOptions {
  outDir: string;
  seed: number;
  /** Population multiplier: 1 ≈ 5.96 million citizens. */
  scale: number;
  /** Geography to use instead of the rule set / shipped CSV (tests). */
  geography?: SynthGeography;
  /** The fit to the published figures; default the shipped data/calibration.json, `null` for none. */
  calibration?: SynthCalibration | null;
  /** Called now and then with citizens written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface SynthManifest {
  synthetic: true;
  generator: 'fordeling synth';
  generatorVersion: number;
  seed: number;
  scale: number;
  geography: string;
  /** Of the municipalities and islands used: a changed geography rule set invalidates caches. */
  geographyHash: string;
  /** sha256 of the calibration used (none: null); a new calibration invalidates caches. */
  calibrationHash: string | null;
  citizens: number;
  clinics: number;
  capacities: number;
}

/**
 * Writes a synthetic Denmark (docs/contracts.md, "Model input folder") into `outDir`. Every random
 * number comes from a mulberry32 stream of the seed and the part it draws (a municipality's clinics
 * or citizens, the area files), in a fixed order: the same seed, scale and calibration give
 * byte-identical files. manifest.json is written last, so an interrupted run is never taken for a
 * finished one.
 */
export async function generateSyntheticDenmark(options: SynthOptions): Promise<SynthManifest> {
  const { outDir, seed, scale } = options;
  const geography = options.geography ?? loadSynthGeography();
  const calibration = options.calibration === undefined ? loadCalibration() : (options.calibration ?? undefined);
  const municipalities = geography.municipalities;
  const needs = municipalityNeeds(municipalities, loadTargetWeights(), calibration?.deprivation);
  const populations = new Map(municipalities.map((m) => [m.code, Math.round(m.approxPopulation * scale)]));
  const total = [...populations.values()].reduce((a, b) => a + b, 0);

  await mkdir(outDir, { recursive: true });
  await rm(join(outDir, 'manifest.json'), { force: true });
  // A council's calibrated capacities are those of the whole country (scale 1); scaled with it.
  const councilCapacities = new Map(Object.entries(calibration?.councilCapacities ?? {}).map(([council, c]) => [council, Math.round(c.capacities * scale * 2) / 2]));
  const clinics = generateClinics(municipalities, populations, needs, geography.islands, {
    seed,
    neighbourhoodSpread: calibration?.neighbourhoodSpread ?? NEIGHBOURHOOD_SPREAD,
    councilCapacities,
  });

  await writeCitizens(join(outDir, 'citizens.csv'), { municipalities, populations, needs, clinics, seed, onProgress: options.onProgress });

  await writeFile(join(outDir, 'clinics.csv'), clinicsCsv(clinics));
  await writeFile(join(outDir, 'councils.csv'), councilsCsv(municipalities, clinics));
  await writeFile(join(outDir, 'life_expectancy.csv'), lifeExpectancyCsv(municipalities, needs, seed));
  await writeFile(join(outDir, 'projection.csv'), projectionCsv(municipalities, needs, seed));
  const manifest: SynthManifest = {
    synthetic: true,
    generator: 'fordeling synth',
    generatorVersion: GENERATOR_VERSION,
    seed,
    scale,
    geography: geography.source,
    geographyHash: geographyHash(geography),
    calibrationHash: calibrationHash(calibration),
    citizens: total,
    clinics: clinics.length,
    capacities: clinics.reduce((sum, c) => sum + c.capacities, 0),
  };
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** "sha256:<hex>" of the calibration's JSON, or null without one. */
export function calibrationHash(calibration: SynthCalibration | undefined): string | null {
  return calibration ? `sha256:${createHash('sha256').update(JSON.stringify(calibration)).digest('hex')}` : null;
}

/** A CSV field, quoted where it holds a comma or a quote (RFC 4180): København's addresses do. */
const csvField = (text: string) => (/[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

function clinicsCsv(clinics: SynthClinic[]): string {
  const rows = clinics.map((c) => `${c.providerNumber},${csvField(c.name)},${csvField(c.address)},${c.municipalityCode},${c.island},${c.capacities},${c.listedPatients}\n`);
  return `provider_number,name,address,municipality_code,island,capacities,listed_patients\n${rows.join('')}`;
}
