import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCalibration } from './calibration.js';
import { calibrationHash, GENERATOR_VERSION, generateSyntheticDenmark, type SynthManifest, type SynthOptions } from './generate.js';
import { geographyHash, loadSynthGeography } from './geography-source.js';

/** `.cache/synth-s<scale>-seed<seed>` under `root`: where demo and bench keep a generated country. */
export function cacheDir(root: string, seed: number, scale: number): string {
  return join(root, '.cache', `synth-s${scale}-seed${seed}`);
}

/**
 * Generates into `outDir` unless it already holds a finished generation (manifest.json is written
 * last) of the same seed, scale, geography, calibration and generator version. Returns the manifest and whether
 * the cache was used.
 */
export async function ensureSynthetic(options: SynthOptions): Promise<{ manifest: SynthManifest; cached: boolean }> {
  const existing = await readManifest(options.outDir);
  const geography = options.geography ?? loadSynthGeography();
  if (
    existing &&
    existing.seed === options.seed &&
    existing.scale === options.scale &&
    existing.generatorVersion === GENERATOR_VERSION &&
    existing.geographyHash === geographyHash(geography) &&
    existing.calibrationHash === calibrationHash(options.calibration === undefined ? loadCalibration() : (options.calibration ?? undefined))
  ) {
    return { manifest: existing, cached: true };
  }
  return { manifest: await generateSyntheticDenmark({ ...options, geography }), cached: false };
}

async function readManifest(dir: string): Promise<SynthManifest | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as SynthManifest;
  } catch {
    return undefined;
  }
}
