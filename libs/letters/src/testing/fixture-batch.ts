import { readRunFolder, type ClinicResult } from '@fordeling/model';
import type { LetterJob } from '../batch/generate-letters.js';
import { buildVejledende } from '../data/build-minimum-letters.js';
import type { LetterContext } from '../data/build-common.js';
import { writeFixtureRun } from './fixture-run.js';

/**
 * `count` advisory-minimum letters: the worked-example clinics repeated under provider numbers
 * 200000, 200001, … — a batch long enough to be interrupted half-way.
 */
export async function fixtureBatchJobs(context: LetterContext, count: number): Promise<LetterJob[]> {
  const clinics: ClinicResult[] = (await readRunFolder(await writeFixtureRun(), { councils: false })).clinics;
  return Array.from({ length: count }, (_, i) => {
    const clinic = { ...clinics[i % clinics.length], providerNumber: String(200000 + i) };
    return { kind: 'vejledende' as const, providerNumber: clinic.providerNumber, clinic: clinic.name, region: clinic.region, build: () => buildVejledende(context, clinic) };
  });
}
