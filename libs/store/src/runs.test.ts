import { describe, expect, it } from 'vitest';
import { backends } from './testing/backends.js';
import { clinics, councils, regionActor, runJson } from './testing/fixtures.js';
import { useStore } from './testing/use-store.js';

describe.each(backends)('model runs ($name)', (backend) => {
  const ctx = useStore(backend);

  it('registers a run with its run.json, clinics and councils', async () => {
    const run = await ctx.store.registerRun(runJson, clinics, { councils, id: 'run-1', actor: regionActor, at: '2026-01-02T08:00:00.000Z' });
    expect(run).toEqual({ id: 'run-1', registeredAt: '2026-01-02T08:00:00.000Z', asOf: '2026-01-01', synthetic: true, run: runJson, clinicCount: 5 });
    expect(await ctx.store.getRun('run-1')).toEqual(run);
    expect(await ctx.store.getRun('missing')).toBeUndefined();

    const north = await ctx.store.listClinics('run-1', 'Nordjylland');
    expect(north.map((c) => c.providerNumber)).toEqual(['100001', '100002', '100003']);
    // Fractional capacities and 4-decimal mean weights survive as double precision.
    expect(north[1]).toMatchObject({ capacities: 1.5, meanWeight: 1.0123, advisoryMinimumPerCapacity: 1620, advisoryMinimumTotal: 2430, listedPatients: 2400 });
  });

  it('lists council results per year from the latest run or a given run', async () => {
    const y2026 = await ctx.store.listCouncils(2026);
    expect(y2026).toEqual([
      // The order's number is the ceiling; the model's own figure is kept beside it with the difference.
      { runId: 'run-1', year: 2026, council: 'Aalborg', region: 'Nordjylland', citizens: 300_000, existingCapacities: 180, totalWeight: 303_400.25, ceiling: 192, freeCapacities: 12, computedCeiling: 190.4, fixedCeiling: 192, ceilingDifference: -1.6 },
      // Without a fixed number (an older run.json) the computed figure is the ceiling.
      { runId: 'run-1', year: 2026, council: 'Aarhus', region: 'Midtjylland', citizens: 400_000, existingCapacities: 250, totalWeight: 395_000, ceiling: 247, freeCapacities: -3, computedCeiling: 247, fixedCeiling: null, ceilingDifference: null },
    ]);
    await ctx.store.registerRun({ ...runJson, asOf: '2026-06-01' }, [], { id: 'run-2', at: '2026-06-02T08:00:00.000Z' });
    expect(await ctx.store.listCouncils(2026)).toEqual([]); // run-2 (latest) has no councils
    expect((await ctx.store.listCouncils(2025, 'run-1')).map((c) => c.ceiling)).toEqual([188, 244]);
    expect((await ctx.store.listRuns()).map((r) => r.id)).toEqual(['run-2', 'run-1']);
  });

  it('audits each registration with the run’s rule sets', async () => {
    const audit = await ctx.store.listAudit({ entity: 'run', entityId: 'run-1' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'run.register', actorId: regionActor.id, ruleSets: runJson.ruleSets, details: { clinics: 5, councils: 2 } });
  });

  it('registers a national-size run in one go and opens a round for exactly one region’s clinics', async () => {
    const regions = ['Nordjylland', 'Midtjylland', 'Syddanmark', 'Østdanmark'];
    const many = Array.from({ length: 2000 }, (_, i) => ({
      ...clinics[0], providerNumber: String(300000 + i), region: regions[i % 4], advisoryMinimumPerCapacity: 1200 + (i % 800),
    }));
    const run = await ctx.store.registerRun(runJson, many, { id: 'run-national' });
    expect(run.clinicCount).toBe(2000);
    const hearing = await ctx.store.openHearing({ region: 'Syddanmark', year: 2027, runId: 'run-national', dates: {}, actor: regionActor });
    expect(hearing.caseCount).toBe(500);
    const cases = await ctx.store.listCases(hearing.id);
    expect(cases.every((c) => Number(c.providerNumber) % 4 === 2)).toBe(true);
    expect(cases.map((c) => c.advisoryMinimumPerCapacity)).toEqual(many.filter((c) => c.region === 'Syddanmark').map((c) => c.advisoryMinimumPerCapacity));
  });

  it('names a bad clinic or council row instead of failing in the database, and writes nothing', async () => {
    const before = (await ctx.store.listRuns()).length;
    const bad = [clinics[0], { ...clinics[1], listedPatients: 12.5 }];
    await expect(ctx.store.registerRun(runJson, bad)).rejects.toMatchObject({
      httpStatus: 400,
      field: '/clinics/1/listedPatients',
      message: 'Klinik nr. 2 (ydernummer 100002): tilmeldte patienter skal være et helt tal, fik 12.5.',
    });
    await expect(ctx.store.registerRun(runJson, [clinics[0], clinics[0]])).rejects.toMatchObject({
      field: '/clinics/1/providerNumber', message: 'Ydernummer 100001 forekommer mere end én gang i kørslen.',
    });
    const badCouncil = { ...councils[0], years: [{ ...councils[0].years[0], ceiling: Number.NaN }] };
    await expect(ctx.store.registerRun(runJson, [], { councils: [badCouncil] })).rejects.toMatchObject({ field: '/councils/0/years/0' });
    await expect(ctx.store.registerRun({ ...runJson, asOf: '1/1/2026' }, [])).rejects.toMatchObject({ field: 'asOf' });
    await expect(ctx.store.registerRun(runJson, [], { id: 'run-1' })).rejects.toMatchObject({ httpStatus: 409, message: 'Modelkørslen run-1 er allerede registreret.' });
    expect(await ctx.store.listRuns()).toHaveLength(before);
  });
});
