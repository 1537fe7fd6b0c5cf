import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModelResult } from '../result.js';
import { renderReport, type ReportOptions } from '../report/render-report.js';
import { clinicsCsv } from './clinics-csv.js';
import { SPREADSHEET_BOM, SPREADSHEET_CSV } from './csv-format.js';
import { councilsCsv } from './councils-csv.js';
import { municipalitiesCsv } from './municipalities-csv.js';
import { inputProblems, problemsCsv } from './problems-csv.js';
import { provenanceCsv } from './provenance-csv.js';
import { runJson } from './run-json.js';

export interface RunOutputOptions extends ReportOptions {
  /** Extra stage timings (ms) of the caller (reading inputs, loading rules) for timings.json. */
  timings?: Record<string, number>;
  /** Also write SPREADSHEET_FOLDER: the CSV files as a Danish spreadsheet opens them (`--spreadsheet`). */
  spreadsheet?: boolean;
}

/** Beside the machine files, with Danish names: `;`, decimal comma, Danish headings, BOM, CRLF. */
export const SPREADSHEET_FOLDER = 'regneark';
export const SPREADSHEET_FILES = ['sundhedsråd.csv', 'kommuner.csv', 'klinikker.csv', 'afviste-rækker.csv', 'bemærkninger.csv', 'grundlag.csv'] as const;

/** The files `fordeling run --out DIR` writes (docs/contracts.md); returns their names. */
export const RUN_OUTPUT_FILES = ['councils.csv', 'municipalities.csv', 'clinics.csv', 'problems.csv', 'warnings.csv', 'run.json', 'report.html', 'timings.json'] as const;

/**
 * Writes every run output. All but timings.json are reproducible: the same inputs and rule-set
 * versions give byte-identical files (stable sorting, fixed number formats, no timestamps).
 */
export async function writeRunOutputs(result: ModelResult, outDir: string, options: RunOutputOptions = {}): Promise<string[]> {
  const start = performance.now();
  await mkdir(outDir, { recursive: true });
  const files: Array<[string, string]> = [
    ['councils.csv', councilsCsv(result.councils)],
    ['municipalities.csv', municipalitiesCsv(result.municipalities)],
    ['clinics.csv', clinicsCsv(result.clinics)],
    ['problems.csv', problemsCsv(inputProblems(result.inputs))],
    ['warnings.csv', problemsCsv(result.warnings ?? [])],
    ['run.json', runJson(result, options.comparison)],
    ['report.html', renderReport(result, options)],
  ];
  await Promise.all(files.map(([name, text]) => writeFile(join(outDir, name), text)));
  if (options.spreadsheet) await writeSpreadsheetFiles(result, join(outDir, SPREADSHEET_FOLDER));
  const writeOutputs = Math.round((performance.now() - start) * 10) / 10;
  await writeFile(join(outDir, 'timings.json'), `${JSON.stringify({ ...result.timings, ...options.timings, writeOutputs }, null, 2)}\n`);
  return RUN_OUTPUT_FILES.map((name) => join(outDir, name));
}

async function writeSpreadsheetFiles(result: ModelResult, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const d = SPREADSHEET_CSV;
  const texts = [
    councilsCsv(result.councils, d),
    municipalitiesCsv(result.municipalities, d),
    clinicsCsv(result.clinics, d),
    problemsCsv(inputProblems(result.inputs), d),
    problemsCsv(result.warnings ?? [], d),
    provenanceCsv(result, d),
  ];
  await Promise.all(SPREADSHEET_FILES.map((name, i) => writeFile(join(dir, name), SPREADSHEET_BOM + texts[i])));
}
