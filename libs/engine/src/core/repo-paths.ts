import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's place (libs/engine/src/core). */
export const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

/** Absolute path of the shipped `rules/` directory. */
export const defaultRulesDir = path.join(repoRoot, 'rules');

/** Path shown to users: relative to the repository root, or absolute when outside it. */
export function displayPath(absolute: string): string {
  const relative = path.relative(repoRoot, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}
