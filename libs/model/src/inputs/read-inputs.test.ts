import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runModel } from '../run/run-model.js';
import { fixtureBook } from '../testing/fixture-rules.js';
import { tenCitizensFiles, writeInputFolder } from '../testing/ten-citizens.js';
import { InputError } from './input-error.js';
import { readInputs, type ReadProgress } from './read-inputs.js';

const book = fixtureBook();
const header = tenCitizensFiles['citizens.csv'][0];

describe('readInputs: bad rows are reported with file, line, column, pointer and a Danish reason', async () => {
  const dir = await writeInputFolder({
    ...tenCitizensFiles,
    'citizens.csv': [
      header,
      '1,M,5,101,100001,0,0,ugift,0,ukendt,grundskole,0', // line 2: fine
      '2,K,25,101,100001,0,0,ugift,0,lang,lang', // line 3: 11 fields
      '3,M,abc,101,100001,2,0,gift,0,grundskole,lang,0', // line 4: age not a number
      '4,K,50,999,100002,0,1,fraskilt,0,gymnasial,ukendt,1', // line 5: unknown municipality
      '5,M,70,102,199999,3,0,enke,0,grundskole,ukendt,0', // line 6: unknown provider
      '6,K,80,102,100002,5,1,samlevende,1,phd,ukendt,0', // line 7: bad enum
      '7,,30,201,100003,0,0,gift,1,erhvervsfaglig,grundskole,0', // line 8: empty required field
      '8,K,130,201,100003,1,0,ugift,0,grundskole,lang,0', // line 9: age out of range
      '', // line 10: empty line, skipped
      '9,M,64,201,,0,0,fraskilt,0,mellemlang,kort,2', // line 11: flag not 0/1
      '10,K,65,201,100003,2,1,gift,0,kort,ukendt,0', // line 12: fine
    ],
    'clinics.csv': [
      'provider_number,name,address,municipality_code,island,capacities,listed_patients',
      '100003,"Lægerne ""Havnen"", Lille Ø","Havnevej 1,\n5900 Lille Ø",201,Lille Ø,1,3', // lines 2–3: quotes, comma, line break
      '100001,Alfa Lægehus,Algade 1,101,,1.5,3', // line 4
      '100002,Beta Klinik,Bygade 2,102,,"1,5",3', // line 5: decimal comma
      '100002,Beta Klinik,Bygade 2,102,,1,3', // line 6: fine
      '100001,Dublet,Algade 1,101,,1,3', // line 7: duplicate provider number
      '100004,Ø-klinik,Vej 1,101,Lille Ø,1,3', // line 8: island in another municipality
      '100005,Ø-klinik,Vej 1,201,Atlantis,1,3', // line 9: unknown island
      'abc,Ø-klinik,Vej 2,201,,1,3', // line 10: not a provider number (six digits)
    ],
    'councils.csv': ['council,existing_capacities', 'Nord,1', 'Sydhavn,3', 'syd,2'],
    'life_expectancy.csv': ['municipality_code,life_expectancy,lost_life_years_per_1000', '101,82.0,10', '102,79.5,-1', '201,81.0,0'],
    'projection.csv': ['municipality_code,growth_pct', '101,10', '101,11', '102,20', '201,-50'],
  });
  const inputs = await readInputs(dir, { book });
  const report = (file: string) => inputs.reports.find((r) => r.file === file)!;

  it('citizens.csv: each bad row once, with the right line and reason', () => {
    const r = report('citizens.csv');
    expect(r.problems.map((p) => [p.line, p.column, p.pointer, p.message])).toEqual([
      [3, 0, '', 'rækken har 11 felter, men overskriften har 12'],
      [4, 5, '/age', 'alder »abc« er ikke et helt tal'],
      [5, 8, '/municipality_code', 'kommunekode 999 findes ikke i geografi-regelsættet i kraft'],
      [6, 12, '/provider_number', 'ydernummer »199999« findes ikke i clinics.csv'],
      [7, 23, '/civil_status', 'civilstand »samlevende« er ikke »ugift«, »gift«, »enke« eller »fraskilt«'],
      [8, 3, '/sex', 'køn mangler (feltet er tomt)'],
      [9, 5, '/age', 'alder 130 ligger uden for 0–125'],
      [11, 44, '/outside_labour_market', 'uden for arbejdsmarkedet »2« skal være 0 eller 1'],
    ]);
    expect(r.problems.every((p) => p.file === 'citizens.csv')).toBe(true);
    expect([r.rowsRead, r.accepted, r.rejected]).toEqual([10, 2, 8]);
    expect(inputs.citizens.count).toBe(2);
    expect([...inputs.citizens.id]).toEqual([1, 10]);
  });

  it('clinics.csv: quoted fields (commas, quotes, a line break) are read; bad rows reported', () => {
    const r = report('clinics.csv');
    expect(inputs.clinics.map((c) => [c.providerNumber, c.name, c.address, c.island, c.capacities, c.line])).toEqual([
      ['100003', 'Lægerne "Havnen", Lille Ø', 'Havnevej 1,\n5900 Lille Ø', 'Lille Ø', 1, 2],
      ['100001', 'Alfa Lægehus', 'Algade 1', null, 1.5, 4],
      ['100002', 'Beta Klinik', 'Bygade 2', null, 1, 6],
    ]);
    expect(r.problems.map((p) => [p.line, p.pointer, p.message])).toEqual([
      [5, '/capacities', 'kapaciteter »1,5« er ikke et tal (brug punktum som decimaltegn, fx 1.5)'],
      [7, '/provider_number', 'ydernummer »100001« står allerede på linje 4'],
      [8, '/island', 'øen Lille Ø ligger i kommune 201, ikke i kommune 101'],
      [9, '/island', 'øen »Atlantis« er ikke en ikke-brofast ø i geografi-regelsættet i kraft'],
      [10, '/provider_number', 'ydernummer »abc« har ikke regionernes form: seks cifre, fx »071234«'],
    ]);
    expect([r.rowsRead, r.accepted, r.rejected]).toEqual([8, 3, 5]);
  });

  it('councils, life expectancy and projection: unknown council, negative value, duplicate', () => {
    expect(report('councils.csv').problems.map((p) => [p.line, p.message])).toEqual([[3, 'sundhedsrådet »Sydhavn« findes ikke i geografi-regelsættet i kraft']]);
    // The id "syd" is accepted and stored under the council's name.
    expect(inputs.councils.map((c) => c.council)).toEqual(['Nord', 'Syd']);
    expect(report('life_expectancy.csv').problems.map((p) => [p.line, p.message])).toEqual([[3, 'tabte leveår pr. 1.000 borgere -1 skal være mindst 0']]);
    expect(report('projection.csv').problems.map((p) => [p.line, p.message])).toEqual([[3, 'kommunekode 101 står allerede på linje 2']]);
  });

  it('every report reconciles: rows read = accepted + rejected = problems + accepted', () => {
    for (const r of inputs.reports) {
      expect(r.rowsRead).toBe(r.accepted + r.rejected);
      expect(r.problems).toHaveLength(r.rejected);
    }
  });

  it('hashes the exact bytes of each file (sha256)', async () => {
    const bytes = await readFile(join(dir, 'clinics.csv'));
    expect(report('clinics.csv').sha256).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
  });

  it('a run over the accepted rows warns about what it had to assume', () => {
    const result = runModel(inputs, book);
    // Beta's life-expectancy row was rejected, but none of its citizens were accepted: no warning for it.
    expect(result.warnings?.map((w) => `${w.file}: ${w.message}`)).toEqual([
      'clinics.csv: ydernummer 100002 har ingen tilmeldte borgere i citizens.csv; der kan ikke beregnes et vejledende minimumspatienttal',
    ]);
  });
});

