// The order over time: a published version is in force from its validFrom until the day before the
// next published version starts (or its own validTo, where that comes first). Boundary days tested.
import { describe, expect, it } from 'vitest';
import { createRegistry } from './registry.js';
import { normKind } from '../testing/norm-kind.js';
import { lockedLibrary } from '../testing/memory-rules.js';
import { normDocument } from '../testing/rule-documents.js';

const registry = createRegistry([normKind]);
const version = (v: string, validFrom: string, extra: Record<string, unknown> = {}, target = 1600) =>
  normDocument({ version: v, validFrom, validTo: undefined, status: 'published', ...extra }, { target: { value: target, reference: { instrument: 'BEK nr. 975 af 2025', paragraph: '§ 4' } } });
const file = (v: string) => `bek/norm/${v}.json`;
const target = (library: Awaited<ReturnType<typeof lockedLibrary>>, date: string) => library.bookAt(date).compiled<{ target: number }>('norm').target;

describe('succession of published versions', () => {
  it('a successor ends an open-ended version the day before it starts, without touching its file', async () => {
    const library = await lockedLibrary({ [file('2025.1')]: version('2025.1', '2025-07-03'), [file('2026.1')]: version('2026.1', '2026-01-01', {}, 1550) }, registry);
    expect(library.problems).toEqual([]);
    expect(target(library, '2025-07-03')).toBe(1600);
    expect(target(library, '2025-12-31')).toBe(1600);
    expect(target(library, '2026-01-01')).toBe(1550);
    expect(target(library, '2030-06-01')).toBe(1550);
    expect(() => library.bookAt('2025-07-02').byKind('norm')).toThrow('Intet offentliggjort regelsæt af typen »norm« gælder den 2. juli 2025.');
    const [first, second] = library.versions('norm');
    expect(library.periodOf(first)).toEqual({ from: '2025-07-03', to: '2025-12-31', succeededBy: '2026.1' });
    expect(library.periodOf(second)).toEqual({ from: '2026-01-01' });
    expect(first.document.validTo).toBeUndefined();
  });

  it('a successor with its own end date is no overlap; after its end the days are a gap, warned about', async () => {
    const library = await lockedLibrary({
      [file('2025.1')]: version('2025.1', '2025-07-03'),
      [file('2025.2')]: version('2025.2', '2026-01-01', { validTo: '2026-06-30' }, 1550),
      [file('2026.1')]: version('2026.1', '2026-09-01', {}, 1500),
    }, registry);
    expect(library.problems).toEqual([]);
    expect(target(library, '2026-06-30')).toBe(1550);
    expect(() => library.bookAt('2026-07-01').byKind('norm')).toThrow('Intet offentliggjort regelsæt');
    expect(target(library, '2026-09-01')).toBe(1500);
    expect(library.warnings.map((w) => [w.file, w.pointer, w.message])).toEqual([
      ['regler/bek/norm/2026.1.json', '/validFrom', 'Fra 1. juli 2026 til 31. august 2026 gælder ingen version af »norm«: version 2025.2 slutter 30. juni 2026, og version 2026.1 begynder først 1. september 2026. Beregninger i perioden vil fejle.'],
    ]);
  });

  it('an explicit end date past the successor’s start is an overlap the message says how to resolve', async () => {
    const library = await lockedLibrary({ [file('2025.1')]: version('2025.1', '2025-07-03', { validTo: '2026-12-31' }), [file('2026.1')]: version('2026.1', '2026-03-01', {}, 1550) }, registry);
    expect(library.problems).toMatchObject([
      {
        file: 'regler/bek/norm/2026.1.json',
        pointer: '/validFrom',
        message:
          'Version 2025.1 af »norm« gælder udtrykkeligt til og med 31. december 2026 (»gyldig til« i regler/bek/norm/2025.1.json), men version 2026.1 træder i kraft 1. marts 2026. En offentliggjort version kan ikke ændres. Skriv 2026.1 som en ændring af 2025.1 (»amends«: »2025.1«, fx med »fordeling rules new norm --valid-from 2026-03-01 --amendment«) — så afløser den 2025.1 fra 1. marts 2026 — eller lad 2026.1 træde i kraft 1. januar 2027 eller senere.',
      },
    ]);
  });

  it('an amendment takes over from the version it amends, even before that version’s own end date', async () => {
    const amendment = { ...version('2026.1', '2026-03-01'), amends: '2025.1', changes: [{ op: 'replace', path: '/content/target/value', value: 1550, reference: { instrument: 'BEK nr. 1 af 2026', paragraph: '§ 1' } }] };
    delete (amendment as Record<string, unknown>).content;
    const library = await lockedLibrary({ [file('2025.1')]: version('2025.1', '2025-07-03', { validTo: '2026-12-31' }), [file('2026.1')]: amendment }, registry);
    expect(library.problems).toEqual([]);
    expect(target(library, '2026-02-28')).toBe(1600);
    expect(target(library, '2026-03-01')).toBe(1550);
    expect(library.periodOf(library.versions('norm')[0])).toEqual({ from: '2025-07-03', to: '2026-02-28', succeededBy: '2026.1' });
  });

  it('two published versions starting the same day are an error on the later one', async () => {
    const library = await lockedLibrary({ [file('2026.1')]: version('2026.1', '2026-01-01'), [file('2026.2')]: version('2026.2', '2026-01-01', {}, 1550) }, registry);
    expect(library.problems.map((p) => [p.file, p.pointer, p.message])).toEqual([
      ['regler/bek/norm/2026.2.json', '/validFrom', 'Version 2026.2 og version 2026.1 af »norm« træder begge i kraft 1. januar 2026 (regler/bek/norm/2026.1.json). To offentliggjorte versioner kan ikke træde i kraft samme dag, for så siger datoen ikke, hvilken der gælder. Giv den nye version en anden »gyldig fra«.'],
    ]);
  });

  it('drafts are never in force by date and may overlap anything; they are chosen by name', async () => {
    const library = await lockedLibrary({ [file('2025.1')]: version('2025.1', '2025-07-03'), [file('2026.1-udkast')]: version('2026.1-udkast', '2025-07-03', { status: 'draft' }, 1500) }, registry);
    expect(library.problems).toEqual([]);
    expect(target(library, '2026-01-01')).toBe(1600);
    const trial = library.bookAt('2026-01-01', { versions: { norm: '2026.1-udkast' } });
    expect(trial.compiled<{ target: number }>('norm').target).toBe(1500);
    expect(trial.refs()).toEqual([expect.objectContaining({ id: 'norm', version: '2026.1-udkast', draft: true })]);
    expect(library.bookAt('2026-01-01').refs()[0]).not.toHaveProperty('draft');
  });
});
