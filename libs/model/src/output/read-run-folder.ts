// Reads back what writeRunOutputs wrote (docs/contracts.md "Model run output"): run.json, clinics.csv
// and councils.csv → typed results. The CSV files go through the same reader and row checks as the
// model's input files, so every rejected row names file, line, column and the reason in Danish, and
// rows read = accepted + rejected.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '@fordeling/engine';
import { readCsvTable } from '../inputs/csv-table.js';
import { InputError } from '../inputs/input-error.js';
import type { ClinicResult, CouncilResult, InputFileReport } from '../result.js';
import { RUN_CLINIC_COLUMNS } from './clinics-csv.js';
import { RUN_COUNCIL_CEILING_COLUMNS, RUN_COUNCIL_COLUMNS, RUN_COUNCIL_YEARS } from './councils-csv.js';
import { RunFolderError } from './run-folder-error.js';
import type { RunJson } from './run-json.js';

export interface RunFolder {
  dir: string;
  run: RunJson;
  /** The accepted rows of clinics.csv. */
  clinics: ClinicResult[];
  /** The accepted rows of councils.csv; empty when it was not asked for. */
  councils: CouncilResult[];
  /** Per CSV file read: hash, rows read = accepted + rejected, and every rejected row. */
  reports: InputFileReport[];
}

export interface ReadRunFolderOptions {
  /** Read councils.csv too (default true); the letters need only the clinics. */
  councils?: boolean;
}

const MAX_WHOLE = 100_000_000;
const BOOLEANS = ['true', 'false'];

/** Throws RunFolderError when a file is missing or unusable; bad rows are only reported. */
export async function readRunFolder(dir: string, options: ReadRunFolderOptions = {}): Promise<RunFolder> {
  // Each file's problems in their own list, so the message names them in file order.
  const problemsOf: Record<string, Problem[]> = {};
  const guard = async <T>(file: string, read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      problemsOf[file] = error instanceof InputError ? error.problems : [{ file, line: 0, column: 0, pointer: '', message: unreadable(error as NodeJS.ErrnoException) }];
      return undefined;
    }
  };
  const [run, clinics, councils] = await Promise.all([
    guard('run.json', () => readRunJson(path.join(dir, 'run.json'))),
    guard('clinics.csv', () => readRunClinics(path.join(dir, 'clinics.csv'))),
    options.councils === false ? { rows: [], report: undefined } : guard('councils.csv', () => readRunCouncils(path.join(dir, 'councils.csv'))),
  ]);
  const problems = ['run.json', 'clinics.csv', 'councils.csv'].flatMap((file) => problemsOf[file] ?? []);
  if (problems.length || !run || !clinics || !councils) throw new RunFolderError(dir, problems);
  return { dir, run, clinics: clinics.rows, councils: councils.rows, reports: [clinics.report, ...(councils.report ? [councils.report] : [])] };
}

function unreadable(error: NodeJS.ErrnoException): string {
  return error.code === 'ENOENT' ? 'filen findes ikke i mappen' : `filen kan ikke læses (${error.message})`;
}

/** run.json must say what produced the run; anything less makes the folder unusable (InputError). */
async function readRunJson(file: string): Promise<RunJson> {
  const problem = (pointer: string, message: string): Problem => ({ file: 'run.json', line: 0, column: 0, pointer, message });
  let document: Partial<RunJson>;
  try {
    document = JSON.parse(await readFile(file, 'utf8')) ?? {};
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new InputError([problem('', `er ikke gyldig JSON (${error.message})`)]);
  }
  const problems: Problem[] = [];
  if (typeof document.asOf !== 'string') problems.push(problem('/asOf', 'mangler (kørslens skæringsdato)'));
  if (!Array.isArray(document.ruleSets)) problems.push(problem('/ruleSets', 'mangler (regelsættene kørslen brugte)'));
  if (!Array.isArray(document.inputs)) problems.push(problem('/inputs', 'mangler (inputfilerne kørslen læste)'));
  if (problems.length) throw new InputError(problems);
  return { ...document, synthetic: document.synthetic === true } as RunJson;
}

