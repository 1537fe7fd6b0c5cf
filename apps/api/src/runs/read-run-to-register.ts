import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '@fordeling/engine';
import { readRunFolder, RunFolderError, type RunFolder } from '@fordeling/model';
import { problems } from '../http/problem.js';

function outside(root: string, what: string): never {
  const message = `${what} ligger uden for serverens mappe til modelkørsler (${root}); vælg en mappe under den.`;
  throw problems.invalid(message, [{ pointer: '/path', message }]);
}

const within = (root: string, absolute: string) => {
  const relative = path.relative(root, absolute);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
};

/**
 * A run's folder must lie inside `root`, and so must what it really is: the check follows symlinks
 * (fs.realpath) for the folder and for every entry in it, so a link under the root to a folder or a
 * file elsewhere on the server is refused like `../..` (issue 15). Answers the folder's path as
 * requested (under the root as written), which is what is recorded.
 */
export async function resolveInside(root: string, requested: string): Promise<string> {
  const absolute = path.resolve(root, requested);
  if (!within(path.resolve(root), absolute)) outside(root, 'Mappen');
  const realRoot = await realpath(root);
  // A folder that does not exist is reported by the reader, with the file it looked for.
  const real = await realpath(absolute).catch(() => undefined);
  if (real === undefined) return absolute;
  if (!within(realRoot, real)) outside(root, 'Mappen (gennem et symbolsk link)');
  const entries = await readdir(real, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.filter((e) => e.isSymbolicLink())) {
    const target = await realpath(path.join(real, entry.name)).catch(() => undefined);
    if (target !== undefined && !within(realRoot, target)) outside(root, `Filen ${entry.name} (et symbolsk link)`);
  }
  return absolute;
}

/** "clinics.csv linje 7: …" — where in the folder, without the server's own paths. */
function located(p: Problem): { pointer: string; message: string } {
  const where = p.line > 0 ? `${p.file} linje ${p.line}` : p.file;
  return { pointer: '/path', message: `${where}: ${p.pointer ? `${p.pointer} ` : ''}${p.message}.` };
}

/**
 * The run to register from a `fordeling run --out` folder, read with the model's readRunFolder. A run
 * is registered whole or not at all: any rejected row, like an unusable file, is a 422.
 */
export async function readRunToRegister(dir: string): Promise<RunFolder> {
  try {
    const folder = await readRunFolder(dir);
    const rejected = folder.reports.flatMap((report) => report.problems);
    if (rejected.length === 0) return folder;
    throw problems.invalid('Modelkørslens mappe har rækker, der ikke kan bruges; se »errors«.', rejected.map(located));
  } catch (error) {
    if (!(error instanceof RunFolderError)) throw error;
    throw problems.invalid('Modelkørslens mappe kan ikke læses; se »errors«.', error.problems.map(located));
  }
}
