import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ClinicInput, CouncilInput, RunJson } from '@fordeling/store';
import type { FieldError } from '../http/problem.js';
import { problems } from '../http/problem.js';
import { parseCsv } from './csv.js';

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

async function readText(file: string, errors: FieldError[]): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    errors.push({ pointer: '/path', message: `Filen ${path.basename(file)} kan ikke læses i mappen.` });
    return undefined;
  }
}

function numberAt(values: Record<string, string>, name: string, where: string, errors: FieldError[]): number {
  const n = Number(values[name]);
  if (values[name] === undefined || values[name].trim() === '' || !Number.isFinite(n)) {
    errors.push({ pointer: '/path', message: `${where}: kolonnen »${name}« skal være et tal (fik »${values[name] ?? ''}«).` });
  }
  return n;
}

function clinicOf(values: Record<string, string>, where: string, errors: FieldError[]): ClinicInput {
  const num = (name: string) => numberAt(values, name, where, errors);
  return {
    providerNumber: values.provider_number,
    name: values.name,
    address: values.address,
    municipalityCode: num('municipality_code'),
    municipality: values.municipality,
    council: values.council,
    region: values.region,
    island: values.island || null,
    capacities: num('capacities'),
    listedPatients: num('listed_patients'),
    meanWeight: num('mean_weight'),
    advisoryMinimumPerCapacity: num('advisory_minimum_per_capacity'),
    advisoryMinimumTotal: num('advisory_minimum_total'),
    patientsPerCapacity: num('patients_per_capacity'),
    inBand: values.in_band === 'true',
  };
}

function councilOf(values: Record<string, string>, where: string, errors: FieldError[]): CouncilInput {
  const num = (name: string) => numberAt(values, name, where, errors);
  const years = [2025, 2026].map((year) => ({
    year,
    totalWeight: num(`total_weight_${year}`),
    ceiling: num(`ceiling_${year}`),
    freeCapacities: num(`free_capacities_${year}`),
  }));
  return { council: values.council, region: values.region, citizens: num('citizens'), existingCapacities: num('existing_capacities'), years };
}

/** Reads run.json, clinics.csv and councils.csv (docs/contracts.md) written by `fordeling run --out`. */
export async function readRunFolder(dir: string): Promise<RunFolder> {
  const errors: FieldError[] = [];
  const [runText, clinicsText, councilsText] = await Promise.all(
    ['run.json', 'clinics.csv', 'councils.csv'].map((name) => readText(path.join(dir, name), errors)),
  );
  let run: RunJson | undefined;
  if (runText !== undefined) {
    try {
      run = JSON.parse(runText) as RunJson;
    } catch {
      errors.push({ pointer: '/path', message: 'run.json er ikke gyldig JSON.' });
    }
  }
  const clinics = clinicsText === undefined ? [] : parseCsv(clinicsText).map((r) => clinicOf(r.values, `clinics.csv linje ${r.line}`, errors));
  const councils = councilsText === undefined ? [] : parseCsv(councilsText).map((r) => councilOf(r.values, `councils.csv linje ${r.line}`, errors));
  if (errors.length > 0 || !run) throw problems.invalid('Modelkørslens mappe kan ikke læses; se »errors«.', errors);
  return { run, clinics, councils };
}
