import path from 'node:path';
import type { RuleSetRef } from '@fordeling/engine';
import { LetterInputError } from '@fordeling/letters';
import { readRunFolder, RunFolderError, type ClinicResult, type RunFolder } from '@fordeling/model';

/**
 * The model run the letters are written for: read from its output folder (`--run`, with the model's
 * readRunFolder) or from the store (`--hearing`, the run the round was opened from).
 */
export interface LetterRun {
  /** The folder, or "høring <id>" for a run read from the store. */
  source: string;
  asOf: string;
  synthetic: boolean;
  ruleSets: RuleSetRef[];
  clinics: ClinicResult[];
}

/** `--run DIR`: the folder as the model reads it; a folder that cannot be used names each problem. */
export async function readLetterRunFolder(dir: string): Promise<RunFolder> {
  try {
    return await readRunFolder(dir, { councils: false });
  } catch (error) {
    if (!(error instanceof RunFolderError)) throw error;
    throw new LetterInputError(dir, error.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.pointer ? `${p.pointer} ` : ''}${p.message}`));
  }
}

export function letterRunOf(folder: RunFolder): LetterRun {
  const { asOf, synthetic, ruleSets } = folder.run;
  return { source: folder.dir, asOf, synthetic, ruleSets, clinics: folder.clinics };
}

/** The rows of clinics.csv the reader left out, "DIR/clinics.csv:LINE: reason" each (they are warned about, never dropped silently). */
export function rejectedRows(folder: RunFolder): string[] {
  return folder.reports.flatMap((report) => report.problems.map((p) => `${path.join(folder.dir, p.file)}:${p.line}: ${p.message}`));
}
