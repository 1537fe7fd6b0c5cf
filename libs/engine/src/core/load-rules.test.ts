import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalHash } from './canonical-hash.js';
import { loadRules } from './load-rules.js';
import { createRegistry } from './registry.js';
import { json, normDocument, positionOf } from '../testing/rule-documents.js';
import { MemoryRuleSource } from './memory-rule-source.js';
import { normKind, otherKind } from '../testing/norm-kind.js';

const registry = createRegistry([normKind]);
const FILE = 'bek/norm/2025.1.json';
/** The files as a rule source held in memory: problems name them `regler/<path>`. */
async function load(files: Record<string, string>, kinds = registry) {
  return { dir: 'regler', library: await loadRules(new MemoryRuleSource(files, 'regler'), kinds) };
}

/** Where the problem must point: a text to find in the file, the text right after one, or a position. */
type At = string | { after: string; occurrence?: number } | { line: number; column: number };

interface MalformedCase {
  name: string;
  files: Record<string, string>;
  /** The file (relative to the rules dir) the problem is about; defaults to FILE. */
  file?: string;
  pointer: string;
  at: At;
  message: string;
}

function locate(text: string, at: At): { line: number; column: number } {
  if (typeof at === 'string') return positionOf(text, at);
  if ('after' in at) {
    const p = positionOf(text, at.after, at.occurrence);
    return { line: p.line, column: p.column + at.after.length };
  }
  return at;
}

const withDoc = (overrides: Record<string, unknown> = {}, content: Record<string, unknown> = {}) => ({ [FILE]: json(normDocument(overrides, content)) });
const published = (overrides: Record<string, unknown> = {}) => normDocument({ status: 'published', ...overrides });
const ref = { instrument: 'BEK nr. 975 af 2025', paragraph: '§ 4' };

