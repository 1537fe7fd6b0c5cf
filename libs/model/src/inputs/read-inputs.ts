// readInputs(dir): the five CSV files (+ optional manifest.json) of a model input folder
// (docs/contracts.md). Clinics are read before citizens so a citizen's provider number can be
// checked; with a rule book, every code is checked against the geography rule set in force.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { geographyRules, type GeographyIndex, type Problem, type RuleBook } from '@fordeling/engine';
import { InputError } from './input-error.js';
import type { ModelInputs } from './model-inputs.js';
import { municipalityLookup } from './municipality-lookup.js';
import { readCitizens, type ReadCitizensOptions } from './read-citizens.js';
import { readClinics } from './read-clinics.js';
import { readCouncils } from './read-councils.js';
import { readLifeExpectancy } from './read-life-expectancy.js';
import { readManifest } from './read-manifest.js';
import { readProjection } from './read-projection.js';

export const INPUT_FILES = ['citizens.csv', 'clinics.csv', 'councils.csv', 'life_expectancy.csv', 'projection.csv'] as const;
export type InputFileName = (typeof INPUT_FILES)[number];

/** Progress over the whole folder, in bytes (drives a progress bar). */
export interface ReadProgress {
  file: InputFileName;
  fileBytesRead: number;
  fileTotalBytes: number;
  bytesRead: number;
  totalBytes: number;
}

export interface ReadInputsOptions {
  /**
   * The rule book in force: municipality codes, council names and islands are checked against its
   * geography rule set. Without it they are checked when runModel gets the book.
   */
  book?: RuleBook;
  onProgress?(progress: ReadProgress): void;
  /**
   * How citizens.csv is read: the byte-level fast path and worker threads (both on by default; the
   * tests compare), and its reading when started before the rules (CitizensReadAhead).
   */
  citizens?: Pick<ReadCitizensOptions, 'fastPath' | 'threads' | 'ahead'>;
}

export async function readInputs(dir: string, options: ReadInputsOptions = {}): Promise<ModelInputs> {
  try {
    return await readFolder(dir, options);
  } finally {
    // Workers started ahead that citizens.csv's reader did not take (the folder failed before it).
    options.citizens?.ahead?.close();
  }
}

async function readFolder(dir: string, options: ReadInputsOptions): Promise<ModelInputs> {
  const sizes = await fileSizes(dir);
  const totalBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
  const geography: GeographyIndex | undefined = options.book ? geographyRules.of(options.book).index : undefined;
  const municipalities = municipalityLookup(geography);

  let done = 0;
  const progress = (file: InputFileName) => (p: { bytesRead: number; totalBytes: number }) =>
    options.onProgress?.({ file, fileBytesRead: p.bytesRead, fileTotalBytes: p.totalBytes, bytesRead: done + p.bytesRead, totalBytes });
  const finished = (file: InputFileName) => (done += sizes.get(file) ?? 0);

  const path = (file: InputFileName) => join(dir, file);
  const fatal: Problem[] = [];
  const attempt = async <T>(run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      fatal.push(...error.problems);
      return undefined;
    }
  };

  const manifest = await attempt(() => readManifest(join(dir, 'manifest.json')));
  const clinics = await attempt(() => readClinics(path('clinics.csv'), municipalities, geography, progress('clinics.csv')));
  finished('clinics.csv');
  const providerNumbers = (clinics?.clinics ?? []).map((c) => c.providerNumber);
  const citizens = await attempt(() => readCitizens(path('citizens.csv'), sizes.get('citizens.csv') ?? 0, municipalities, providerNumbers, { ...options.citizens, onProgress: progress('citizens.csv') }));
  finished('citizens.csv');
  const councils = await attempt(() => readCouncils(path('councils.csv'), geography));
  finished('councils.csv');
  const lifeExpectancy = await attempt(() => readLifeExpectancy(path('life_expectancy.csv'), municipalities));
  finished('life_expectancy.csv');
  const projection = await attempt(() => readProjection(path('projection.csv'), municipalities));
  finished('projection.csv');

  if (fatal.length || !clinics || !citizens || !councils || !lifeExpectancy || !projection) throw new InputError(fatal);
  return {
    dir,
    synthetic: manifest?.synthetic ?? false,
    manifest: manifest ?? null,
    municipalityCodes: municipalities.codes,
    checkedAgainstGeography: municipalities.checked,
    citizens: citizens.citizens,
    clinics: clinics.clinics,
    councils: councils.councils,
    lifeExpectancy: lifeExpectancy.lifeExpectancy,
    projection: projection.projection,
    reports: [citizens.report, clinics.report, councils.report, lifeExpectancy.report, projection.report],
  };
}

/** Sizes of the required files; a missing one is a clear Danish error naming every missing file. */
async function fileSizes(dir: string): Promise<Map<InputFileName, number>> {
  const sizes = new Map<InputFileName, number>();
  const missing: Problem[] = [];
  for (const file of INPUT_FILES) {
    try {
      const info = await stat(join(dir, file));
      if (!info.isFile()) throw Object.assign(new Error(), { code: 'ENOENT' });
      sizes.set(file, info.size);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.push({ file, line: 0, column: 0, pointer: '', message: `den krævede fil mangler i inputmappen ${dir}` });
    }
  }
  if (missing.length) throw new InputError(missing);
  return sizes;
}
