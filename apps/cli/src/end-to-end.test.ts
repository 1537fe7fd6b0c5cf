import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRegistry, defaultRulesDir, formatDate, loadRules, standardKinds, type RuleLibrary } from '@fordeling/engine';
import { openStore, type HearingStore, type OpenStoreOptions } from '@fordeling/store';
import { createApp } from '@fordeling/api-app';
import { backends, TODAY, type TestBackend } from '@fordeling/api-app/testing';
import { postgresSkipNote } from '@fordeling/store/testing';
import { generateSyntheticDenmark } from '@fordeling/synth';
import { run as runLetters } from './commands/letters.js';
import { run as runModel } from './commands/run.js';

// A region's year, walked the way Region Sjælland uses the product: the ministry runs the national
// model on a (synthetic) Denmark and registers the run; the region opens its hearing round, works one
// clinic's case from the advisory number to the final one, decides a capacity request on one of its
// islands, and sends the hearing letters from the store. Every number is checked on the way.

const AS_OF = '2025-07-03';
const REGION = 'Sjælland';
// Fixed by the seed and scale: a Region Sjælland clinic in Køge (1 capacity, 124 listed patients,
// mean weight 1,1401 → 1.600 / 1,1401 = 1.403,4 → 1.403) and a non-bridged island in the same region.
const CLINIC = '100030';
const ISLAND_CLINIC = '100043';
const MODEL_KINDS = ['capacity', 'geography', 'minimum-patients', 'weights'];

let workDir: string;
let outDir: string;
let library: RuleLibrary;
/** run.json's rule sets: id → "version;sha256:…". */
let runRuleSets: Map<string, string>;
let clinicsCsv: Array<Record<string, string>>;

/** A plain CSV with no quoted commas in the columns read here (synthetic addresses have none). */
function parseCsv(text: string): Array<Record<string, string>> {
  const [header, ...rows] = text.trim().split('\n');
  const columns = header.split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((value, i) => [columns[i], value])));
}

/** `Fordeling-Rulesets: capacity@2025.1;sha256:…, …` → id → "version;sha256:…". */
function headerRuleSets(header: string | undefined): Map<string, string> {
  expect(header, 'Fordeling-Rulesets').toBeTruthy();
  return new Map(header!.split(',').map((entry) => {
    const [idVersion, hash] = entry.trim().split(';');
    const at = idVersion.lastIndexOf('@');
    return [idVersion.slice(0, at), `${idVersion.slice(at + 1)};${hash}`];
  }));
}

function quiet(): void {
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'fordeling-e2e-'));
  library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
});
afterAll(async () => {
  vi.restoreAllMocks();
  await rm(workDir, { recursive: true, force: true });
});

