// Amendments ("ændringsbekendtgørelser"): a version written as only what changes, each change with its
// own reference. The loader resolves the full content; the lock's hash, the diff and the history are
// those of the resolved content, so a version reads the same whichever way it was written.
import { describe, expect, it } from 'vitest';
import { canonicalHash } from './canonical-hash.js';
import { diffRuleSets } from './diff-rule-sets.js';
import { loadRules } from './load-rules.js';
import { createRegistry } from './registry.js';
import { ruleSetHistory } from './rule-history.js';
import { normKind } from '../testing/norm-kind.js';
import { lockedLibrary, memorySource } from '../testing/memory-rules.js';
import { normDocument, positionOf } from '../testing/rule-documents.js';

const registry = createRegistry([normKind]);
const bek = (paragraph: string) => ({ instrument: 'BEK nr. 100 af 2026', paragraph });
const band = (code: string, from: number, to: number) => ({ code, from, to, reference: { instrument: 'BEK nr. 975 af 2025', paragraph: '§ 5' } });
const base = normDocument({ status: 'published', validTo: undefined, validFrom: '2025-07-03' }, { bands: [band('A', 0, 9), band('B', 10, 19)] });
const header = { id: 'norm', kind: 'norm', version: '2026.1', validFrom: '2026-01-01', status: 'published', title: 'Normen', description: 'Test.', legalBasis: { instrument: 'BEK nr. 975 af 2025' } };
const amendment = (changes: unknown[], extra: Record<string, unknown> = {}) => ({ ...header, amends: '2025.1', changes, ...extra });
const files = (second: Record<string, unknown> | string, more: Record<string, Record<string, unknown> | string> = {}) => ({ 'bek/norm/2025.1.json': base, 'bek/norm/2026.1.json': second, ...more });

async function problemsOf(second: Record<string, unknown> | string, more = {}) {
  const library = await loadRules(memorySource(files(second, more)), registry);
  return library.problems.filter((p) => p.code !== 'not-locked').map((p) => ({ file: p.file, line: p.line, column: p.column, pointer: p.pointer, message: p.message }));
}

const changes = [
  { op: 'replace', path: '/content/target/value', value: 1550, reference: bek('§ 1, nr. 1') },
  { op: 'replace', path: '/content/bands/[code=B]/to', value: 29, reference: bek('§ 1, nr. 2') },
  { op: 'add', path: '/content/bands/-', value: { code: 'C', from: 30, to: 39, reference: bek('§ 1, nr. 3') } },
  { op: 'remove', path: '/content/bands/[code=A]', reference: bek('§ 1, nr. 4') },
];
const whole = {
  ...header,
  content: {
    target: { value: 1550, reference: bek('§ 1, nr. 1') },
    bands: [
      { code: 'B', from: 10, to: 29, reference: bek('§ 1, nr. 2') },
      { code: 'C', from: 30, to: 39, reference: bek('§ 1, nr. 3') },
    ],
  },
};

