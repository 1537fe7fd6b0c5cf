// Publishing in one step: validate the whole library with the draft published, run the rule tests,
// diff against the version it succeeds; then set the status and add the lock entry — or refuse,
// changing nothing. A locked version stays protected whatever its status says.
import { describe, expect, it } from 'vitest';
import { canonicalHash } from './canonical-hash.js';
import { loadRules } from './load-rules.js';
import { commitPublication, planPublication } from './publish-rule-set.js';
import { createRegistry } from './registry.js';
import { LOCK_FILE_NAME } from './rule-files.js';
import { normKind } from '../testing/norm-kind.js';
import { lockedSource } from '../testing/memory-rules.js';
import { normDocument } from '../testing/rule-documents.js';

const registry = createRegistry([normKind]);
const published = normDocument({ status: 'published', validTo: undefined, validFrom: '2025-07-03' });
const draftText = (target: number, version = '2026.1') =>
  // The officer's own formatting, which publishing keeps: only "draft" becomes "published".
  `{\n  "id": "norm", "kind": "norm", "version": "${version}",\n  "validFrom": "2026-01-01",\n  "status":   "draft",\n  "title": "Normen", "description": "Ny norm.",\n  "legalBasis": { "instrument": "BEK nr. 975 af 2025" },\n  "content": { "target": { "value": ${target}, "reference": { "instrument": "BEK nr. 100 af 2026", "paragraph": "§ 1" } },\n    "bands": [ { "code": "A", "from": 0, "to": 9, "reference": { "instrument": "BEK nr. 975 af 2025" } } ] }\n}\n`;
const testFile = (minimum: number) => `- name: Fra 2026 er minimum ${minimum}\n  asOf: 2026-03-01\n  evaluate: minimumPerCapacity\n  input: { meanWeight: 1 }\n  expect: { minimum: ${minimum} }\n`;
const bytes = async (source: Awaited<ReturnType<typeof lockedSource>>, path: string) => new TextDecoder().decode(await source.read(path));
const publisher = { by: 'Jurist A', reason: 'Målet sænkes', at: new Date('2026-12-03T09:30:00Z') };

async function setup(target = 1550, minimum = 1550) {
  return lockedSource({ 'bek/norm/2025.1.json': published, 'bek/norm/2026.1.json': draftText(target), 'bek/norm/tests/norm.test.yaml': testFile(minimum) }, registry);
}

