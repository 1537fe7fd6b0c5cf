import { resolve } from 'node:path';
import { formatNumber } from '@fordeling/engine';
import { ensureSynthetic, generateSyntheticDenmark, type SynthOptions } from '@fordeling/synth';
import { parseCommandArgs } from '../command-args.js';
import { stageProgress } from '../progress.js';

const HELP = `Brug: fordeling synth --out MAPPE [--scale 1.0] [--seed 1]

Danner et syntetisk Danmark (citizens.csv, clinics.csv, councils.csv, life_expectancy.csv,
projection.csv, manifest.json). Samme frø og skala giver byte-identiske filer.
  --out MAPPE    hvor filerne skrives
  --scale TAL    befolkningens skala; 1 ≈ 5,96 mio. borgere (standard 1)
  --seed HELTAL  frø til tilfældighedsgeneratoren (standard 1)`;

export async function run(argv: string[]): Promise<number> {
  const values = parseCommandArgs(argv, { out: { type: 'string' }, scale: { type: 'string', default: '1' }, seed: { type: 'string', default: '1' } }, HELP);
  if (typeof values === 'number') return values;
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!values.out) return usageError('Angiv en mappe med --out.');
  if (!(scale > 0) || scale > 10) return usageError(`--scale skal være et tal over 0 og højst 10 (fik »${values.scale}«).`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return usageError(`--seed skal være et helt tal fra 0 til 4.294.967.295 (fik »${values.seed}«).`);
  const outDir = resolve(values.out);
  const manifest = await synthesize(outDir, seed, scale);
  console.log(`Syntetisk Danmark skrevet til ${outDir}: ${formatNumber(manifest.citizens)} borgere, ${formatNumber(manifest.clinics)} klinikker, ${formatNumber(manifest.capacities, 1)} kapaciteter (frø ${seed}, skala ${String(scale).replace('.', ',')}).`);
  return 0;
}

/** Generates with a progress display on stderr; `cached` reuses a finished generation (demo). */
export async function synthesize(outDir: string, seed: number, scale: number) {
  return withProgress((onProgress) => generateSyntheticDenmark({ outDir, seed, scale, onProgress }));
}

export async function synthesizeCached(outDir: string, seed: number, scale: number) {
  return withProgress((onProgress) => ensureSynthetic({ outDir, seed, scale, onProgress }));
}

async function withProgress<T>(work: (onProgress: SynthOptions['onProgress']) => Promise<T>): Promise<T> {
  const progress = stageProgress('Danner borgere');
  try {
    return await work((done, total) => progress.update(done, total));
  } finally {
    progress.stop();
  }
}

function usageError(message: string): number {
  console.error(`${message}\n\n${HELP}`);
  return 2;
}
