import { describe, expect, it } from 'vitest';
import { writeFixtureRun } from '@fordeling/letters/testing';
import { readLetterRunFolder, rejectedRows } from './letter-run.js';

describe('run folder', () => {
  it('reads the clinics and reports bad rows with file and line; rows read = accepted + rejected', async () => {
    const dir = await writeFixtureRun(['100009,Uden vægt,"Vej 1, 1000 By",101,København,Hovedstaden,Hovedstaden,,1,1500,,1600,1600,1500,true', ',Uden ydernummer,x,101,K,H,Hovedstaden,,1,1,1,1,1,1,true']);
    const run = await readLetterRunFolder(dir);
    expect(run.clinics.map((c) => c.providerNumber)).toEqual(['100001', '100002', '100003', '100004', '100005']);
    expect(run.clinics[0]).toMatchObject({ address: 'Doktorvej 1, 9940 Læsø', capacities: 2, meanWeight: 1.45, advisoryMinimumPerCapacity: 1103, advisoryMinimumTotal: 2206 });
    expect(rejectedRows(run)).toEqual([
      expect.stringMatching(/clinics\.csv:7: gennemsnitlig vægt mangler \(feltet er tomt\)$/),
      expect.stringMatching(/clinics\.csv:8: ydernummer mangler \(feltet er tomt\)$/),
    ]);
    expect(run.reports[0].rowsRead).toBe(run.clinics.length + rejectedRows(run).length);
    expect(run.run).toMatchObject({ asOf: '2025-07-03', synthetic: true });
  });
});
