import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, useTestApi } from '../testing/test-app.js';
import { readRunToRegister } from './read-run-to-register.js';

const CLINICS = [
  'provider_number,name,address,municipality_code,municipality,council,region,island,capacities,listed_patients,mean_weight,advisory_minimum_per_capacity,advisory_minimum_total,patients_per_capacity,in_band',
  'F-1,"Lægerne ""Torvet"", Hjørring","Torvet 1, 9800 Hjørring",860,Hjørring,Vendsyssel,Nordjylland,,2,3000,1.0000,1600,3200,1500,true',
  'F-2,Lægehuset,Havnegade 2,851,Aalborg,Limfjorden,Nordjylland,,1.5,2500,1.2500,1280,1920,1666.67,true',
].join('\n');
const COUNCILS = [
  'council,region,citizens,total_weight_2025,ceiling_2025,total_weight_2026,ceiling_2026,existing_capacities,free_capacities_2025,free_capacities_2026',
  'Vendsyssel,Nordjylland,200000,201600,126,203200,127,120,6,7',
].join('\n');

const RUN_JSON = JSON.stringify({ synthetic: true, asOf: '2025-07-03', ruleSets: [], inputs: [] });

async function writeRun(dir: string, clinics = CLINICS): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'run.json'), RUN_JSON);
  await writeFile(path.join(dir, 'clinics.csv'), clinics);
  await writeFile(path.join(dir, 'councils.csv'), COUNCILS);
  return dir;
}

describe('readRunToRegister', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'fordeling-run-folder-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads quoted fields with commas and doubled quotes', async () => {
    const { clinics, councils } = await readRunToRegister(await writeRun(path.join(root, 'good'), `${CLINICS}\n`));
    expect(clinics).toHaveLength(2);
    expect(clinics[0].name).toBe('Lægerne "Torvet", Hjørring');
    expect(clinics[0].address).toBe('Torvet 1, 9800 Hjørring');
    expect(clinics[1]).toMatchObject({ providerNumber: 'F-2', capacities: 1.5 });
    // A councils.csv written before the order's numbers (ten columns): the ceiling was the computed one.
    expect(councils[0].years).toEqual([
      { year: 2025, totalWeight: 201600, ceiling: 126, computedCeiling: 126, fixedCeiling: null, ceilingDifference: null, freeCapacities: 6 },
      { year: 2026, totalWeight: 203200, ceiling: 127, computedCeiling: 127, fixedCeiling: null, ceilingDifference: null, freeCapacities: 7 },
    ]);
  });

  it('refuses the whole run (422) when a row is bad, naming file, line and column', async () => {
    const bad = CLINICS.replace('1.2500', '"1,25"');
    const error = await readRunToRegister(await writeRun(path.join(root, 'bad'), bad)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 422,
      errors: [{ pointer: '/path', message: 'clinics.csv linje 3: /mean_weight gennemsnitlig vægt »1,25« er ikke et tal (brug punktum som decimaltegn, fx 1.5).' }],
    });
  });
});

describe.each(backends)('POST /v1/runs from a folder on the server ($name)', (backend) => {
  const root = mkdtempSync(path.join(tmpdir(), 'fordeling-runs-'));
  const api = useTestApi(backend, { runsRoot: root });

  beforeAll(async () => {
    await mkdir(path.join(root, 'run-1'));
    await writeFile(path.join(root, 'run-1', 'run.json'), JSON.stringify({ synthetic: true, asOf: '2025-07-03', ruleSets: [], inputs: [] }));
    await writeFile(path.join(root, 'run-1', 'clinics.csv'), CLINICS);
    await writeFile(path.join(root, 'run-1', 'councils.csv'), COUNCILS);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('registers run.json, clinics.csv and councils.csv', async () => {
    const res = await request(api.app).post('/v1/runs').set(api.auth('ministry')).send({ path: 'run-1' }).expect(201);
    expect(res.body.clinicCount).toBe(2);
    const councils = await request(api.app).get(`/v1/councils?year=2025&runId=${res.body.id}`).set(api.auth('reader')).expect(200);
    expect(councils.body.councils).toEqual([expect.objectContaining({ council: 'Vendsyssel', ceiling: 126, freeCapacities: 6 })]);
  });

  it('refuses a folder outside the runs root and a folder without the files (422)', async () => {
    const outside = await request(api.app).post('/v1/runs').set(api.auth('ministry')).send({ path: '../../etc' });
    expect(outside.status).toBe(422);
    expect(outside.body.errors[0].pointer).toBe('/path');
    const missing = await request(api.app).post('/v1/runs').set(api.auth('ministry')).send({ path: '.' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.map((e: { message: string }) => e.message).join(' ')).toContain('run.json');
  });

  // Issue 15: the check was lexical only — a symlink under the root to a folder elsewhere was read.
  it('refuses a symlink under the runs root to a folder outside it, and a file in it linked outside (422)', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'fordeling-elsewhere-'));
    try {
      await writeRun(path.join(elsewhere, 'run'));
      await symlink(path.join(elsewhere, 'run'), path.join(root, 'linked'), 'dir');
      const linked = await request(api.app).post('/v1/runs').set(api.auth('ministry')).send({ path: 'linked' });
      expect(linked.status, JSON.stringify(linked.body)).toBe(422);
      expect(linked.body.errors).toEqual([{ pointer: '/path', message: expect.stringContaining('uden for serverens mappe til modelkørsler') }]);

      await writeRun(path.join(root, 'half-linked'));
      rmSync(path.join(root, 'half-linked', 'clinics.csv'));
      await symlink(path.join(elsewhere, 'run', 'clinics.csv'), path.join(root, 'half-linked', 'clinics.csv'));
      const halfLinked = await request(api.app).post('/v1/runs').set(api.auth('ministry')).send({ path: 'half-linked' });
      expect(halfLinked.status, JSON.stringify(halfLinked.body)).toBe(422);
      expect(halfLinked.body.errors[0].message).toContain('clinics.csv');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('accepts a symlink that stays inside the runs root', async () => {
    await symlink(path.join(root, 'run-1'), path.join(root, 'alias'), 'dir');
    const res = await request(api.app).post('/v1/runs').set(api.auth('ministry')).send({ path: 'alias' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });
});
