import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunFolder } from './read-run-folder.js';
import { councilYearFixture, resultFixture } from '../testing/result-fixture.js';
import { RunFolderError } from './run-folder-error.js';
import { writeRunOutputs } from './write-run-outputs.js';

const CLINICS_HEADER =
  'provider_number,name,address,municipality_code,municipality,council,region,island,capacities,listed_patients,mean_weight,advisory_minimum_per_capacity,advisory_minimum_total,patients_per_capacity,in_band';
const RUN_JSON = JSON.stringify({ synthetic: true, asOf: '2025-07-03', ruleSets: [], inputs: [] });

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fordeling-run-folder-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

async function problemsOf(dir: string): Promise<string[]> {
  const error = await readRunFolder(dir).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(RunFolderError);
  return (error as RunFolderError).problems.map((p) => `${p.file}:${p.line} ${p.pointer} ${p.message}`);
}

describe('readRunFolder', () => {
  it('reads back what writeRunOutputs wrote; the clinic without a minimum is a rejected row with its line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fordeling-run-folder-'));
    await writeRunOutputs(resultFixture(), dir, { reportingBand: { lower: 1150, upper: 2000, expectedShare: 0.8 } });
    const run = await readRunFolder(dir);
    expect(run.run).toMatchObject({ synthetic: true, asOf: '2025-07-03', ruleSets: [{ id: 'capacity', version: '2025.1', hash: 'sha256:aaaa' }, { id: 'weights', version: '2025.1', hash: 'sha256:bbbb' }] });
    expect(run.clinics.map((c) => c.providerNumber)).toEqual(['100001', '100002', '100003']);
    expect(run.clinics[0]).toEqual({
      providerNumber: '100001', name: 'Lægehuset 100001', address: 'Algade 1', municipalityCode: 825, municipality: 'Læsø', council: 'Vendsyssel',
      region: 'Nordjylland', island: 'Læsø', capacities: 1, listedPatients: 1750, meanWeight: 1.4545, advisoryMinimumPerCapacity: 1100,
      advisoryMinimumTotal: 1100, patientsPerCapacity: 1750, inBand: false,
    });
    expect(run.clinics[1]).toMatchObject({ name: 'Lægerne "Havnen", Hjørring', island: null, capacities: 1.5, advisoryMinimumTotal: 1999.5, inBand: true });
    const [clinics, councils] = run.reports;
    expect(clinics).toMatchObject({ file: 'clinics.csv', rowsRead: 4, accepted: 3, rejected: 1 });
    expect(clinics.problems).toEqual([{ file: 'clinics.csv', line: 5, column: 80, pointer: '/mean_weight', message: 'gennemsnitlig vægt mangler (feltet er tomt)' }]);
    expect(councils).toMatchObject({ file: 'councils.csv', rowsRead: 2, accepted: 2, rejected: 0 });
    expect(run.councils.find((c) => c.council === 'Vendsyssel')).toEqual({
      council: 'Vendsyssel', region: 'Nordjylland', citizens: 3, existingCapacities: 2.5,
      years: [
        { year: 2025, totalWeight: 3854.5, ceiling: 2.41, computedCeiling: 2.41, fixedCeiling: null, ceilingDifference: null, freeCapacities: 0 },
        { year: 2026, totalWeight: 4800, ceiling: 3, computedCeiling: 3, fixedCeiling: null, ceilingDifference: null, freeCapacities: 0.5 },
      ],
    });
  });

  it('reads the order’s number beside the computed ceiling, and a councils.csv written before those columns as computed ceilings', async () => {
    const result = resultFixture();
    result.councils[1].years[0] = councilYearFixture({ year: 2025, totalWeight: 6400, ceiling: 4.5, computedCeiling: 4, fixedCeiling: 4.5, freeCapacities: 1.5 });
    const dir = await mkdtemp(join(tmpdir(), 'fordeling-run-folder-'));
    await writeRunOutputs(result, dir);
    expect((await readRunFolder(dir)).councils.find((c) => c.council === 'Hovedstaden Nord')?.years[0]).toEqual(
      { year: 2025, totalWeight: 6400, ceiling: 4.5, computedCeiling: 4, fixedCeiling: 4.5, ceilingDifference: -0.5, freeCapacities: 1.5 },
    );
    // A run folder from before issue 14: ten columns, the computed ceiling was the ceiling.
    const old = 'council,region,citizens,total_weight_2025,ceiling_2025,total_weight_2026,ceiling_2026,existing_capacities,free_capacities_2025,free_capacities_2026\nFyn,Region Syddanmark,464100,548842.84,343,552305.39,345,262,81,83\n';
    await writeFile(join(dir, 'councils.csv'), old);
    expect((await readRunFolder(dir)).councils[0].years).toEqual([
      { year: 2025, totalWeight: 548842.84, ceiling: 343, computedCeiling: 343, fixedCeiling: null, ceilingDifference: null, freeCapacities: 81 },
      { year: 2026, totalWeight: 552305.39, ceiling: 345, computedCeiling: 345, fixedCeiling: null, ceilingDifference: null, freeCapacities: 83 },
    ]);
  });

  it('parses quoted fields, doubled quotes, CRLF and a line break inside quotes, keeping the line each row starts on', async () => {
    const row = (providerNumber: string, name: string, address: string, meanWeight = '1.0000') => `${providerNumber},${name},${address},101,København,Hovedstaden,Hovedstaden,,1,1500,${meanWeight},1600,1600,1500.0,true`;
    const text = [CLINICS_HEADER, row('1', '"Lægerne ""Torvet"", Hjørring"', '"Torvet 1, 9800 Hjørring"'), '', row('2', 'Lægehuset', '"Havnegade 2\nbaghuset"'), row('3', 'x', 'y', '"1,5"')].join('\r\n');
    const run = await readRunFolder(await folder({ 'run.json': RUN_JSON, 'clinics.csv': `${text}\r\n` }), { councils: false });
    expect(run.clinics.map((c) => [c.name, c.address])).toEqual([['Lægerne "Torvet", Hjørring', 'Torvet 1, 9800 Hjørring'], ['Lægehuset', 'Havnegade 2\nbaghuset']]);
    expect(run.reports).toHaveLength(1);
    expect(run.reports[0].problems.map((p) => `${p.line} ${p.message}`)).toEqual(['6 gennemsnitlig vægt »1,5« er ikke et tal (brug punktum som decimaltegn, fx 1.5)']);
    expect(run.reports[0]).toMatchObject({ rowsRead: 3, accepted: 2, rejected: 1 });
  });

  it('rejects a row with an empty provider number or an in_band that is not true/false', async () => {
    const clinics = [CLINICS_HEADER, ',A,B,101,K,H,Hovedstaden,,1,1,1,1,1,1,true', '7,A,B,101,K,H,Hovedstaden,,1,1,1,1,1,1,ja'].join('\n');
    const run = await readRunFolder(await folder({ 'run.json': RUN_JSON, 'clinics.csv': clinics }), { councils: false });
    expect(run.clinics).toEqual([]);
    expect(run.reports[0].problems.map((p) => `${p.line} ${p.pointer} ${p.message}`)).toEqual([
      '2 /provider_number ydernummer mangler (feltet er tomt)',
      '3 /in_band inden for intervallet »ja« er ikke »true« eller »false«',
    ]);
  });

  it('names every file that is missing or unusable before giving up', async () => {
    expect(await problemsOf(await folder({}))).toEqual([
      'run.json:0  filen findes ikke i mappen',
      'clinics.csv:0  filen findes ikke i mappen',
      'councils.csv:0  filen findes ikke i mappen',
    ]);
    const bad = await folder({ 'run.json': '{"synthetic":true}', 'clinics.csv': 'provider_number,name\n', 'councils.csv': '' });
    expect(await problemsOf(bad)).toEqual([
      'run.json:0 /asOf mangler (kørslens skæringsdato)',
      'run.json:0 /ruleSets mangler (regelsættene kørslen brugte)',
      'run.json:0 /inputs mangler (inputfilerne kørslen læste)',
      expect.stringMatching(/^clinics\.csv:1  overskriftslinjen mangler kolonnerne »address« \(adresse\), /),
      'councils.csv:1  filen er tom; den skal have en overskriftslinje',
    ]);
    expect(await problemsOf(await folder({ 'run.json': '{ ikke json', 'clinics.csv': CLINICS_HEADER }))).toEqual([
      expect.stringMatching(/^run\.json:0  er ikke gyldig JSON \(/),
      'councils.csv:0  filen findes ikke i mappen',
    ]);
  });
});
