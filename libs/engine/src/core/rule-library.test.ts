import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadRules } from './load-rules.js';
import { createRegistry } from './registry.js';
import { SelectedRuleBook } from './rule-book.js';
import type { RuleLibrary } from './rule-library.js';
import { normKind } from '../testing/norm-kind.js';

const dir = path.join(import.meta.dirname, '../testing/norm-library');
let library: RuleLibrary;
beforeAll(async () => {
  library = await loadRules(dir, createRegistry([normKind]));
});

const versionAt = (asOf: string) => library.bookAt(asOf).byKind('norm').ref.version;

describe('RuleLibrary.bookAt', () => {
  it('selects the published version in force, validTo inclusive', () => {
    expect(versionAt('2025-01-01')).toBe('2025.1');
    expect(versionAt('2025-12-31')).toBe('2025.1');
    expect(versionAt('2026-01-01')).toBe('2026.1');
    expect(versionAt('2099-06-30')).toBe('2026.1');
  });

  it('has no rule set before the first version', () => {
    expect(() => library.bookAt('2024-12-31').byKind('norm')).toThrow('Intet offentliggjort regelsæt af typen »norm« gælder den 31. december 2024.');
  });

  it('never picks a draft by date', () => {
    expect(library.bookAt('2026-03-01').refs().map((r) => r.version)).toEqual(['2026.1']);
  });

  it('picks an explicit draft for a what-if run', () => {
    const book = library.bookAt('2026-03-01', { versions: { norm: '2026.2-udkast' } });
    expect(book.byKind('norm').document.status).toBe('draft');
    expect(book.compiled<{ target: number }>('norm').target).toBe(1400);
  });

  it('rejects an unknown explicit version and a malformed date in Danish', () => {
    expect(() => library.bookAt('2026-03-01', { versions: { norm: '2030.1' } })).toThrow('Version »2030.1« af »norm« findes ikke eller er ugyldig. Kendte versioner: 2025.1, 2026.1, 2026.2-udkast.');
    expect(() => library.bookAt('2026-02-30')).toThrow('»2026-02-30« er ikke en gyldig dato');
  });

  it('reports refs with hashes and compiles each version once', () => {
    const compile = vi.spyOn(normKind, 'compile');
    const refs = library.bookAt('2025-06-01').refs();
    expect(refs).toEqual([{ id: 'norm', version: '2025.1', hash: library.get('norm', '2025.1')!.hash }]);
    expect(library.bookAt('2025-06-01').compiled<{ target: number }>('norm').target).toBe(1600);
    expect(library.bookAt('2025-07-01').compiled<{ target: number }>('norm').target).toBe(1600);
    expect(compile).toHaveBeenCalledTimes(1);
    compile.mockRestore();
  });

  it('names every candidate when two rule sets of one kind are in force', () => {
    const national = library.get('norm', '2026.1')!;
    const regional = { ...library.get('norm', '2025.1')!, ref: { ...library.get('norm', '2025.1')!.ref, id: 'norm-hovedstaden' } };
    const twoIds = new SelectedRuleBook('2026-03-01', [national, regional], () => normKind, () => ({}));
    expect(() => twoIds.byKind('norm')).toThrow('Flere regelsæt af typen »norm« gælder den 1. marts 2026: norm@2026.1');
  });

  it('for any date, the selected version is the one whose period holds it', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2024-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (date) => {
        const asOf = date.toISOString().slice(0, 10);
        const refs = library.bookAt(asOf).refs();
        const expected = asOf < '2025-01-01' ? [] : asOf <= '2025-12-31' ? ['2025.1'] : ['2026.1'];
        expect(refs.map((r) => r.version)).toEqual(expected);
      }),
    );
  });
});
