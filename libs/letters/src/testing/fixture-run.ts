import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RuleSetRef } from '@fordeling/engine';
import { fixtureRuleSets } from './fixture-book.js';

/**
 * Worked-example clinics. 100001: mean weight 1,45 → 1.600 / 1,45 = 1.103,4 → 1.103 per capacity,
 * × 2 capacities = 2.206. 100002: 1.600 / 0,9412 = 1.700; 1.500 patients today → +13 % (dialogue).
 */
export const FIXTURE_CLINICS = [
  'provider_number,name,address,municipality_code,municipality,council,region,island,capacities,listed_patients,mean_weight,advisory_minimum_per_capacity,advisory_minimum_total,patients_per_capacity,in_band',
  '100001,Lægerne på Læsø,"Doktorvej 1, 9940 Læsø",825,Læsø,Vendsyssel,Nordjylland,Læsø,2,2900,1.4500,1103,2206,1450,false',
  '100002,Lægehuset Østerbro,"Østerbrogade 10, 2100 København Ø",101,København,Hovedstaden,Hovedstaden,,1,1500,0.9412,1700,1700,1500,true',
  '100003,Sorø Lægecenter,"Storgade 5, 4180 Sorø",340,Sorø,Midt- og Vestsjælland,Sjælland,,1.5,2000,1.0000,1600,2400,1333.33,true',
  '100004,Rudkøbing Lægepraksis,"Ærøvej 2, 5900 Rudkøbing",482,Langeland,Fyn,Syddanmark,,1,1100,1.3800,1159,1159,1100,true',
  '100005,Lægerne i Viborg,"Sct. Mathias Gade 3, 8800 Viborg",791,Viborg,Midt,Midtjylland,,3,4200,1.2000,1333,3999,1400,true',
];

export const fixtureRunRefs = (): RuleSetRef[] => [fixtureRuleSets.capacity.ref, fixtureRuleSets['minimum-patients'].ref];

/** A `fordeling run --out` folder with run.json and clinics.csv; extra rows appended as given. */
export async function writeFixtureRun(extraRows: string[] = [], synthetic = true): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-run-'));
  const run = { synthetic, asOf: '2025-07-03', ruleSets: fixtureRunRefs(), inputs: [], counts: {}, results: {} };
  await writeFile(path.join(dir, 'run.json'), JSON.stringify(run, null, 2));
  await writeFile(path.join(dir, 'clinics.csv'), `${[...FIXTURE_CLINICS, ...extraRows].join('\n')}\n`);
  return dir;
}
