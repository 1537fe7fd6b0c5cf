import path from 'node:path';
import type { RuleSetRef } from '@fordeling/engine';
import { readRunFolder as readModelRunFolder, RunFolderError, type ClinicResult } from '@fordeling/model';
import { LetterInputError } from './letter-problem.js';

/** One row of the run's clinics.csv (docs/contracts.md), as the model wrote and reads it. */
export type RunClinic = ClinicResult;

export interface RunFolder {
  dir: string;
  asOf: string;
  synthetic: boolean;
  ruleSets: RuleSetRef[];
  clinics: RunClinic[];
  /** Rows of clinics.csv left out, each with file, line and reason (rows read = clinics + rejected). */
  rejected: string[];
  rowsRead: number;
}

/**
 * Reads run.json and clinics.csv of a `fordeling run --out DIR` folder with the model's reader
 * (libs/model readRunFolder). Bad rows are reported, not dropped silently.
 */
export async function readRunFolder(dir: string): Promise<RunFolder> {
  try {
    const { run, clinics, reports } = await readModelRunFolder(dir, { councils: false });
    const [report] = reports;
    return {
      dir,
      asOf: run.asOf,
      synthetic: run.synthetic,
      ruleSets: run.ruleSets,
      clinics,
      rejected: report.problems.map((p) => `${path.join(dir, p.file)}:${p.line}: ${p.message}`),
      rowsRead: report.rowsRead,
    };
  } catch (error) {
    if (!(error instanceof RunFolderError)) throw error;
    throw new LetterInputError(dir, error.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.pointer ? `${p.pointer} ` : ''}${p.message}`));
  }
}