describe('readInputs: the folder itself', () => {
  it('reports progress in bytes up to the folder total, and reads CRLF line ends', async () => {
    const files = { ...tenCitizensFiles, 'citizens.csv': [tenCitizensFiles['citizens.csv'].join('\r\n')] };
    const dir = await writeInputFolder(files);
    const seen: ReadProgress[] = [];
    const inputs = await readInputs(dir, { book, onProgress: (p) => seen.push(p) });
    expect(inputs.citizens.count).toBe(10);
    expect(inputs.reports[0].rejected).toBe(0);
    const last = seen.at(-1)!;
    expect(last.bytesRead).toBeLessThanOrEqual(last.totalBytes);
    expect(seen.some((p) => p.file === 'citizens.csv' && p.fileBytesRead === p.fileTotalBytes)).toBe(true);
  });

  it('a missing required file or column is one clear Danish error naming all of them', async () => {
    const dir = await writeInputFolder({ ...tenCitizensFiles, 'councils.csv': ['sundhedsraad,existing_capacities', 'Nord,1'] });
    await rm(join(dir, 'projection.csv'));
    await expect(readInputs(dir, { book })).rejects.toThrow(InputError);
    await expect(readInputs(dir, { book })).rejects.toThrow('projection.csv:0:0 / den krævede fil mangler i inputmappen');
    await writeFile(join(dir, 'projection.csv'), 'municipality_code,growth_pct\n');
    const error = (await readInputs(dir, { book }).catch((e: unknown) => e)) as InputError;
    expect(error.problems.map((p) => [p.file, p.line, p.message])).toEqual([
      ['councils.csv', 1, 'overskriftslinjen mangler kolonnen »council« (sundhedsråd); forventet: council,existing_capacities'],
    ]);
  });

  it('a repeated id is rejected on its later rows, naming the first line; the columns keep the first', async () => {
    const rows = tenCitizensFiles['citizens.csv'];
    const citizens = [rows[0], rows[1], rows[2], rows[1], rows[3], rows[2].replace('2,K,25', '2,M,26')];
    const inputs = await readInputs(await writeInputFolder({ ...tenCitizensFiles, 'citizens.csv': citizens }), { book });
    expect(inputs.reports[0].problems.map((p) => [p.line, p.column, p.pointer, p.message])).toEqual([
      [4, 1, '/id', 'id 1 står allerede på linje 2'],
      [6, 1, '/id', 'id 2 står allerede på linje 3'],
    ]);
    expect([inputs.reports[0].rowsRead, inputs.reports[0].accepted, inputs.reports[0].rejected]).toEqual([5, 3, 2]);
    expect([...inputs.citizens.id]).toEqual([1, 2, 3]);
    expect([...inputs.citizens.line]).toEqual([2, 3, 5]);
    expect([...inputs.citizens.age]).toEqual([5, 25, 40]);
  });

  it('without manifest.json the run is not labelled synthetic', async () => {
    const { 'manifest.json': _manifest, ...files } = tenCitizensFiles;
    const inputs = await readInputs(await writeInputFolder(files), { book });
    expect([inputs.synthetic, inputs.manifest]).toEqual([false, null]);
  });

  it('read without a rule book, an unknown municipality stops runModel with a Danish error', async () => {
    const citizens = [...tenCitizensFiles['citizens.csv']];
    citizens[1] = citizens[1].replace(',101,', ',999,');
    const inputs = await readInputs(await writeInputFolder({ ...tenCitizensFiles, 'citizens.csv': citizens }));
    expect(inputs.checkedAgainstGeography).toBe(false);
    expect(() => runModel(inputs, book)).toThrow('kommunekode 999 findes ikke i geografi-regelsættet i kraft');
    // Known codes map onto the geography in force.
    const clean = await readInputs(await writeInputFolder(tenCitizensFiles));
    expect(runModel(clean, book).municipalities.map((m) => m.citizens)).toEqual([3, 3, 4]);
  });
});
