import path from 'node:path';
import type { Problem } from '@fordeling/engine';
import { readRunFolder as readModelRunFolder, RunFolderError, type RunJson } from '@fordeling/model';
import type { ClinicInput, CouncilInput } from '@fordeling/store';
import { problems } from '../http/problem.js';

export interface RunFolder {
  run: RunJson;
  clinics: ClinicInput[];
  councils: CouncilInput[];
}

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
 * Reads run.json, clinics.csv and councils.csv (docs/contracts.md) written by `fordeling run --out`
 * with the model's own reader. A run is registered whole or not at all: any rejected row is a 422.
 */
export async function readRunFolder(dir: string): Promise<RunFolder> {
  try {
    const folder = await readModelRunFolder(dir);
    const rejected = folder.reports.flatMap((report) => report.problems);
    if (rejected.length === 0) return folder;
    throw problems.invalid('Modelkørslens mappe har rækker, der ikke kan bruges; se »errors«.', rejected.map(located));
  } catch (error) {
    if (!(error instanceof RunFolderError)) throw error;
    throw problems.invalid('Modelkørslens mappe kan ikke læses; se »errors«.', error.problems.map(located));
  }
}
