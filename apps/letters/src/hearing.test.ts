import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry, defaultRulesDir, loadRules, standardKinds, type RuleSetRef } from '@fordeling/engine';
import { readIndex } from '@fordeling/letters';
import { readRunFolder } from '@fordeling/model';
import { openStore, type Actor, type CaseRules, type HearingStore } from '@fordeling/store';
import { FIXTURE_CLINICS } from '@fordeling/letters/testing';
import { lettersCli } from './testing/letters-cli.js';

// The loop hearing → letters → store: a run registered in a PGlite store, a round opened for
// Nordjylland (two clinics), one case moved to preliminary; `fordeling letters --hearing` writes
// the hearing letters from the stored cases and records each letter id on its case, once.
const actor: Actor = { id: 'rn-sagsbehandler', role: 'region', region: 'Nordjylland' };
const reference = { instrument: 'BEK nr. 975 af 2025', paragraph: '§ 5' };
// As the API builds them from the minimum-patients rule set (2,700 maximum; any deviation needs a reason).
const caseRules: CaseRules = {
  maximumPerCapacity: { value: 2700, ruleId: 'maximum', reference },
  deviationRequiresReasonAboveShare: { value: 0, ruleId: 'deviation', reference },
  deviationReasons: ['special-functions', 'staff-capacity', 'local-conditions', 'current-patient-count'],
  deviationReasonsRule: { ruleId: 'deviation-reasons', reference },
};
// A second Nordjylland clinic: 1.600 / 1,0 = 1.600 per capacity.
const HJORRING = '100006,Lægehuset i Hjørring,"Torvet 2, 9800 Hjørring",860,Hjørring,Vendsyssel,Nordjylland,,1,1500,1.0000,1600,1600,1500,true';

let runDir: string;
let dataDir: string;
let hearingId: string;
const { cli, output } = lettersCli();

// This file exercises the CLI's PGlite path (`--data-dir`); the store and API suites run on both
// backends. Without this, a DATABASE_URL in the environment (CI's PostgreSQL pass) would win.
const databaseUrl = process.env.DATABASE_URL;
beforeAll(() => void delete process.env.DATABASE_URL);
afterAll(() => {
  if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
});

beforeAll(async () => {
  const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
  const refs: RuleSetRef[] = library.bookAt('2025-07-03').refs().filter((r) => ['capacity', 'minimum-patients', 'weights', 'geography'].includes(r.id));
  runDir = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-hearing-run-'));
  const runJson = { synthetic: true, asOf: '2025-07-03', ruleSets: refs, inputs: [], counts: {}, results: {} };
  await writeFile(path.join(runDir, 'run.json'), JSON.stringify(runJson));
  await writeFile(path.join(runDir, 'clinics.csv'), `${[...FIXTURE_CLINICS, HJORRING].join('\n')}\n`);

  dataDir = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-store-'));
  const store = await openStore({ backend: 'pglite', dataDir });
  try {
    const run = await store.registerRun(runJson, (await readRunFolder(runDir, { councils: false })).clinics, { actor });
    const hearing = await store.openHearing({
      region: 'Nordjylland', year: 2025, runId: run.id, actor,
      dates: { 'preliminary-sent': '2025-10-15', 'hearing-deadline': '2025-11-21', 'final-announced': '2025-12-15' },
    });
    hearingId = hearing.id;
    const [laesoe] = await store.listCases(hearing.id).then((cases) => cases.filter((c) => c.providerNumber === '100001'));
    await store.setPreliminary({ caseId: laesoe.id, minimumPerCapacity: 1000, deviationReasonId: 'special-functions', dialogueRequired: false, rules: caseRules, actor });
  } finally {
    await store.close();
  }
});

/** The letters recorded per provider number, read from a freshly opened store. */
async function recordedLetters(): Promise<Record<string, Array<{ kind: string; letterId: string; contentHash: string }>>> {
  const store: HearingStore = await openStore({ backend: 'pglite', dataDir });
  try {
    const result: Record<string, Array<{ kind: string; letterId: string; contentHash: string }>> = {};
    for (const c of await store.listCases(hearingId)) {
      result[c.providerNumber] = (await store.listLetters(c.id)).map(({ kind, letterId, contentHash }) => ({ kind, letterId, contentHash }));
    }
    return result;
  } finally {
    await store.close();
  }
}

