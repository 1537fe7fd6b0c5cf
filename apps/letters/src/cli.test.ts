import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRegistry, decide, defaultRulesDir, loadRules, standardKinds } from '@fordeling/engine';
import { defaultTemplatesDir, readIndex } from '@fordeling/letters';
import { FIXTURE_CLINICS, islandDecision } from '@fordeling/letters/testing';
import { lettersCli } from './testing/letters-cli.js';

// End to end through the CLI entry, against the shipped rules/ and templates/: a run folder whose
// run.json names the real rule-set versions, and the five worked-example clinics.
let runDir: string;
const { cli, output } = lettersCli();

beforeAll(async () => {
  const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
  const refs = library.bookAt('2025-07-03').refs().filter((r) => ['capacity', 'minimum-patients', 'weights', 'geography'].includes(r.id));
  runDir = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-app-'));
  await writeFile(path.join(runDir, 'run.json'), JSON.stringify({ synthetic: true, asOf: '2025-07-03', ruleSets: refs, inputs: [], counts: {}, results: {} }));
  await writeFile(path.join(runDir, 'clinics.csv'), `${FIXTURE_CLINICS.join('\n')}\n`);
});

describe('fordeling letters', () => {
  it('writes the region\'s letters, then skips them on a re-run', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-out-'));
    expect(await cli('--run', runDir, '--letter', 'vejledende', '--out', out, '--region', 'Nordjylland')).toBe(0);
    expect(output.join('\n')).toContain('1 brev »vejledende«: 1 dannet, 0 uændrede');
    // The advisory letter's timeline prints the two dates the 2025 round only has illustratively.
    expect(output.filter((line) => line.startsWith('Advarsel: Tidsplanen'))).toEqual([
      expect.stringMatching(/^Advarsel: Tidsplanen for 2025: »Foreløbigt minimumspatienttal sendes i høring« 15\. oktober 2025 er en illustrativ dato, men står i brevene som en fast dato\. Ret den i rules\/bek-975-2025\/timeline\/2025\.1\.json \/content\/rounds\/0\/steps\/2\/date, før brevene sendes\.$/),
      expect.stringMatching(/^Advarsel: Tidsplanen for 2025: »Frist for klinikkens bemærkninger.*« 15\. november 2025 er en illustrativ dato, men står i brevene som en fast dato\. Ret den i rules\/bek-975-2025\/timeline\/2025\.1\.json \/content\/rounds\/0\/steps\/3\/date, før brevene sendes\.$/),
    ]);
    const html = await readFile(path.join(out, '100001-vejledende.html'), 'utf8');
    expect(html).toContain('1.103');
    expect(html).toContain('2.206');
    expect(html).toContain('1. februar 2026');
    expect(await cli('--run', runDir, '--letter', 'vejledende', '--out', out)).toBe(0);
    expect(output.join('\n')).toContain('5 breve »vejledende«: 4 dannet, 1 uændrede');
    expect((await readIndex(out)).entries).toHaveLength(5);
  });

  it('uses a cases file for hearing letters and exits 1 naming the clinic whose case cannot be used', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-out-'));
    const cases = path.join(out, 'sager.json');
    await writeFile(cases, JSON.stringify({ cases: [
      { providerNumber: '100001', preliminaryPerCapacity: 1000, deviationReason: 'special-functions', hearingDeadline: '2025-11-21' },
      { providerNumber: '100002', preliminaryPerCapacity: 2000 },
    ] }));
    expect(await cli('--run', runDir, '--letter', 'hoering', '--out', out, '--cases', cases)).toBe(1);
    const text = output.join('\n');
    expect(text).toMatch(/Fejl: ydernummer 100002 \(Lægehuset Østerbro\): Det foreløbige minimumspatienttal afviger 17,6 % fra det vejledende tal \(1\.700\)/);
    expect(text).toContain('5 breve »hoering«: 4 dannet, 0 uændrede (sprunget over), 1 fejlede');
    expect(await readFile(path.join(out, '100001-hoering.html'), 'utf8')).toContain('21. november 2025');
    expect(text).toMatch(/Advarsel: Tidsplanen for 2025: »Frist for klinikkens bemærkninger.*« 15\. november 2025 er en illustrativ dato, men står som fast frist i hvert brev med den frist\./);
    expect(text).not.toContain('»Foreløbigt minimumspatienttal sendes i høring«');
  });

  it('stops before writing anything when a template uses an unknown field, naming file, line and field', async () => {
    const templates = await mkdtemp(path.join(tmpdir(), 'fordeling-templates-'));
    await cp(defaultTemplatesDir, templates, { recursive: true });
    const file = path.join(templates, 'afgoerelse', 'letter.hbs');
    await writeFile(file, `${await readFile(file, 'utf8')}\n<p>{{clinic.doctor}}</p>\n`);
    const lines = (await readFile(file, 'utf8')).split('\n').length - 1;
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-out-'));
    expect(await cli('--run', runDir, '--letter', 'afgoerelse', '--out', out, '--templates', templates)).toBe(2);
    expect(output.join('\n')).toContain(`afgoerelse/letter.hbs:${lines}:6 »clinic.doctor« feltet »doctor« findes ikke i brevets data`);
    expect(output.join('\n')).toContain('ingen breve er dannet');
    expect(await cli('check', '--templates', templates)).toBe(1);
    expect(await cli('check')).toBe(0);
  });

  it('writes capacity decision letters from a decisions file; a second decision for the same clinic fails', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-out-'));
    const decisions = path.join(out, 'afgoerelser.json');
    await writeFile(decisions, JSON.stringify({ decisions: [islandDecision, islandDecision] }));
    expect(await cli('--run', runDir, '--letter', 'kapacitet', '--out', out, '--decisions', decisions)).toBe(1);
    expect(output.join('\n')).toContain('Fejl: ydernummer 100001 (Lægerne på Læsø): der er flere afgørelser for ydernummeret i filen');
    const html = await readFile(path.join(out, '100001-kapacitet.html'), 'utf8');
    expect(html).toContain('Anmodningen er <strong>imødekommet</strong>');
    expect(html).toContain('31. december 2026');
    expect(await cli('--run', runDir, '--letter', 'kapacitet', '--out', out)).toBe(2);
    expect(output.join('\n')).toContain('kræver --decisions FIL');
  });

  // A decision letter states how the hearing ended; without the cases it would invent that outcome.
  it('refuses decision letters without the cases, saying what is needed', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-out-'));
    expect(await cli('--run', runDir, '--letter', 'afgoerelse', '--out', out)).toBe(2);
    const text = output.join('\n');
    expect(text).toContain('Afgørelsesbrevet (»afgoerelse«) kræver sagerne: brug --hearing ID');
    expect(text).toContain('Uden dem ville brevet påstå et udfald af høringen, som ikke kendes.');
    expect(text).not.toContain('Vi har ikke modtaget bemærkninger');
  });

  it('writes the decision letter from a case decided without a response, and warns while the complaint guidance is unconfirmed', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-out-'));
    const cases = path.join(out, 'sager.json');
    await writeFile(cases, JSON.stringify({ cases: [{ providerNumber: '100004', finalPerCapacity: 1159, decidedWithoutResponse: true, hearingDeadline: '2025-11-15' }] }));
    expect(await cli('--run', runDir, '--letter', 'afgoerelse', '--out', out, '--cases', cases)).toBe(0);
    const text = output.join('\n');
    expect(text).toContain('1 brev »afgoerelse«: 1 dannet');
    expect(text).toContain('Advarsel: Klagevejledningen (templates/_shared/klagevejledning.hbs) er ikke bekræftet af Region Syddanmarks jurister');
    const html = await readFile(path.join(out, '100004-afgoerelse.html'), 'utf8');
    expect(html).toContain('inden høringsfristen den 15. november 2025. Afgørelsen er derfor truffet på det foreliggende grundlag.');
  });

  // GET /v1/decisions lists stored decisions without their trace: the letters decide each again under
  // its own rule-set versions and check that it comes out as stored.
  it('accepts decisions exported from the API, rebuilding each and refusing one that no longer comes out as stored', async () => {
    const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
    const request = { date: '2025-10-01', council: 'Vendsyssel', request: 'new', existingCapacities: 120.5, ceiling: 120, clinic: { providerNumber: '100001', island: 'Læsø' }, regionFindsCoverageInsufficient: true };
    const decision = await decide(request, library.bookAt('2025-10-01'));
    const stored = { id: 'd-1', request, outcome: decision.outcome, basis: decision.basis, validUntil: null, decidingRule: decision.decidingRule, explanation: decision.explanation, asOf: decision.asOf, ruleSets: decision.ruleSets, region: 'nordjylland', council: 'Vendsyssel', actorId: 'token:1', createdAt: '2025-10-01T10:00:00.000Z' };
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-out-'));
    const file = path.join(out, 'api.json');
    await writeFile(file, JSON.stringify({ decisions: [stored] }));
    expect(await cli('--run', runDir, '--letter', 'kapacitet', '--out', out, '--decisions', file)).toBe(0);
    const html = await readFile(path.join(out, '100001-kapacitet.html'), 'utf8');
    expect(html).toContain('Anmodningen er <strong>imødekommet</strong>');
    expect(html).toContain('Undtagelsen for ikke-brofaste øer');
    // The rule sets by their titles, never by id and version.
    expect(html).toContain('Afgørelser om nye lægekapaciteter og genbesættelse');
    expect(html).not.toMatch(/\bdecisions 2025\.1\b/);

    const other = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-out-'));
    await writeFile(file, JSON.stringify({ decisions: [{ ...stored, outcome: 'refused', basis: 'ceiling-reached', decidingRule: 'ceiling-reached' }] }));
    expect(await cli('--run', runDir, '--letter', 'kapacitet', '--out', other, '--decisions', file)).toBe(1);
    expect(output.join('\n')).toContain('Fejl: ydernummer 100001 (Lægerne på Læsø): Afgørelsen kan ikke genskabes: genskabt giver den granted/non-bridged-island, gemt er refused/ceiling-reached');
  });

  // Geography 2027.1: Region Hovedstaden and Region Sjælland become Region Østdanmark on 1 January
  // 2027. The 2026 round's number applies from 1 February 2027, so its letters name the successor.
  it('names the region that takes over when the letter takes effect after the sender region ceases', async () => {
    const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
    const refs = library.bookAt('2026-07-03').refs().filter((r) => ['capacity', 'minimum-patients', 'weights', 'geography'].includes(r.id));
    const run2026 = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-app-'));
    await writeFile(path.join(run2026, 'run.json'), JSON.stringify({ synthetic: true, asOf: '2026-07-03', ruleSets: refs, inputs: [], counts: {}, results: {} }));
    await writeFile(path.join(run2026, 'clinics.csv'), `${FIXTURE_CLINICS.join('\n')}\n`);
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-out-'));
    expect(await cli('--run', run2026, '--letter', 'vejledende', '--out', out)).toBe(0);
    const sorø = await readFile(path.join(out, '100003-vejledende.html'), 'utf8');
    expect(sorø).toContain('Fra 1. januar 2027: Region Østdanmark');
    expect(sorø).toContain('Region Sjælland findes ikke længere fra 1. januar 2027. Fra den dag varetager Region Østdanmark opgaven');
    expect(await readFile(path.join(out, '100004-vejledende.html'), 'utf8')).not.toContain('findes ikke længere');
  });

  it('lists the fields a template may use', async () => {
    expect(await cli('fields', '--letter', 'hoering')).toBe(0);
    expect(output.join('\n')).toMatch(/hearing\.deadline\s+string\s+altid\s+Høringsfrist/);
  });
});