const cases: MalformedCase[] = [
  { name: 'invalid JSON: missing comma', files: { [FILE]: '{\n  "id": "norm"\n  "kind": "norm"\n}\n' }, pointer: '', at: { line: 3, column: 3 }, message: 'Ugyldig JSON: tekst i anførselstegn var ikke ventet her' },
  { name: 'invalid JSON: trailing comma', files: { [FILE]: '{\n  "id": "norm",\n}\n' }, pointer: '', at: { line: 3, column: 1 }, message: 'Ugyldig JSON: »}« var ikke ventet her' },
  { name: 'empty file', files: { [FILE]: '' }, pointer: '', at: { line: 1, column: 1 }, message: 'Ugyldig JSON: filen slutter for tidligt' },
  { name: 'single quotes', files: { [FILE]: "{\n  'id': 'norm'\n}\n" }, pointer: '', at: { line: 2, column: 3 }, message: "Ugyldig JSON: »'« var ikke ventet her" },
  { name: 'root is a list', files: { [FILE]: '[1, 2]\n' }, pointer: '', at: { line: 1, column: 1 }, message: 'Skal være et objekt' },
  { name: 'missing validFrom', files: withDoc({ validFrom: undefined }), pointer: '/validFrom', at: { line: 1, column: 1 }, message: 'Feltet »validFrom« mangler. Angiv første gyldighedsdag som ÅÅÅÅ-MM-DD.' },
  { name: 'missing title', files: withDoc({ title: undefined }), pointer: '/title', at: { line: 1, column: 1 }, message: 'Feltet »title« mangler' },
  { name: 'version is a number', files: withDoc({ version: 2025 }), pointer: '/version', at: '2025,', message: 'Skal være tekst, men er et heltal (2.025).' },
  { name: 'parameter value is text', files: withDoc({}, { target: { value: 'abc', reference: ref } }), pointer: '/content/target/value', at: '"abc"', message: 'Skal være et tal, men er tekst (»abc«).' },
  { name: 'unknown kind', files: withDoc({ kind: 'norn' }), pointer: '/kind', at: '"norn"', message: 'Ukendt type »norn«. Mente du »norm«? Kendte typer: »norm«.' },
  { name: 'unknown header field', files: withDoc({ valid_from: '2025-01-01' }), pointer: '/valid_from', at: '"valid_from"', message: 'Ukendt felt »valid_from«.' },
  { name: 'unknown field in a row', files: withDoc({}, { bands: [{ code: 'A', from: 0, to: 9, til: 3, reference: ref }] }), pointer: '/content/bands/0/til', at: '"til"', message: 'Ukendt felt »til«. Mente du »to«?' },
  { name: 'bad status', files: withDoc({ status: 'publish' }), pointer: '/status', at: '"publish"', message: 'Ugyldig værdi »publish«. Tilladte værdier: »draft« (udkast), »published« (offentliggjort). Mente du »published«?' },
  { name: 'validFrom not a calendar date', files: withDoc({ validFrom: '2026-02-30', validTo: undefined }), pointer: '/validFrom', at: '"2026-02-30"', message: '»2026-02-30« er ikke en dato, der findes i kalenderen' },
  { name: 'validFrom in Danish order', files: withDoc({ validFrom: '01-02-2025' }), pointer: '/validFrom', at: '"01-02-2025"', message: 'Skriv datoen som ÅÅÅÅ-MM-DD' },
  { name: 'validTo before validFrom', files: withDoc({ validFrom: '2025-06-01', validTo: '2025-05-31' }), pointer: '/validTo', at: '"2025-05-31"', message: '»Gyldig til« (31. maj 2025) ligger før »gyldig fra« (1. juni 2025)' },
  { name: 'version differs from the file name', files: withDoc({ version: '2025.2' }), pointer: '/version', at: '"2025.2"', message: 'Version »2025.2« skal være det samme som filens navn »2025.1.json«' },
  { name: 'id differs from the folder', files: withDoc({ id: 'normen' }), pointer: '/id', at: '"normen"', message: 'Id »normen« skal være det samme som mappens navn »norm«' },
  { name: 'version label malformed', files: { 'bek/norm/v1.json': json(normDocument({ version: 'v1' })) }, file: 'bek/norm/v1.json', pointer: '/version', at: '"v1"', message: 'år, punktum og løbenummer' },
  {
    name: 'duplicate version in two collections',
    files: { [FILE]: json(normDocument()), 'other/norm/2025.1.json': json(normDocument()) },
    file: 'other/norm/2025.1.json',
    pointer: '/version',
    at: '"2025.1"',
    message: 'Version »2025.1« af »norm« findes allerede i',
  },
  {
    name: 'overlapping published versions',
    files: {
      [FILE]: json(published()),
      'bek/norm/2025.2.json': json(published({ version: '2025.2', validFrom: '2025-12-01', validTo: undefined })),
      'rules.lock.json': json({ 'norm@2025.1': canonicalHash(published()), 'norm@2025.2': canonicalHash(published({ version: '2025.2', validFrom: '2025-12-01', validTo: undefined })) }),
    },
    file: 'bek/norm/2025.2.json',
    pointer: '/validFrom',
    at: '"2025-12-01"',
    message: 'Version 2025.1 af »norm« gælder udtrykkeligt til og med 31. december 2025 (»gyldig til« i ',
  },
  {
    name: 'two published versions starting the same day',
    files: {
      [FILE]: json(published({ validTo: undefined })),
      'bek/norm/2025.2.json': json(published({ version: '2025.2', validTo: undefined })),
      'rules.lock.json': json({ 'norm@2025.1': canonicalHash(published({ validTo: undefined })), 'norm@2025.2': canonicalHash(published({ version: '2025.2', validTo: undefined })) }),
    },
    file: 'bek/norm/2025.2.json',
    pointer: '/validFrom',
    at: '"2025-01-01"',
    message: 'Version 2025.2 og version 2025.1 af »norm« træder begge i kraft 1. januar 2025',
  },
  {
    name: 'tampered published version',
    files: { [FILE]: json(published()), 'rules.lock.json': json({ 'norm@2025.1': canonicalHash(published({ title: 'Den oprindelige titel' })) }) },
    pointer: '',
    at: { line: 1, column: 1 },
    message: 'er ændret efter offentliggørelsen',
  },
  { name: 'published but not locked', files: { [FILE]: json(published()) }, pointer: '/status', at: '"published"', message: 'Offentliggør med »fordeling rules publish norm@2025.1 --by NAVN --reason TEKST«' },
  { name: 'parameter without legal reference', files: withDoc({}, { target: { value: 1600 } }), pointer: '/content/target/reference', at: { after: '"target": ' }, message: 'Feltet »reference« mangler. Hver værdi skal have sin retsgrundlag-henvisning.' },
  { name: 'reference is text', files: withDoc({}, { target: { value: 1600, reference: 'BEK 975' } }), pointer: '/content/target/reference', at: '"BEK 975"', message: 'Skal være et objekt ({ … }), men er tekst (»BEK 975«).' },
  { name: 'reference without instrument', files: withDoc({}, { target: { value: 1600, reference: { paragraph: '§ 4' } } }), pointer: '/content/target/reference/instrument', at: { after: '"reference": ', occurrence: 1 }, message: 'Feltet »instrument« mangler. Angiv retsakten' },
  { name: 'reference with misspelt field', files: withDoc({}, { target: { value: 1600, reference: { instrument: 'BEK', paragraf: '§ 4' } } }), pointer: '/content/target/reference/paragraf', at: '"paragraf"', message: 'Mente du »paragraph«?' },
  { name: 'reference url not an address', files: withDoc({}, { target: { value: 1600, reference: { instrument: 'BEK', url: 'retsinformation' } } }), pointer: '/content/target/reference/url', at: '"retsinformation"', message: 'er ikke en gyldig webadresse' },
  { name: 'value above maximum', files: withDoc({}, { target: { value: 6000, reference: ref } }), pointer: '/content/target/value', at: '6000', message: 'Må højst være 5.000, men er 6.000.' },
  { name: 'value zero where positive required', files: withDoc({}, { target: { value: 0, reference: ref } }), pointer: '/content/target/value', at: '0,', message: 'Skal være større end 0, men er 0.' },
  { name: 'content enum with suggestion', files: withDoc({}, { status: 'aktivt' }), pointer: '/content/status', at: '"aktivt"', message: 'Mente du »aktiv«?' },
  { name: 'pattern explained in words', files: withDoc({}, { bands: [{ code: 'ab', from: 0, to: 9, reference: ref }] }), pointer: '/content/bands/0/code', at: '"ab"', message: '»ab« har ikke den rigtige form: ét stort bogstav' },
  { name: 'rows given as an object', files: withDoc({}, { bands: {} }), pointer: '/content/bands', at: '{}', message: 'Skal være en liste ([ … ]), men er et objekt' },
  { name: 'negative integer', files: withDoc({}, { bands: [{ code: 'A', from: -1, to: 9, reference: ref }] }), pointer: '/content/bands/0/from', at: '-1,', message: 'Skal være mindst 0, men er -1.' },
  {
    name: "kind's own check (overlapping bands)",
    files: withDoc({}, { bands: [{ code: 'A', from: 0, to: 9, reference: ref }, { code: 'B', from: 5, to: 12, reference: ref }] }),
    pointer: '/content/bands/1/from',
    at: '5,',
    message: 'Intervallet »B« overlapper intervallet »A«.',
  },
  { name: 'duplicate key', files: { [FILE]: json(normDocument()).replace('"title": "Normen",', '"title": "Normen",\n  "title": "Igen",') }, pointer: '/title', at: { line: 9, column: 3 }, message: 'Feltet »title« står mere end én gang' },
  {
    name: 'locked version whose file is gone',
    files: { [FILE]: json(normDocument()), 'rules.lock.json': json({ 'norm@2024.1': canonicalHash({}) }) },
    file: 'rules.lock.json',
    pointer: '/norm@2024.1',
    at: '"sha256',
    message: 'Den låste version »norm@2024.1« findes ikke længere',
  },
  { name: 'file outside the layout', files: { 'bek/2025.1.json': json(normDocument()) }, file: 'bek/2025.1.json', pointer: '', at: { line: 0, column: 0 }, message: 'ligger ikke som <samling>/<regelsæt-id>/<version>.json' },
];

