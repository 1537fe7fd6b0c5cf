import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareResults } from '../compare/compare-results.js';
import type { ModelComparison } from '../result.js';
import { CLINICS_COLUMNS } from './clinics-csv.js';
import { COUNCILS_COLUMNS } from './councils-csv.js';
import { MUNICIPALITIES_COLUMNS } from './municipalities-csv.js';
import { councilYearFixture, resultFixture } from '../testing/result-fixture.js';
import { RUN_OUTPUT_FILES, SPREADSHEET_FILES, writeRunOutputs } from './write-run-outputs.js';

const header = (text: string) => text.split('\n')[0];

async function writeTo(result = resultFixture(), timings?: Record<string, number>, comparison?: ModelComparison) {
  const dir = await mkdtemp(join(tmpdir(), 'fordeling-out-'));
  await writeRunOutputs(result, dir, { reportingBand: { lower: 1150, upper: 2000, expectedShare: 0.8 }, timings, comparison });
  return dir;
}

describe('writeRunOutputs', () => {
  it('with spreadsheet: also regneark/ for a Danish spreadsheet — BOM, semicolons, decimal comma, ja/nej, Danish headings, CRLF', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fordeling-out-'));
    await writeRunOutputs(resultFixture(), dir, { reportingBand: { lower: 1150, upper: 2000, expectedShare: 0.8 }, spreadsheet: true });
    expect((await readdir(join(dir, 'regneark'))).sort()).toEqual([...SPREADSHEET_FILES].sort());
    const clinics = await readFile(join(dir, 'regneark', 'klinikker.csv'), 'utf8');
    expect(clinics.startsWith('\uFEFF')).toBe(true);
    const lines = clinics.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Ydernummer;Navn;Adresse;Kommunekode;Kommune;Sundhedsråd;Region;Ø;Kapaciteter;Tilmeldte patienter;Gennemsnitlig vægt;' +
        'Vejledende minimum pr. kapacitet;Vejledende minimum i alt;Patienter pr. kapacitet;Inden for intervallet',
    );
    // The same fields as clinics.csv: 1.4545 → 1,4545, true → ja; a comma in a name needs no quotes, a quote still does.
    expect(lines.slice(1, 3)).toEqual([
      '100001;Lægehuset 100001;Algade 1;825;Læsø;Vendsyssel;Nordjylland;Læsø;1;1750;1,4545;1100;1100;1750,0;nej',
      '100002;"Lægerne ""Havnen"", Hjørring";Algade 1;860;Hjørring;Vendsyssel;Nordjylland;;1,5;2400;1,2000;1333;1999,5;1600,0;ja',
    ]);
    const councils = (await readFile(join(dir, 'regneark', 'sundhedsråd.csv'), 'utf8')).slice(1).split('\r\n');
    expect(councils[0].split(';').slice(0, 4)).toEqual(['Sundhedsråd', 'Region', 'Borgere', 'Samlet vægt 2025']);
    expect(header(await readFile(join(dir, 'regneark', 'afviste-rækker.csv'), 'utf8'))).toBe('\uFEFFFil;Linje;Kolonne;Felt (JSON-sti);Besked\r');
    // grundlag.csv: what produced the numbers — as-of date, every rule-set version with its hash,
    // every input file with its hash and counts; a draft (or synthetic data) said as everywhere else.
    const drafted = resultFixture();
    drafted.ruleSets = [...drafted.ruleSets, { id: 'decisions', version: '2026.1-udkast', hash: 'sha256:abc', draft: true }];
    const other = await mkdtemp(join(tmpdir(), 'fordeling-out-'));
    await writeRunOutputs(drafted, other, { reportingBand: { lower: 1150, upper: 2000, expectedShare: 0.8 }, spreadsheet: true });
    const basis = (await readFile(join(other, 'regneark', 'grundlag.csv'), 'utf8')).slice(1).split('\r\n');
    expect(basis[0]).toBe('Hvad;Navn;Version;Kontrolsum;Rækker læst;Accepteret;Afvist');
    expect(basis[1]).toBe('Skæringsdato;3. juli 2025;;;;;');
    expect(basis).toContain('Bemærk;UDKAST — ikke gældende regler: decisions@2026.1-udkast;;;;;');
    for (const r of drafted.ruleSets) expect(basis).toContain(`Regelsæt;${r.id};${r.version};${r.hash};;;`);
    for (const i of drafted.inputs) expect(basis).toContain(`Inddata;${i.file};;${i.sha256};${i.rowsRead};${i.accepted};${i.rejected}`);
    // The machine files are untouched by the option.
    expect(header(await readFile(join(dir, 'clinics.csv'), 'utf8'))).toMatch(/^provider_number,name,/);
  });

  it('writes exactly the contract columns (docs/contracts.md)', async () => {
    const dir = await writeTo();
    expect(header(await readFile(join(dir, 'clinics.csv'), 'utf8'))).toBe(
      'provider_number,name,address,municipality_code,municipality,council,region,island,capacities,listed_patients,mean_weight,advisory_minimum_per_capacity,advisory_minimum_total,patients_per_capacity,in_band',
    );
    // The order's number beside the model's own figure (issue 14) comes after the earlier columns.
    expect(header(await readFile(join(dir, 'councils.csv'), 'utf8'))).toBe(
      'council,region,citizens,total_weight_2025,ceiling_2025,total_weight_2026,ceiling_2026,existing_capacities,free_capacities_2025,free_capacities_2026,' +
        'computed_ceiling_2025,fixed_ceiling_2025,ceiling_difference_2025,computed_ceiling_2026,fixed_ceiling_2026,ceiling_difference_2026',
    );
    expect(header(await readFile(join(dir, 'municipalities.csv'), 'utf8'))).toBe('municipality_code,municipality,council,citizens,total_weight,mean_weight,mean_advisory_minimum');
    expect(header(await readFile(join(dir, 'problems.csv'), 'utf8'))).toBe('file,line,column,pointer,message');
    expect([CLINICS_COLUMNS.length, COUNCILS_COLUMNS.length, MUNICIPALITIES_COLUMNS.length]).toEqual([15, 16, 7]);
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
    // Hovedstaden Nord 2025 with the order's number 4.5 beside the computed 4 (difference −0.5).
    const result = resultFixture();
    result.councils[1].years[0] = councilYearFixture({ year: 2025, totalWeight: 6400, ceiling: 4.5, computedCeiling: 4, fixedCeiling: 4.5, freeCapacities: 1.5 });
    const dir = await writeTo(result);
    expect((await readFile(join(dir, 'councils.csv'), 'utf8')).trim().split('\n').slice(1)).toEqual([
      'Hovedstaden Nord,Østdanmark,1,6400.00,4.5,8000.00,5,3,1.5,2,4,4.5,-0.5,5,,',
      'Vendsyssel,Nordjylland,3,3854.50,2.41,4800.00,3,2.5,0,0.5,2.41,,,3,,',
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

  it('writes the run\'s assumptions to warnings.csv (same columns as problems.csv), in the model\'s order', async () => {
    const warnings = [
      { file: 'projection.csv', line: 0, column: 0, pointer: '', message: 'Læsø (kommunekode 825) mangler; regnet med 0 % befolkningstilvækst' },
      { file: 'clinics.csv', line: 5, column: 0, pointer: '/provider_number', message: 'ydernummer 100004 har ingen tilmeldte borgere i citizens.csv; der kan ikke beregnes et vejledende minimumspatienttal' },
    ];
    const dir = await writeTo(resultFixture({ warnings }));
    expect(await readFile(join(dir, 'warnings.csv'), 'utf8')).toBe(
      'file,line,column,pointer,message\n' +
        'projection.csv,0,0,,Læsø (kommunekode 825) mangler; regnet med 0 % befolkningstilvækst\n' +
        'clinics.csv,5,0,/provider_number,ydernummer 100004 har ingen tilmeldte borgere i citizens.csv; der kan ikke beregnes et vejledende minimumspatienttal\n',
    );
    expect(JSON.parse(await readFile(join(dir, 'run.json'), 'utf8')).counts).toMatchObject({ problems: 1, warnings: 2 });
    // No warnings: the header only.
    expect(await readFile(join(await writeTo(), 'warnings.csv'), 'utf8')).toBe('file,line,column,pointer,message\n');
  });

  it('puts the rule changes in words and every council\'s effect in run.json\'s compare part', async () => {
    const alternative = resultFixture({ ruleSets: [{ id: 'capacity', version: '2026.1-udkast', hash: 'sha256:cccc' }, { id: 'weights', version: '2025.1', hash: 'sha256:bbbb' }] });
    alternative.councils[1].years[0] = councilYearFixture({ year: 2025, totalWeight: 6400, ceiling: 5, freeCapacities: 2 });
    const sentence = 'Målet for sygdomsvægtede borgere pr. kapacitet ændres fra 1.600 til 1.500 (BEK nr. 975 af 2025, § 4).';
    const ruleSetChanges = [{ id: 'capacity', baseVersion: '2025.1', alternativeVersion: '2026.1-udkast', changes: [{ pointer: '/content/targetWeightedCitizensPerCapacity/value', change: 'changed' as const, sentence }] }];
    const dir = await writeTo(resultFixture(), undefined, compareResults(resultFixture(), alternative, { ruleSetChanges }));
    const compare = JSON.parse(await readFile(join(dir, 'run.json'), 'utf8')).compare;
    expect(compare.changedRuleSets).toEqual(['capacity']);
    expect(compare.ruleSetChanges).toEqual(ruleSetChanges);
    expect(compare.ceilingDifference).toEqual({ 2025: 1, 2026: 0 });
    // Councils by region, then name: Nordjylland before Østdanmark.
    expect(compare.councils.map((c: { council: string }) => c.council)).toEqual(['Vendsyssel', 'Hovedstaden Nord']);
    expect(compare.councils[1]).toEqual({
      council: 'Hovedstaden Nord',
      region: 'Østdanmark',
      years: [
        { year: 2025, ceiling: { base: 4, alternative: 5, difference: 1 }, freeCapacities: { base: 1, alternative: 2, difference: 1 } },
        { year: 2026, ceiling: { base: 5, alternative: 5, difference: 0 }, freeCapacities: { base: 2, alternative: 2, difference: 0 } },
      ],
    });
  });
});
