import path from 'node:path';
import type { Problem } from '@fordeling/engine';
import { readRunFolder, RunFolderError, type RunFolder } from '@fordeling/model';
import { problems } from '../http/problem.js';

/** A run's output folder must lie inside `root`; anything else on the server stays unreadable. */
export function resolveInside(root: string, requested: string): string {
  const absolute = path.resolve(root, requested);
  const relative = path.relative(path.resolve(root), absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    const message = `Mappen skal ligge under serverens mappe til modelkørsler (${root}).`;
    throw problems.invalid(message, [{ pointer: '/path', message }]);
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
