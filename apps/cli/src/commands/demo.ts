import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defaultRulesDir, repoRoot } from '@fordeling/engine';
import { cacheDir } from '@fordeling/synth';
import { parseCommandArgs } from '../command-args.js';
import { runNationalModel } from './run.js';
import { synthesizeCached } from './synth.js';

const HELP = `Brug: fordeling demo [--scale 1] [--out out/demo]

Danner et syntetisk Danmark (frø 1; genbruges fra .cache/, hvis det allerede findes) og kører den
nationale model pr. 3. juli 2025 — bekendtgørelsens første dag — med en sammenligning mod
capacity@2026.1-udkast, hvis det udkast findes.`;

/** The first day of BEK nr. 975 af 2025 (seed 003). */
const DEMO_AS_OF = '2025-07-03';
const DEMO_SEED = 1;
const DRAFT = { id: 'capacity', version: '2026.1-udkast' };

export async function run(argv: string[]): Promise<number> {
  const values = parseCommandArgs(argv, { scale: { type: 'string', default: '1' }, out: { type: 'string', default: 'out/demo' } }, HELP);
  if (typeof values === 'number') return values;
  const scale = Number(values.scale);
  if (!(scale > 0) || scale > 10) {
    console.error(`--scale skal være et tal over 0 og højst 10 (fik »${values.scale}«).\n\n${HELP}`);
    return 2;
  }
  const input = cacheDir(repoRoot, DEMO_SEED, scale);
  const { cached } = await synthesizeCached(input, DEMO_SEED, scale);
  console.error(cached ? `Genbruger det syntetiske Danmark i ${input}.` : `Syntetisk Danmark dannet i ${input}.`);

  const draftExists = await fileExists(join(defaultRulesDir, 'bek-975-2025', DRAFT.id, `${DRAFT.version}.json`));
  return runNationalModel({ input, out: resolve(values.out), asOf: DEMO_AS_OF, compareRules: draftExists ? `${DRAFT.id}@${DRAFT.version}` : undefined });
}

async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