async function readRunClinics(file: string): Promise<{ rows: ClinicResult[]; report: InputFileReport }> {
  const C = RUN_CLINIC_COLUMNS;
  const rows: ClinicResult[] = [];
  const report = await readCsvTable(file, {
    file: 'clinics.csv',
    columns: C,
    onRow(row) {
      const providerNumber = row.required('providerNumber', C.providerNumber)?.trim();
      if (providerNumber === undefined) return;
      const municipalityCode = row.whole('municipalityCode', C.municipalityCode, 0, 9999);
      if (municipalityCode === undefined) return;
      const capacities = row.decimal('capacities', C.capacities);
      if (capacities === undefined) return;
      const listedPatients = row.whole('listedPatients', C.listedPatients, 0, MAX_WHOLE);
      if (listedPatients === undefined) return;
      const meanWeight = row.decimal('meanWeight', C.meanWeight);
      if (meanWeight === undefined) return;
      const advisoryMinimumPerCapacity = row.decimal('advisoryMinimumPerCapacity', C.advisoryMinimumPerCapacity);
      if (advisoryMinimumPerCapacity === undefined) return;
      const advisoryMinimumTotal = row.decimal('advisoryMinimumTotal', C.advisoryMinimumTotal);
      if (advisoryMinimumTotal === undefined) return;
      const patientsPerCapacity = row.decimal('patientsPerCapacity', C.patientsPerCapacity);
      if (patientsPerCapacity === undefined) return;
      const inBand = row.code('inBand', C.inBand, BOOLEANS, (text) => BOOLEANS.indexOf(text));
      if (inBand === undefined) return;
      rows.push({
        providerNumber,
        name: row.text('name'),
        address: row.text('address'),
        municipalityCode,
        municipality: row.text('municipality'),
        council: row.text('council'),
        region: row.text('region'),
        island: row.text('island').trim() || null,
        capacities,
        listedPatients,
        meanWeight,
        advisoryMinimumPerCapacity,
        advisoryMinimumTotal,
        patientsPerCapacity,
        inBand: inBand === 0,
      });
    },
  });
  return { rows, report };
}

/** The header line of a CSV file (the columns a run folder written by an earlier version may lack). */
async function headerOf(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  return text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).split(',').map((name) => name.trim());
}

async function readRunCouncils(file: string): Promise<{ rows: CouncilResult[]; report: InputFileReport }> {
  // Folders written before the order's fixed numbers (issue 14) have no ceiling columns of their own:
  // their ceiling is the computed one, and no fixed number is known.
  const withCeilings = (await headerOf(file)).includes(RUN_COUNCIL_CEILING_COLUMNS.computedCeiling2025.name);
  const C = { ...RUN_COUNCIL_COLUMNS, ...RUN_COUNCIL_CEILING_COLUMNS };
  const rows: CouncilResult[] = [];
  const report = await readCsvTable(file, {
    file: 'councils.csv',
    // Without the ceiling columns their keys are never read (withCeilings below).
    columns: (withCeilings ? C : RUN_COUNCIL_COLUMNS) as typeof C,
    onRow(row) {
      const council = row.required('council', C.council);
      if (council === undefined) return;
      const citizens = row.whole('citizens', C.citizens, 0, MAX_WHOLE);
      if (citizens === undefined) return;
      const existingCapacities = row.decimal('existingCapacities', C.existingCapacities);
      if (existingCapacities === undefined) return;
      const optional = (key: keyof typeof RUN_COUNCIL_CEILING_COLUMNS): number | null | undefined =>
        row.text(key) === '' ? null : row.decimal(key, C[key]);
      const years: CouncilResult['years'] = [];
      for (const year of RUN_COUNCIL_YEARS) {
        const totalWeight = row.decimal(`totalWeight${year}`, C[`totalWeight${year}`]);
        if (totalWeight === undefined) return;
        const ceiling = row.decimal(`ceiling${year}`, C[`ceiling${year}`]);
        if (ceiling === undefined) return;
        const freeCapacities = row.decimal(`freeCapacities${year}`, C[`freeCapacities${year}`]);
        if (freeCapacities === undefined) return;
        if (!withCeilings) {
          years.push({ year, totalWeight, ceiling, computedCeiling: ceiling, fixedCeiling: null, ceilingDifference: null, freeCapacities });
          continue;
        }
        const computedCeiling = row.decimal(`computedCeiling${year}`, C[`computedCeiling${year}`]);
        if (computedCeiling === undefined) return;
        const fixedCeiling = optional(`fixedCeiling${year}`);
        if (fixedCeiling === undefined) return;
        const ceilingDifference = optional(`ceilingDifference${year}`);
        if (ceilingDifference === undefined) return;
        years.push({ year, totalWeight, ceiling, computedCeiling, fixedCeiling, ceilingDifference, freeCapacities });
      }
      rows.push({ council, region: row.text('region'), citizens, existingCapacities, years });
    },
  });
  return { rows, report };
}