describe('publishing a draft', () => {
  it('validates, tests and diffs with the draft published, then writes only the status and the lock entry', async () => {
    const source = await setup();
    const plan = await planPublication(source, registry, 'norm', '2026.1');
    expect(plan.refused).toEqual([]);
    expect(plan.predecessor?.ref.version).toBe('2025.1');
    expect(plan.changes.map((c) => c.sentence)).toContain('Målet for sygdomsvægtede borgere pr. kapacitet ændres fra 1.600 til 1.550 (BEK nr. 100 af 2026, § 1).');
    expect(plan.tests?.summary).toBe('1 passed, 0 failed');
    const entry = await commitPublication(source, plan, publisher);
    expect(await bytes(source, 'bek/norm/2026.1.json')).toBe(draftText(1550).replace('"status":   "draft"', '"status":   "published"'));
    const lock = JSON.parse(await bytes(source, LOCK_FILE_NAME));
    expect(lock['norm@2026.1']).toEqual({ hash: entry.hash, publishedBy: 'Jurist A', publishedAt: '2026-12-03T09:30:00.000Z', reason: 'Målet sænkes' });
    expect(lock['norm@2025.1']).toEqual({ hash: canonicalHash(published) });
    const library = await loadRules(source, registry);
    expect(library.problems).toEqual([]);
    expect(library.bookAt('2025-12-31').compiled<{ target: number }>('norm').target).toBe(1600);
    expect(library.bookAt('2026-01-01').compiled<{ target: number }>('norm').target).toBe(1550);
  });

  it.each([
    ['a failing rule test', () => setup(1550, 1600), 'Regeltesten »Fra 2026 er minimum 1600« fejler med 2026.1 offentliggjort: /minimum: forventede 1.600, fik 1.550'],
    ['an invalid value', () => setup(-5), 'Skal være større end 0, men er -5.'],
  ])('refuses %s, changing nothing', async (_name, make, message) => {
    const source = await make();
    const [file, lock] = [await bytes(source, 'bek/norm/2026.1.json'), await bytes(source, LOCK_FILE_NAME)];
    const plan = await planPublication(source, registry, 'norm', '2026.1');
    expect(plan.refused.map((p) => p.message)).toContainEqual(expect.stringContaining(message));
    await expect(commitPublication(source, plan, publisher)).rejects.toThrow('Versionen kan ikke offentliggøres');
    expect([await bytes(source, 'bek/norm/2026.1.json'), await bytes(source, LOCK_FILE_NAME)]).toEqual([file, lock]);
  });

  it('refuses a version already published, one unknown, and one named as a draft', async () => {
    const source = await lockedSource({ 'bek/norm/2025.1.json': published, 'bek/norm/2026.1-udkast.json': draftText(1550, '2026.1-udkast') }, registry);
    expect((await planPublication(source, registry, 'norm', '2025.1')).refused[0].message).toBe('Version »2025.1« af »norm« er allerede offentliggjort.');
    expect((await planPublication(source, registry, 'norm', '2030.1')).refused[0].message).toBe('Version »2030.1« af »norm« findes ikke. Kendte versioner: 2025.1, 2026.1-udkast.');
    expect((await planPublication(source, registry, 'norm', '2026.1-udkast')).refused[0].message).toContain('en offentliggjort version beholder sit navn for altid');
  });

  it('needs who and why', async () => {
    const source = await setup();
    const plan = await planPublication(source, registry, 'norm', '2026.1');
    await expect(commitPublication(source, plan, { ...publisher, by: ' ' })).rejects.toThrow('Angiv hvem der offentliggør (--by).');
    await expect(commitPublication(source, plan, { ...publisher, reason: '' })).rejects.toThrow('Angiv hvorfor versionen offentliggøres (--reason).');
  });
});

describe('the lock protects a published version whatever its status says', () => {
  it('a locked version edited in place and marked draft again is refused, not a valid draft', async () => {
    const source = await lockedSource({ 'bek/norm/2025.1.json': published }, registry);
    await source.write('bek/norm/2025.1.json', JSON.stringify({ ...published, status: 'draft', content: { ...published.content as object, target: { value: 1, reference: { instrument: 'x' } } } }));
    const library = await loadRules(source, registry);
    expect(library.get('norm', '2025.1')).toBeUndefined();
    expect(library.problems.map((p) => p.message)).toEqual([expect.stringContaining('Version »2025.1« af »norm« er offentliggjort og låst i regler/rules.lock.json, men filen siger nu »draft«. En offentliggjort version kan ikke blive et udkast igen')]);
  });

  it('a lock entry whose file is gone is an error: versions are succeeded, never deleted', async () => {
    const source = await lockedSource({ 'bek/norm/2025.1.json': published, 'bek/norm/2026.1.json': { ...published, version: '2026.1', validFrom: '2026-01-01' } }, registry);
    const without = new (source.constructor as typeof import('./memory-rule-source.js').MemoryRuleSource)({ 'bek/norm/2025.1.json': JSON.stringify(published), [LOCK_FILE_NAME]: await bytes(source, LOCK_FILE_NAME) }, 'regler');
    const library = await loadRules(without, registry);
    expect(library.problems.map((p) => p.message)).toEqual(['Den låste version »norm@2026.1« findes ikke længere som fil. Offentliggjorte versioner slettes aldrig, de afløses; gendan filen.']);
  });
});
