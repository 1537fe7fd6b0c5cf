import type { Problem } from '@fordeling/engine';
import type { InputFileReport } from '../result.js';
import { csvLine } from './csv-format.js';

export const PROBLEMS_COLUMNS = ['file', 'line', 'column', 'pointer', 'message'] as const;

/** Every rejected input row, in file order then line order (the order the reader found them). */
export function inputProblems(inputs: readonly InputFileReport[]): Problem[] {
  return inputs.flatMap((report) => report.problems);
}

/**
 * problems.csv (rejected input rows) and warnings.csv (what the run had to assume, ModelResult.warnings):
 * one line per problem, same columns; just the header when there are none.
 */
export function problemsCsv(problems: readonly Problem[]): string {
  return csvLine(PROBLEMS_COLUMNS) + problems.map((p) => csvLine([p.file, String(p.line), String(p.column), p.pointer, p.message])).join('');
}
