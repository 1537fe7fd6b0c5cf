// The library composed of two sources — the shipped folder and the versions published through the
// store — loads and checks exactly like one folder holding both: succession, amendments and the lock
// across the two, a differing copy reported, a broken lock named where it is.
import { describe, expect, it } from 'vitest';
import { canonicalHash } from './canonical-hash.js';
import { checkRuleText } from './check-rule-text.js';
import { CompositeRuleSource } from './composite-rule-source.js';
import { lockFileText } from './lock-file.js';
import { loadRules } from './load-rules.js';
import { MemoryRuleSource } from './memory-rule-source.js';
import { createRegistry } from './registry.js';
import { LOCK_FILE_NAME } from './rule-files.js';
import { lockedSource } from '../testing/memory-rules.js';
import { normKind } from '../testing/norm-kind.js';
import { normDocument } from '../testing/rule-documents.js';

const registry = createRegistry([normKind]);
const v2025 = normDocument({ status: 'published', validTo: undefined, validFrom: '2025-07-03' });
const v2026 = normDocument({ version: '2026.1', status: 'published', validTo: undefined, validFrom: '2026-01-01' }, { target: { value: 1550, reference: { instrument: 'BEK nr. 100 af 2026' } } });
const text = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;

/** The store's side: published versions and their lock entries, as StoreRuleSource shows them. */
function storeSide(files: Record<string, unknown>, label = 'databasen') {
  const lock = Object.fromEntries(Object.entries(files).map(([, doc]) => [`${(doc as { id: string }).id}@${(doc as { version: string }).version}`, { hash: canonicalHash(doc), publishedBy: 'Jurist B' }]));
  return new MemoryRuleSource({ ...Object.fromEntries(Object.entries(files).map(([p, d]) => [p, text(d)])), [LOCK_FILE_NAME]: lockFileText(lock) }, label);
}

describe('CompositeRuleSource', () => {
  it('loads the folder and the store as one library: the later version succeeds the earlier across sources', async () => {
    const folder = await lockedSource({ 'bek/norm/2025.1.json': v2025 }, registry);
    const library = await loadRules(new CompositeRuleSource([folder, storeSide({ 'bek/norm/2026.1.json': v2026 })]), registry);
    expect(library.problems).toEqual([]);
    expect(library.versions('norm').map((r) => r.file)).toEqual(['regler/bek/norm/2025.1.json', 'databasen/bek/norm/2026.1.json']);
    expect(library.bookAt('2025-12-31').compiled<{ target: number }>('norm').target).toBe(1600);
    expect(library.bookAt('2026-01-01').compiled<{ target: number }>('norm').target).toBe(1550);
    expect(library.lockEntries['norm@2026.1']).toEqual({ hash: canonicalHash(v2026), publishedBy: 'Jurist B' });
    expect(library.lockEntries['norm@2025.1']).toEqual({ hash: canonicalHash(v2025) });
  });

  it('applies the succession checks across the sources: two published versions starting the same day', async () => {
    const folder = await lockedSource({ 'bek/norm/2025.1.json': v2025, 'bek/norm/2026.1.json': v2026 }, registry);
    const same = { ...v2026, version: '2026.2' };
    const library = await loadRules(new CompositeRuleSource([folder, storeSide({ 'bek/norm/2026.2.json': same })]), registry);
    expect(library.problems.map((p) => p.file)).toEqual(['databasen/bek/norm/2026.2.json']);
    expect(library.problems[0].message).toContain('1. januar 2026');
  });

  it('reports a copy in the folder that differs from what was published through the store', async () => {
    const edited = normDocument({ version: '2026.1', status: 'published', validTo: undefined, validFrom: '2026-01-01' }, { target: { value: 1500, reference: { instrument: 'BEK nr. 100 af 2026' } } });
    const folder = await lockedSource({ 'bek/norm/2025.1.json': v2025, 'bek/norm/2026.1.json': edited }, registry);
    const library = await loadRules(new CompositeRuleSource([folder, storeSide({ 'bek/norm/2026.1.json': v2026 })]), registry);
    expect(library.problems).toHaveLength(1);
    expect(library.problems[0].file).toBe('regler/bek/norm/2026.1.json');
    expect(library.problems[0].message).toContain(`låst ${canonicalHash(v2026).slice(0, 19)}`);
    expect(library.get('norm', '2026.1')).toBeUndefined();
  });

  it('accepts an identical copy (an export archived in the folder)', async () => {
    const folder = await lockedSource({ 'bek/norm/2025.1.json': v2025, 'bek/norm/2026.1.json': v2026 }, registry);
    const library = await loadRules(new CompositeRuleSource([folder, storeSide({ 'bek/norm/2026.1.json': v2026 })]), registry);
    expect(library.problems).toEqual([]);
    expect(library.get('norm', '2026.1')?.file).toBe('regler/bek/norm/2026.1.json');
  });

  it('passes a broken lock on as it is, named as its own file, with its position', async () => {
    const folder = await lockedSource({ 'bek/norm/2025.1.json': v2025 }, registry);
    const store = new MemoryRuleSource({ 'bek/norm/2026.1.json': text(v2026), [LOCK_FILE_NAME]: '{ "norm@2026.1": 5 }\n' }, 'databasen');
    const library = await loadRules(new CompositeRuleSource([folder, store]), registry);
    const lockProblem = library.problems.find((p) => p.file === 'databasen/rules.lock.json');
    expect(lockProblem).toMatchObject({ line: 1, pointer: '/norm@2026.1' });
    // The folder's lock is left out with it: its version is reported as not locked, never trusted quietly.
    expect(library.problems.some((p) => p.code === 'not-locked' && p.file === 'regler/bek/norm/2025.1.json')).toBe(true);
  });

  it('checks a draft text as a file of the composed library (checkRuleText)', async () => {
    const folder = await lockedSource({ 'bek/norm/2025.1.json': v2025 }, registry);
    const source = new CompositeRuleSource([folder, storeSide({ 'bek/norm/2026.1.json': v2026 })]);
    const { content: _whole, ...header } = normDocument({ version: '2026.2', validFrom: '2026-06-01', validTo: undefined });
    const amendment = { ...header, amends: '2026.1', changes: [{ op: 'replace', path: '/content/target/value', value: 1500, reference: { instrument: 'BEK nr. 200 af 2026' } }] };
    const ok = await checkRuleText(source, registry, 'bek/norm/2026.2.json', text(amendment));
    expect(ok.problems).toEqual([]);
    expect(ok.ruleSet?.document.content).toMatchObject({ target: { value: 1500 } });
    const missing = await checkRuleText(source, registry, 'bek/norm/2026.2.json', text({ ...amendment, amends: '2026.9' }));
    expect(missing.problems.map((p) => p.pointer)).toEqual(['/amends']);
    expect(missing.file).toBe('regler/bek/norm/2026.2.json');
  });
});