describe('end to end: synthetic Denmark → model run → hearing → decision → letters', () => {
  it('(1) the national model through `fordeling run`: the advisory minimum is 1.600 / mean weight, rounded, at most 2.700', async () => {
    const input = join(workDir, 'input');
    outDir = join(workDir, 'run-2025');
    const manifest = await generateSyntheticDenmark({ outDir: input, seed: 3, scale: 0.002 });
    expect(manifest.synthetic).toBe(true);
    quiet();
    try {
      expect(await runModel(['--input', input, '--out', outDir, '--as-of', AS_OF])).toBe(0);
    } finally {
      vi.restoreAllMocks();
    }

    const runJson = JSON.parse(await readFile(join(outDir, 'run.json'), 'utf8'));
    expect(runJson).toMatchObject({ synthetic: true, asOf: AS_OF });
    runRuleSets = new Map(runJson.ruleSets.map((r: { id: string; version: string; hash: string }) => [r.id, `${r.version};${r.hash}`]));
    expect([...runRuleSets.keys()]).toEqual(expect.arrayContaining(MODEL_KINDS));

    clinicsCsv = parseCsv(await readFile(join(outDir, 'clinics.csv'), 'utf8'));
    expect(clinicsCsv).toHaveLength(manifest.clinics);
    expect(runJson.counts.clinics).toBe(manifest.clinics);
    const clinic = clinicsCsv.find((c) => c.provider_number === CLINIC)!;
    expect(clinic).toMatchObject({ region: 'Region Sjælland', municipality: 'Køge', capacities: '1', listed_patients: '124', mean_weight: '1.1401' });
    const meanWeight = Number(clinic.mean_weight);
    expect(Number(clinic.advisory_minimum_per_capacity)).toBe(Math.min(Math.round(1600 / meanWeight), 2700));
    expect(Number(clinic.advisory_minimum_per_capacity)).toBe(1403);
    expect(Number(clinic.advisory_minimum_total)).toBe(1403);
    for (const c of clinicsCsv) expect(Number(c.advisory_minimum_per_capacity)).toBeLessThanOrEqual(2700);
    expect(clinicsCsv.find((c) => c.provider_number === ISLAND_CLINIC)).toMatchObject({ council: 'Midt- og Vestsjælland', island: 'Omø' });
  });

  if (postgresSkipNote) it.skip(postgresSkipNote, () => undefined);

  describe.each(backends)('the region\'s year over the API and the letters CLI ($name)', (backend: TestBackend) => {
    let store: HearingStore;
    let app: Express;
    let dispose: () => Promise<void>;
    let storeOptions: OpenStoreOptions;
    const tokens = { ministry: '', region: '' };
    let hearingId: string;
    let hearingDates: Record<string, string>;
    const seen: Array<{ route: string; header: string | undefined }> = [];

    const startApi = async () => {
      store = await openStore(storeOptions);
      app = createApp({ store, library, logger: pino({ level: 'silent' }), clock: () => TODAY, rateLimit: false, tokenCacheMs: 0, runsRoot: workDir });
    };
    /** Every response is kept so its Fordeling-Rulesets header can be checked against run.json. */
    const call = async (method: 'get' | 'post', route: string, token: string, body?: object) => {
      const req = request(app)[method](route).set('Authorization', `Bearer ${token}`);
      const res = body ? await req.send(body) : await req;
      seen.push({ route: `${method.toUpperCase()} ${route} → ${res.status}`, header: res.headers['fordeling-rulesets'] });
      return res;
    };

    beforeAll(async () => {
      const target = await backend.create();
      storeOptions = target.options;
      dispose = target.dispose;
      await startApi();
      tokens.ministry = (await store.createToken({ role: 'ministry', label: 'e2e ministeriet' })).token;
      tokens.region = (await store.createToken({ role: 'region', region: REGION, label: 'e2e Region Sjælland' })).token;
    });
    afterAll(async () => {
      await store?.close();
      await dispose?.();
    });

    it('(2) the ministry registers the run; the region opens its round and walks one case to its final number', async () => {
      const registered = await call('post', '/v1/runs', tokens.ministry, { path: 'run-2025' });
      expect(registered.status).toBe(201);
      expect(registered.body).toMatchObject({ asOf: AS_OF, synthetic: true });
      const runId: string = registered.body.id;
      // A region may not register runs.
      expect((await call('post', '/v1/runs', tokens.region, { path: 'run-2025' })).status).toBe(403);

      const opened = await call('post', '/v1/hearings', tokens.region, { runId });
      expect(opened.status).toBe(201);
      expect(opened.body).toMatchObject({ region: 'Region Sjælland', year: 2025, runId });
      hearingId = opened.body.id;
      hearingDates = opened.body.dates;
      expect(Object.keys(hearingDates)).toEqual(expect.arrayContaining(['preliminary-sent', 'hearing-deadline', 'final-announced', 'final-effective']));
      const cases = await call('get', `/v1/hearings/${hearingId}/cases`, tokens.region);
      expect(cases.status).toBe(200);
      const sjaelland = clinicsCsv.filter((c) => c.region === 'Region Sjælland').map((c) => c.provider_number).sort();
      expect(cases.body.cases.map((c: { providerNumber: string }) => c.providerNumber).sort()).toEqual(sjaelland);
      expect(cases.body.cases.find((c: { providerNumber: string }) => c.providerNumber === CLINIC)).toMatchObject({
        status: 'advisory', version: 1, capacities: 1, listedPatients: 124, meanWeight: 1.1401, advisoryMinimumPerCapacity: 1403, advisoryMinimumTotal: 1403,
      });

      const step = (name: string, body: object) => call('post', `/v1/cases/${CLINIC}/${name}`, tokens.region, body);
      // Any deviation from the advisory 1.403 needs a reason from the minimum-patients rule set (share 0).
      expect((await step('preliminary', { minimumPerCapacity: 1500 })).status).toBe(422);
      const preliminary = await step('preliminary', { minimumPerCapacity: 1500, deviationReasonId: 'special-functions' });
      expect(preliminary.status).toBe(200);
      // 124 patients on 1 capacity: 1.500 ≥ 124 × 1,1, so the region must offer a dialogue.
      expect(preliminary.body).toMatchObject({ status: 'preliminary', version: 2, preliminary: { minimumPerCapacity: 1500, deviationReasonId: 'special-functions', dialogueRequired: true } });
      expect((await step('preliminary', { minimumPerCapacity: 1500, deviationReasonId: 'special-functions' })).status).toBe(409);

      const response = await step('response', { comment: 'Vi kan højst tage 1.450 patienter.', maximumPatients: 1450 });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'response', version: 3, response: { comment: 'Vi kan højst tage 1.450 patienter.', maximumPatients: 1450 } });
      expect((await step('response', { comment: 'Igen.' })).status).toBe(409);

      const final = await step('final', { minimumPerCapacity: 1450, reasonId: 'staff-capacity' });
      expect(final.status).toBe(200);
      // The final number takes effect on the round's final-effective date: 1 February 2026.
      expect(final.body).toMatchObject({ status: 'final', version: 4, final: { minimumPerCapacity: 1450, effectiveDate: '2026-02-01' } });
      expect(final.body.history.map((h: { toStatus: string }) => h.toStatus)).toEqual(expect.arrayContaining(['preliminary', 'response', 'final']));
      const repeated = await step('final', { minimumPerCapacity: 1450, reasonId: 'staff-capacity' });
      expect(repeated.status).toBe(409);
      expect(repeated.headers['content-type']).toMatch(/problem\+json/);
    });

    it('(3) a capacity request on a non-bridged island before 2027 is granted as an exception', async () => {
      const decision = await call('post', '/v1/decisions/capacity', tokens.region, {
        date: '2025-10-01',
        council: 'Midt- og Vestsjælland',
        request: 'new',
        existingCapacities: 150,
        ceiling: 150,
        clinic: { providerNumber: ISLAND_CLINIC, island: 'Omø' },
        regionFindsCoverageInsufficient: true,
        extraordinaryGrowth: { documented: false, projectedGrowthPct: 0.4 },
      });
      expect(decision.status).toBe(201);
      expect(decision.body).toMatchObject({ outcome: 'granted', basis: 'non-bridged-island', asOf: '2025-10-01' });
      expect(decision.body.explanation.join(' ')).toContain('ikke-brofaste ø Omø');
      // Another region's council is refused.
      const other = await call('post', '/v1/decisions/capacity', tokens.region, {
        date: '2025-10-01', council: 'Vendsyssel', request: 'new', existingCapacities: 120, ceiling: 126,
        clinic: { providerNumber: '123456' }, regionFindsCoverageInsufficient: false, extraordinaryGrowth: { documented: false, projectedGrowthPct: 0.5 },
      });
      expect(other.status).toBe(403);
    });

    it('(4) `fordeling letters --hearing` writes the hearing letters from the store and records their ids on the cases', async () => {
      const letters = join(workDir, `letters-${backend.name}`);
      const args = ['--hearing', hearingId, '--letter', 'hoering', '--out', letters];
      const databaseUrl = process.env.DATABASE_URL;
      // The letters CLI opens the store as `fordeling serve` does: DATABASE_URL, else PGlite in --data-dir.
      if (backend.name === 'postgres') process.env.DATABASE_URL = storeOptions.databaseUrl;
      else {
        delete process.env.DATABASE_URL;
        args.push('--data-dir', storeOptions.dataDir!);
        // A PGlite folder is opened by one process at a time (docs/store.md): the server stops meanwhile.
        await store.close();
      }
      const output: string[] = [];
      vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void output.push(parts.join(' ')));
      vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void output.push(parts.join(' ')));
      try {
        expect(await runLetters(args), output.join('\n')).toBe(0);
      } finally {
        vi.restoreAllMocks();
        if (databaseUrl === undefined) delete process.env.DATABASE_URL;
        else process.env.DATABASE_URL = databaseUrl;
        if (backend.name === 'pglite') await startApi();
      }
      const sjaelland = clinicsCsv.filter((c) => c.region === 'Region Sjælland').length;
      expect(output.join('\n')).toContain(`${sjaelland} breve »hoering«: ${sjaelland} dannet, 0 uændrede`);
      expect(output.join('\n')).toContain(`Registreret på høringens sager: ${sjaelland} nye breve, 0 var registreret i forvejen.`);

      const html = await readFile(join(letters, `${CLINIC}-hoering.html`), 'utf8');
      const letterId = /<meta name="letter-id" content="([^"]+)"/.exec(html)?.[1];
      expect(letterId).toMatch(new RegExp(`^HOR-2025-${CLINIC}-[0-9A-Z]{4}-[0-9A-Z]{4}$`));
      expect(html).toContain('SYNTETISKE DATA');
      const text = html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      // The preliminary number from the store in Danish format, its deviation from the advisory 1.403
      // (1.500 − 1.403 = 97) with the reason, the dialogue (1.500 / 124 − 1 = 1.110 %) and the round's deadline.
      // A hearing proposes (»påtænker at fastsætte«): nothing is decided before the clinic is heard.
      expect(text).toContain('Det minimumspatienttal, regionen påtænker at fastsætte: 1.500 patienter pr. lægekapacitet , i alt 1.500 patienter');
      expect(text).toContain('Vejledende minimumspatienttal pr. lægekapacitet 1.403');
      expect(text).toContain('Det foreløbige tal er 97 patienter pr. lægekapacitet højere end det vejledende minimumspatienttal. Regionen lægger vægt på: Særlige funktioner, som klinikken varetager (Sundhedsloven, § 206 b, stk. 3).');
      expect(text).toContain('1.600 / 1,14 = 1.403,4, afrundet til nærmeste hele tal: 1.403');
      expect(text).toContain('Det foreløbige tal er 1.110 % højere');
      expect(text).toContain(`Høringsfrist: ${formatDate(hearingDates['hearing-deadline'])}`);
      expect(text).not.toMatch(/\b1500\b/);

      const detail = await call('get', `/v1/cases/${CLINIC}`, tokens.region);
      expect(detail.status).toBe(200);
      expect(detail.body.letters).toEqual([expect.objectContaining({ kind: 'hoering', letterId })]);
    });

    it('(5) every response names the same model rule-set versions and hashes as run.json', () => {
      expect(seen.length).toBeGreaterThanOrEqual(14);
      for (const { route, header } of seen) {
        const used = headerRuleSets(header);
        for (const kind of MODEL_KINDS) expect(used.get(kind), `${route}: ${kind}`).toBe(runRuleSets.get(kind));
      }
    });
  });
});
