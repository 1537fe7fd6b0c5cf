import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLINICS_COLUMNS } from './clinics-csv.js';
import { COUNCILS_COLUMNS } from './councils-csv.js';
import { MUNICIPALITIES_COLUMNS } from './municipalities-csv.js';
import { resultFixture } from './result-fixture.js';
import { RUN_OUTPUT_FILES, writeRunOutputs } from './write-run-outputs.js';

const header = (text: string) => text.split('\n')[0];

async function writeTo(result = resultFixture(), timings?: Record<string, number>) {
  const dir = await mkdtemp(join(tmpdir(), 'fordeling-out-'));
  await writeRunOutputs(result, dir, { reportingBand: { lower: 1150, upper: 2000, expectedShare: 0.8 }, timings });
  return dir;
}

describe('writeRunOutputs', () => {
  it('writes exactly the contract columns (docs/contracts.md)', async () => {
    const dir = await writeTo();
    expect(header(await readFile(join(dir, 'clinics.csv'), 'utf8'))).toBe(
      'provider_number,name,address,municipality_code,municipality,council,region,island,capacities,listed_patients,mean_weight,advisory_minimum_per_capacity,advisory_minimum_total,patients_per_capacity,in_band',
    );
    expect(header(await readFile(join(dir, 'councils.csv'), 'utf8'))).toBe(
      'council,region,citizens,total_weight_2025,ceiling_2025,total_weight_2026,ceiling_2026,existing_capacities,free_capacities_2025,free_capacities_2026',
    );
    expect(header(await readFile(join(dir, 'municipalities.csv'), 'utf8'))).toBe('municipality_code,municipality,council,citizens,total_weight,mean_weight,mean_advisory_minimum');
    expect(header(await readFile(join(dir, 'problems.csv'), 'utf8'))).toBe('file,line,column,pointer,message');
    expect([CLINICS_COLUMNS.length, COUNCILS_COLUMNS.length, MUNICIPALITIES_COLUMNS.length]).toEqual([15, 10, 7]);
    expect((await readdir(dir)).sort()).toEqual([...RUN_OUTPUT_FILES].sort());
  });

  it('formats clinics with fixed decimals, sorted by provider number, quoting names with commas', async () => {
    const lines = (await readFile(join(await writeTo(), 'clinics.csv'), 'utf8')).trim().split('\n');
    expect(lines.slice(1)).toEqual([
      '100001,Lægehuset 100001,Algade 1,825,Læsø,Vendsyssel,Nordjylland,Læsø,1,1750,1.4545,1100,1100,1750.0,false',
      '100002,"Lægerne ""Havnen"", Hjørring",Algade 1,860,Hjørring,Vendsyssel,Nordjylland,,1.5,2400,1.2000,1333,1999.5,1600.0,true',
      '100003,Lægehuset 100003,Algade 1,157,Gentofte,Hovedstaden Nord,Østdanmark,,2,3300,0.8421,1900,3800,1650.0,true',
      // A clinic without listed patients has no mean weight and no minimum: empty, never "NaN".
      '100004,Lægehuset 100004,Algade 1,157,Gentofte,Hovedstaden Nord,Østdanmark,,1,0,,,,0.0,false',
    ]);
  });

  it('writes councils by name and municipalities by code', async () => {
    const dir = await writeTo();
    expect((await readFile(join(dir, 'councils.csv'), 'utf8')).trim().split('\n').slice(1)).toEqual([
      'Hovedstaden Nord,Østdanmark,1,6400.00,4,8000.00,5,3,1,2',
      'Vendsyssel,Nordjylland,3,3854.50,2.41,4800.00,3,2.5,0,0.5',
    ]);
    expect((await readFile(join(dir, 'municipalities.csv'), 'utf8')).trim().split('\n').slice(1)).toEqual([
      '157,Gentofte,Hovedstaden Nord,1,0.84,0.8421,1900.0',
      '825,Læsø,Vendsyssel,1,1.45,1.4545,1100.0',
      '860,Hjørring,Vendsyssel,2,2.40,1.2000,1333.0',
    ]);
  });

  it('lists every rejected input row in problems.csv and counts that reconcile in run.json', async () => {
    const dir = await writeTo();
    expect(await readFile(join(dir, 'problems.csv'), 'utf8')).toBe('file,line,column,pointer,message\ncitizens.csv,4,3,,Alder »abc« er ikke et helt tal fra 0 til 125\n');
    const run = JSON.parse(await readFile(join(dir, 'run.json'), 'utf8'));
    expect(run.synthetic).toBe(true);
    expect(run.asOf).toBe('2025-07-03');
    expect(run.ruleSets).toEqual([
      { id: 'capacity', version: '2025.1', hash: 'sha256:aaaa' },
      { id: 'weights', version: '2025.1', hash: 'sha256:bbbb' },
    ]);
    for (const input of run.inputs) expect(input.rowsRead).toBe(input.accepted + input.rejected);
    expect(run.counts).toMatchObject({ citizens: 4, clinics: 4, problems: 1 });
    expect(run.results).toMatchObject({ councils: 2, municipalities: 3, clinics: 4, clinicsInBand: 2, ceilings: { 2025: 6.41, 2026: 8 } });
    expect(run).not.toHaveProperty('timings');
  });

  it('gives byte-identical reproducible files for the same result, whatever the timings and input order', async () => {
    const a = await writeTo(resultFixture(), { read: 1 });
    const shuffled = resultFixture();
    shuffled.clinics.reverse();
    shuffled.councils.reverse();
    const b = await writeTo(shuffled, { read: 999 });
    for (const name of RUN_OUTPUT_FILES.filter((f) => f !== 'timings.json')) {
      expect(await readFile(join(b, name), 'utf8'), name).toBe(await readFile(join(a, name), 'utf8'));
    }
    expect(JSON.parse(await readFile(join(b, 'timings.json'), 'utf8'))).toMatchObject({ weights: 12.5, read: 999 });
  });
});
