import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { councilsCsv, lifeExpectancyCsv, projectionCsv } from './area-files.js';
import { writeCitizens } from './citizens-file.js';
import { generateClinics, type SynthClinic } from './clinics.js';
import { municipalityNeeds } from './deprivation.js';
import { geographyHash, loadSynthGeography, loadTargetWeights, type SynthGeography } from './geography-source.js';
import { mulberry32 } from './prng.js';

/** Bumped whenever the generated files change for the same seed and scale (invalidates caches). */
export const GENERATOR_VERSION = 2;

export interface SynthOptions {
  outDir: string;
  seed: number;
  /** Population multiplier: 1 ≈ 5.96 million citizens. */
  scale: number;
  /** Geography to use instead of the rule set / shipped CSV (tests). */
  geography?: SynthGeography;
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
  citizens: number;
  clinics: number;
  capacities: number;
}

/**
 * Writes a synthetic Denmark (docs/contracts.md, "Model input folder") into `outDir`. Every random
 * number comes from one mulberry32 stream in a fixed order: the same seed and scale give
 * byte-identical files. manifest.json is written last, so an interrupted run is never taken for a
 * finished one.
 */
export async function generateSyntheticDenmark(options: SynthOptions): Promise<SynthManifest> {
  const { outDir, seed, scale } = options;
  const random = mulberry32(seed);
  const geography = options.geography ?? loadSynthGeography();
  const municipalities = geography.municipalities;
  const needs = municipalityNeeds(municipalities, loadTargetWeights());
  const populations = new Map(municipalities.map((m) => [m.code, Math.round(m.approxPopulation * scale)]));
  const total = [...populations.values()].reduce((a, b) => a + b, 0);

  await mkdir(outDir, { recursive: true });
  await rm(join(outDir, 'manifest.json'), { force: true });
  const clinics = generateClinics(municipalities, populations, needs, geography.islands, random);

  await writeCitizens(join(outDir, 'citizens.csv'), { municipalities, populations, needs, clinics, random, onProgress: options.onProgress });

  await writeFile(join(outDir, 'clinics.csv'), clinicsCsv(clinics));
  await writeFile(join(outDir, 'councils.csv'), councilsCsv(municipalities, clinics));
  await writeFile(join(outDir, 'life_expectancy.csv'), lifeExpectancyCsv(municipalities, needs, random));
  await writeFile(join(outDir, 'projection.csv'), projectionCsv(municipalities, needs, random));
  const manifest: SynthManifest = {
    synthetic: true,
    generator: 'fordeling synth',
    generatorVersion: GENERATOR_VERSION,
    seed,
    scale,
    geography: geography.source,
    geographyHash: geographyHash(geography),
    citizens: total,
    clinics: clinics.length,
    capacities: clinics.reduce((sum, c) => sum + c.capacities, 0),
  };
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function clinicsCsv(clinics: SynthClinic[]): string {
  const rows = clinics.map((c) => `${c.providerNumber},${c.name},${c.address},${c.municipalityCode},${c.island},${c.capacities},${c.listedPatients}\n`);
  return `provider_number,name,address,municipality_code,island,capacities,listed_patients\n${rows.join('')}`;
}
