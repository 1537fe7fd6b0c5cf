import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RuleSetRef } from '@fordeling/engine';
import { parseCsv } from './csv.js';
import { LetterInputError } from './letter-problem.js';

/** One row of the run's clinics.csv (docs/contracts.md), typed. */
export interface RunClinic {
  providerNumber: string;
  name: string;
  address: string;
  municipalityCode: number;
  municipality: string;
  council: string;
  region: string;
  island: string;
  capacities: number;
  listedPatients: number;
  meanWeight: number;
  advisoryMinimumPerCapacity: number;
  advisoryMinimumTotal: number;
  patientsPerCapacity: number;
  inBand: boolean;
}

export interface RunFolder {
  dir: string;
  asOf: string;
  synthetic: boolean;
  ruleSets: RuleSetRef[];
  clinics: RunClinic[];
  /** Rows of clinics.csv left out, each with line and reason (rows read = clinics + rejected). */
  rejected: string[];
  rowsRead: number;
}

const COLUMNS = [
  'provider_number', 'name', 'address', 'municipality_code', 'municipality', 'council', 'region', 'island', 'capacities',
  'listed_patients', 'mean_weight', 'advisory_minimum_per_capacity', 'advisory_minimum_total', 'patients_per_capacity', 'in_band',
] as const;

/** Reads run.json and clinics.csv of a `fordeling run --out DIR` folder. Bad rows are reported, not dropped silently. */
export async function readRunFolder(dir: string): Promise<RunFolder> {
  const runFile = path.join(dir, 'run.json');
  let run: { asOf?: unknown; synthetic?: unknown; ruleSets?: unknown };
  try {
    run = JSON.parse(await readFile(runFile, 'utf8'));
  } catch (error) {
    throw new LetterInputError(runFile, [`kan ikke læses: ${(error as Error).message}`]);
  }
  const problems: string[] = [];
  if (typeof run.asOf !== 'string') problems.push('/asOf mangler (kørslens skæringsdato)');
  if (!Array.isArray(run.ruleSets)) problems.push('/ruleSets mangler (regelsættene kørslen brugte)');
  if (problems.length) throw new LetterInputError(runFile, problems);

  const csvFile = path.join(dir, 'clinics.csv');
  let text: string;
  try {
    text = await readFile(csvFile, 'utf8');
  } catch (error) {
    throw new LetterInputError(csvFile, [`kan ikke læses: ${(error as Error).message}`]);
  }
  const [header, ...rows] = parseCsv(text);
  const index = new Map((header?.values ?? []).map((name, i) => [name.trim(), i]));
  const missing = COLUMNS.filter((c) => !index.has(c));
  if (missing.length) throw new LetterInputError(csvFile, [`linje 1: kolonnerne ${missing.join(', ')} mangler`]);

  const clinics: RunClinic[] = [];
  const rejected: string[] = [];
  for (const row of rows) {
    const get = (column: (typeof COLUMNS)[number]) => (row.values[index.get(column)!] ?? '').trim();
    const number = (column: (typeof COLUMNS)[number]): number => {
      const raw = get(column);
      const value = raw === '' ? Number.NaN : Number(raw);
      if (!Number.isFinite(value)) throw new Error(`${column} er »${raw}«, ikke et tal`);
      return value;
    };
    try {
      if (!get('provider_number')) throw new Error('provider_number er tom');
      clinics.push({
        providerNumber: get('provider_number'),
        name: get('name'),
        address: get('address'),
        municipalityCode: number('municipality_code'),
        municipality: get('municipality'),
        council: get('council'),
        region: get('region'),
        island: get('island'),
        capacities: number('capacities'),
        listedPatients: number('listed_patients'),
        meanWeight: number('mean_weight'),
        advisoryMinimumPerCapacity: number('advisory_minimum_per_capacity'),
        advisoryMinimumTotal: number('advisory_minimum_total'),
        patientsPerCapacity: number('patients_per_capacity'),
        inBand: get('in_band') === 'true',
      });
    } catch (error) {
      rejected.push(`${csvFile}:${row.line}: ${(error as Error).message}`);
    }
  }
  return {
    dir,
    asOf: run.asOf as string,
    synthetic: run.synthetic === true,
    ruleSets: run.ruleSets as RuleSetRef[],
    clinics,
    rejected,
    rowsRead: rows.length,
  };
}
