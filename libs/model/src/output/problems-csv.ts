import type { Problem } from '@fordeling/engine';
import type { InputFileReport } from '../result.js';
import { csvLine } from './csv-format.js';

export const PROBLEMS_COLUMNS = ['file', 'line', 'column', 'pointer', 'message'] as const;

/** Every rejected input row, in file order then line order (the order the reader found them). */
export function inputProblems(inputs: readonly InputFileReport[]): Problem[] {
  return inputs.flatMap((report) => report.problems);
}

/** problems.csv: one line per problem; just the header when every row was accepted. */
export function problemsCsv(problems: readonly Problem[]): string {
  return csvLine(PROBLEMS_COLUMNS) + problems.map((p) => csvLine([p.file, String(p.line), String(p.column), p.pointer, p.message])).join('');
}
