import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCasesFile } from './cases-file.js';

const write = async (content: unknown) => {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'fordeling-cases-')), 'sager.json');
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

describe('cases file', () => {
  it('reads the letters\' own form', async () => {
    const cases = await readCasesFile(await write({ cases: [{ providerNumber: '100001', preliminaryPerCapacity: 1000, deviationReason: 'special-functions' }] }));
    expect(cases.get('100001')).toEqual({ providerNumber: '100001', preliminaryPerCapacity: 1000, deviationReason: 'special-functions' });
  });

  it('reads cases as the store/API answers them', async () => {
    const cases = await readCasesFile(await write([{
      id: 'c1', providerNumber: '100001', status: 'final',
      preliminary: { minimumPerCapacity: 1050, deviationReasonId: 'local-conditions', dialogueRequired: false, at: '2025-10-15T08:00:00Z', actorId: 'a' },
      response: { comment: 'Vi kan højst tage 2.600.', maximumPatients: 2600, at: '2025-11-03T10:12:00Z', actorId: 'b' },
      final: { minimumPerCapacity: 1080, reasonId: 'local-conditions', effectiveDate: '2026-02-01', at: '2025-12-15T09:00:00Z', actorId: 'a' },
    }]));
    expect(cases.get('100001')).toEqual({
      providerNumber: '100001', preliminaryPerCapacity: 1050, deviationReason: 'local-conditions',
      response: { receivedOn: '2025-11-03', maximumPatients: 2600, summary: 'Vi kan højst tage 2.600.' },
      finalPerCapacity: 1080, finalDeviationReason: 'local-conditions',
    });
  });

  it('names the entry and field that is wrong, and duplicates', async () => {
    await expect(readCasesFile(await write({ cases: [{ providerNumber: '1', preliminaryPerCapacity: 'mange' }] }))).rejects.toThrow(
      'feltet »/cases/0/preliminaryPerCapacity« skal være et helt tal',
    );
    await expect(readCasesFile(await write({ cases: [{ providerNumber: '1' }, { providerNumber: '1' }] }))).rejects.toThrow(
      '/cases/1: ydernummer 1 står der allerede',
    );
    await expect(readCasesFile(await write('{ ikke json'))).rejects.toThrow(/kan ikke læses som JSON/);
  });
});