describe('loadRules: malformed rule files', () => {
  it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));

  it.each(cases)('$name', async (c) => {
    const { dir, library } = await load(c.files);
    const file = c.file ?? FILE;
    const expected = locate(c.files[file], c.at);
    const problem = library.problems.find((p) => p.message.includes(c.message));
    expect(problem, JSON.stringify(library.problems, null, 1)).toBeDefined();
    expect(problem).toMatchObject({ file: `${dir}/${file}`, pointer: c.pointer, line: expected.line, column: expected.column });
  });
});

describe('loadRules: collecting', () => {
  it('collects every problem of every file in one pass and keeps the valid rule sets', async () => {
    const bad = normDocument({ title: undefined, status: 'publish', extra: 1 });
    const { dir, library } = await load({
      'bek/norm/2025.1.json': json(bad),
      'bek/norm/2026.1.json': '{ "id": ',
      'bek/norm/2027.1.json': json(normDocument({ version: '2027.1', validFrom: '2027-01-01', validTo: undefined })),
      'bek/norm/tests/cases.test.yaml': 'not: [rule',
      'bek/schemas/norm.json': '{',
    });
    expect(library.ruleSets.map((r) => r.ref.version)).toEqual(['2027.1']);
    expect(library.problems.map((p) => [p.file.slice(`${dir}/`.length), p.pointer])).toEqual([
      ['bek/norm/2025.1.json', '/title'],
      ['bek/norm/2025.1.json', '/status'],
      ['bek/norm/2025.1.json', '/extra'],
      ['bek/norm/2026.1.json', ''],
    ]);
  });

  it('loads the fixture library without problems, with paths relative to the repository', async () => {
    const library = await loadRules(path.join(import.meta.dirname, '../testing/norm-library'), registry);
    expect(library.problems).toEqual([]);
    expect(library.versions('norm').map((r) => `${r.ref.version}:${r.document.status}`)).toEqual(['2025.1:published', '2026.1:published', '2026.2-udkast:draft']);
    expect(library.get('norm', '2025.1')?.file).toBe('libs/engine/src/testing/norm-library/bek-test/norm/2025.1.json');
    expect(library.get('norm', '2025.1')?.hash).toBe(canonicalHash(library.get('norm', '2025.1')?.document));
  });

  it('allows a draft to overlap published versions', async () => {
    const { library } = await load({ [FILE]: json(normDocument({ version: '2025.1' })), 'bek/norm/2025.2.json': json(normDocument({ version: '2025.2' })) });
    expect(library.problems).toEqual([]);
    expect(library.ruleSets).toHaveLength(2);
  });

  it('rejects a version whose kind differs from the other versions of its id', async () => {
    const { library } = await load({ [FILE]: json(normDocument()), 'bek/norm/2026.1.json': json(normDocument({ version: '2026.1', kind: 'other' })) }, createRegistry([normKind, otherKind]));
    expect(library.problems).toMatchObject([{ file: 'regler/bek/norm/2026.1.json', pointer: '/kind', line: 3, message: expect.stringContaining('Typen »other« passer ikke med typen »norm«') }]);
    expect(library.ruleSets.map((r) => r.ref.version)).toEqual(['2025.1']);
  });

  it('rejects a registry with the same kind twice', () => {
    expect(() => createRegistry([normKind, normKind])).toThrow('Regeltypen »norm« er registreret to gange.');
  });
});
