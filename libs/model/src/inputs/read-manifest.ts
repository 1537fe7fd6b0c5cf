import { readFile } from 'node:fs/promises';
import type { Problem } from '@fordeling/engine';
import { InputError } from './input-error.js';
import type { InputManifest } from './model-inputs.js';

/** manifest.json is optional; when present it must be a JSON object with a boolean `synthetic`. */
export async function readManifest(path: string): Promise<InputManifest | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const problem = (pointer: string, message: string): Problem => ({ file: 'manifest.json', line: 0, column: 0, pointer, message });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError([problem('', `filen er ikke gyldig JSON (${(error as Error).message})`)]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError([problem('', 'filen skal indeholde et JSON-objekt')]);
  const manifest = value as Record<string, unknown>;
  if (typeof manifest.synthetic !== 'boolean') throw new InputError([problem('/synthetic', '»synthetic« skal være true eller false')]);
  return manifest as unknown as InputManifest;
}