describe('amendments', () => {
  it('resolve to the same content, hash, diff and history as the version written whole', async () => {
    const amended = await lockedLibrary(files(amendment(changes)), registry);
    const written = await lockedLibrary(files(whole), registry);
    expect(amended.problems).toEqual([]);
    const [a, w] = [amended.get('norm', '2026.1')!, written.get('norm', '2026.1')!];
    expect(a.document).toEqual(w.document);
    expect(a.hash).toBe(canonicalHash(whole));
    expect(a.hash).toBe(w.hash);
    expect(a.amends).toBe('2025.1');
    expect(w.amends).toBeUndefined();
    const sentences = (library: typeof amended) => diffRuleSets(library.get('norm', '2025.1')!, library.get('norm', '2026.1')!, registry).map((c) => c.sentence);
    expect(sentences(amended)).toEqual(sentences(written));
    expect(sentences(amended)).toContain('Målet for sygdomsvægtede borgere pr. kapacitet ændres fra 1.600 til 1.550 (BEK nr. 100 af 2026, § 1, nr. 1).');
    const history = (library: typeof amended) => ruleSetHistory(library, 'norm').provisions;
    expect(history(amended)).toEqual(history(written));
  });

  it('a change of a parameter’s value gives the parameter the change’s reference', async () => {
    const library = await lockedLibrary(files(amendment([changes[0]])), registry);
    expect(library.get('norm', '2026.1')!.document.content).toMatchObject({ target: { value: 1550, reference: bek('§ 1, nr. 1') } });
  });

  it('reports a wrong value at the change that wrote it, with the place in the resolved content', async () => {
    const text = `${JSON.stringify(amendment([{ op: 'replace', path: '/content/target/value', value: 'mange', reference: bek('§ 1') }]), null, 2)}\n`;
    expect(await problemsOf(text)).toEqual([
      { file: 'regler/bek/norm/2026.1.json', ...positionOf(text, '"mange"'), pointer: '/changes/0/value', message: 'Skal være et tal, men er tekst (»mange«). (i det samlede indhold: /content/target/value)' },
    ]);
  });

  it('reports a problem in content inherited unchanged at »amends«, naming the inherited place', async () => {
    const text = `${JSON.stringify(amendment([{ op: 'replace', path: '/content/bands/[code=A]/to', value: 15, reference: bek('§ 1') }]), null, 2)}\n`;
    expect(await problemsOf(text)).toEqual([
      { file: 'regler/bek/norm/2026.1.json', ...positionOf(text, '"2025.1"'), pointer: '/content/bands/1/from', message: 'I indholdet fra version 2025.1 (/content/bands/1/from), som ændringerne efterlader: Intervaller, rækken »B«: Intervallet »B« overlapper intervallet »A«.' },
    ]);
  });

  it.each([
    ['a place that does not exist', { op: 'replace', path: '/content/targt/value', value: 1, reference: bek('§ 1') }, '/changes/0/path', '»/content/targt« findes ikke i version 2025.1. Mente du »target«?'],
    ['a row that does not exist', { op: 'replace', path: '/content/bands/[code=D]/to', value: 1, reference: bek('§ 1') }, '/changes/0/path', 'Rækken [code=D] findes ikke i »/content/bands« i version 2025.1.'],
    ['a row added twice', { op: 'add', path: '/content/bands/[code=A]', value: {}, reference: bek('§ 1') }, '/changes/0/path', 'Rækken [code=A] findes allerede i »/content/bands«; brug »replace« for at ændre den.'],
    ['a malformed row selector', { op: 'remove', path: '/content/bands/[code]', reference: bek('§ 1') }, '/changes/0/path', '»[code]« er ikke en gyldig rækkeangivelse; skriv fx »[id=Vendsyssel]« eller »[sex=K,ageBand=15-24]«.'],
    ['a change without a value', { op: 'replace', path: '/content/target/value', reference: bek('§ 1') }, '/changes/0/value', 'Ændringen (»replace«) mangler den nye værdi (»value«).'],
    ['a change without its reference', { op: 'replace', path: '/content/target/value', value: 1550 }, '/changes/0', 'Ændringen mangler sin henvisning (»reference«): angiv den bestemmelse i ændringen, der fastsætter den nye værdi (fx »BEK nr. … af 2026, § 1, nr. 2«).'],
    ['a repeal without its reference', { op: 'remove', path: '/content/bands/[code=A]' }, '/changes/0', 'Ophævelsen mangler sin henvisning (»reference«): angiv den bestemmelse, der ophæver dette.'],
    ['a place outside the content', { op: 'replace', path: '/title', value: 'x', reference: bek('§ 1') }, '/changes/0/path', 'Skal have den rigtige form'],
  ])('%s is an error at the change', async (_name, change, pointer, message) => {
    const problems = await problemsOf(amendment([change]));
    expect(problems).toHaveLength(1);
    expect(problems[0].pointer).toBe(pointer);
    expect(problems[0].message).toContain(message.replace('Skal have den rigtige form', ''));
  });

  it.each([
    ['a version amended that does not exist', amendment([], { amends: '2024.9' }), {}, '/amends', 'Version »2024.9« af »norm«, som ændres, findes ikke. Kendte versioner: 2025.1.'],
    ['an amendment taking effect before the version it amends', amendment([], { validFrom: '2025-01-01' }), {}, '/validFrom', 'Ændringen træder i kraft 1. januar 2025, men den version, den ændrer (2025.1), først 3. juli 2025.'],
    ['a published amendment of a draft', amendment([], { amends: '2025.2-udkast' }), { 'bek/norm/2025.2-udkast.json': normDocument({ version: '2025.2-udkast', validFrom: '2025-09-01', validTo: undefined }) }, '/amends', 'En offentliggjort ændring skal bygge på en offentliggjort version, men 2025.2-udkast er et udkast.'],
    ['both content and changes', { ...amendment([]), content: {} }, {}, '/amends', 'Filen har både »content« (hele indholdet) og en ændring (»amends«/»changes«).'],
    ['changes without amends', { ...header, changes: [] }, {}, '/amends', 'Feltet »amends« mangler: angiv den version, ændringerne gælder, fx »2025.1«.'],
  ])('%s is an error', async (_name, doc, more, pointer, message) => {
    const problems = (await problemsOf(doc, more)).filter((p) => p.file.endsWith('2026.1.json'));
    expect(problems.map((p) => p.pointer)).toContain(pointer);
    expect(problems.find((p) => p.pointer === pointer)!.message).toContain(message);
  });

  it('an amendment of a broken version says so; a ring of amendments is refused', async () => {
    const broken = await problemsOf(amendment([]), { 'bek/norm/2025.1.json': { ...base, content: { target: 'x' } } });
    expect(broken.find((p) => p.file.endsWith('2026.1.json'))).toMatchObject({ pointer: '/amends', message: 'Version »2025.1«, som ændres, har selv fejl (se regler/bek/norm/2025.1.json); ret den først.' });
    const ring = await problemsOf(amendment([], { amends: '2027.1', status: 'draft' }), { 'bek/norm/2027.1.json': { ...header, version: '2027.1', validFrom: '2027-01-01', status: 'draft', amends: '2026.1', changes: [] } });
    expect(ring.map((p) => p.message)).toContainEqual(expect.stringContaining('Ændringerne danner en ring'));
  });

  it('warns when an amendment of an older version drops what the version it replaces changed', async () => {
    const library = await lockedLibrary({
      ...files(amendment([changes[0]])),
      'bek/norm/2027.1.json': { ...header, version: '2027.1', validFrom: '2027-01-01', amends: '2025.1', changes: [{ op: 'replace', path: '/content/bands/[code=B]/to', value: 29, reference: bek('§ 2') }] },
    }, registry);
    expect(library.problems).toEqual([]);
    expect(library.warnings.map((w) => [w.file, w.pointer, w.message])).toEqual([
      ['regler/bek/norm/2027.1.json', '/amends', 'Version 2027.1 ændrer 2025.1, men afløser 2026.1. Det, 2026.1 ændrede i forhold til 2025.1 (1 ændring), er ikke med i 2027.1: Målet for sygdomsvægtede borgere pr. kapacitet ændres fra 1.600 til 1.550 (BEK nr. 100 af 2026, § 1, nr. 1). Lad 2027.1 ændre 2026.1 i stedet, hvis ændringerne skal fortsætte.'],
    ]);
  });
});
