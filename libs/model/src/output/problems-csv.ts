import type { Problem } from '@fordeling/engine';
import type { InputFileReport } from '../result.js';
import { csvHeader, csvLine, MACHINE_CSV, type CsvColumn, type CsvDialect } from './csv-format.js';

const PROBLEM_COLUMN_LIST: CsvColumn[] = [
  { name: 'file', label: 'fil' },
  { name: 'line', label: 'linje' },
  { name: 'column', label: 'kolonne' },
  { name: 'pointer', label: 'felt (JSON-sti)' },
  { name: 'message', label: 'besked' },
];

export const PROBLEMS_COLUMNS = PROBLEM_COLUMN_LIST.map((c) => c.name);

/** Every rejected input row, in file order then line order (the order the reader found them). */
export function inputProblems(inputs: readonly InputFileReport[]): Problem[] {
  return inputs.flatMap((report) => report.problems);
}

/**
 * problems.csv (rejected input rows) and warnings.csv (what the run had to assume, ModelResult.warnings):
 * one line per problem, same columns; just the header when there are none.
 */
export function problemsCsv(problems: readonly Problem[], dialect: CsvDialect = MACHINE_CSV): string {
  return csvHeader(PROBLEM_COLUMN_LIST, dialect) + problems.map((p) => csvLine([p.file, String(p.line), String(p.column), p.pointer, p.message], dialect)).join('');
}