describe('fordeling letters --hearing', () => {
  it('writes the round\'s hearing letters from the stored cases and records each letter id on its case, once', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-hearing-out-'));
    expect(await cli('--hearing', hearingId, '--data-dir', dataDir, '--run', runDir, '--letter', 'hoering', '--out', out)).toBe(0);
    expect(output.join('\n')).toContain('2 breve »hoering«: 2 dannet, 0 uændrede');
    expect(output.join('\n')).toContain('Registreret på høringens sager: 2 nye breve, 0 var registreret i forvejen.');

    // The preliminary number and reason come from the store, the deadline from the round's dates.
    const laesoe = await readFile(path.join(out, '100001-hoering.html'), 'utf8');
    expect(laesoe).toContain('1.000');
    expect(laesoe).toContain('21. november 2025');

    const index = await readIndex(out);
    const byProvider = new Map(index.entries.map((e) => [e.providerNumber, e]));
    expect([...byProvider.keys()]).toEqual(['100001', '100006']);
    const recorded = await recordedLetters();
    expect(recorded).toEqual({
      '100001': [{ kind: 'hoering', letterId: byProvider.get('100001')!.id, contentHash: byProvider.get('100001')!.dataHash }],
      '100006': [{ kind: 'hoering', letterId: byProvider.get('100006')!.id, contentHash: byProvider.get('100006')!.dataHash }],
    });
    expect(recorded['100001'][0].letterId).toMatch(/^HOR-2025-100001-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // Re-run (the run now read from the store): nothing rendered, nothing recorded twice.
    expect(await cli('--hearing', hearingId, '--data-dir', dataDir, '--letter', 'hoering', '--out', out)).toBe(0);
    expect(output.join('\n')).toContain('2 breve »hoering«: 0 dannet, 2 uændrede');
    expect(output.join('\n')).toContain('Registreret på høringens sager: 0 nye breve, 2 var registreret i forvejen.');
    expect(await recordedLetters()).toEqual(recorded);
  });

  it('--no-record writes without recording; a later run records the unchanged letters without rendering them again', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-hearing-out-'));
    expect(await cli('--hearing', hearingId, '--data-dir', dataDir, '--letter', 'vejledende', '--out', out, '--no-record')).toBe(0);
    expect(Object.values(await recordedLetters()).flat().filter((l) => l.kind === 'vejledende')).toEqual([]);
    expect(await cli('--hearing', hearingId, '--data-dir', dataDir, '--letter', 'vejledende', '--out', out)).toBe(0);
    expect(output.join('\n')).toContain('2 breve »vejledende«: 0 dannet, 2 uændrede');
    expect(output.join('\n')).toContain('Registreret på høringens sager: 2 nye breve, 0 var registreret i forvejen.');
    expect(Object.values(await recordedLetters()).flat().filter((l) => l.kind === 'vejledende')).toHaveLength(2);
  });

  it('refuses an unknown hearing, a missing database and --cases with --hearing (exit 2)', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-hearing-out-'));
    expect(await cli('--hearing', 'findes-ikke', '--data-dir', dataDir, '--letter', 'hoering', '--out', out)).toBe(2);
    expect(output.join('\n')).toContain('Høringen findes-ikke findes ikke i databasen (pglite).');
    expect(await cli('--hearing', hearingId, '--data-dir', path.join(out, 'ingen-database'), '--letter', 'hoering', '--out', out)).toBe(2);
    expect(output.join('\n')).toContain('Databasen findes ikke i');
    expect(await cli('--hearing', hearingId, '--cases', 'sager.json', '--letter', 'hoering', '--out', out)).toBe(2);
    expect(output.join('\n')).toContain('--hearing og --cases kan ikke bruges sammen');
  });
});
