// The Legislation Explorer as data: each parameter, row and rule with its value per period, the
// version and reference that set it, and the sources by their real titles — never internal notes.
import { describe, expect, it } from 'vitest';
import { loadRules } from './load-rules.js';
import { createRegistry } from './registry.js';
import { changesBetween, historyOn, ruleSetHistory } from './rule-history.js';
import { defaultRulesDir } from './repo-paths.js';
import { standardKinds } from '../kinds/index.js';
import { normKind } from '../testing/norm-kind.js';
import { lockedLibrary } from '../testing/memory-rules.js';
import { normDocument } from '../testing/rule-documents.js';

const norm = createRegistry([normKind]);
const band = (code: string, from: number, to: number, paragraph?: string) => ({ code, from, to, reference: { instrument: 'BEK nr. 975 af 2025', ...(paragraph ? { paragraph } : {}) } });
const version = (v: string, validFrom: string, target: number, bands: unknown[]) =>
  normDocument({ version: v, validFrom, validTo: undefined, status: 'published' }, { target: { value: target, reference: { instrument: 'BEK nr. 975 af 2025', paragraph: '§ 4', illustrative: target === 1500 } }, bands });

describe('rule history', () => {
  it('follows each provision over the versions: one period per value, repeals, and what changed', async () => {
    const library = await lockedLibrary({
      'bek/norm/2025.1.json': version('2025.1', '2025-07-03', 1600, [band('A', 0, 9, '§ 5'), band('B', 10, 19, '§ 5')]),
      'bek/norm/2026.1.json': version('2026.1', '2026-01-01', 1600, [band('A', 0, 9, '§ 5')]),
      'bek/norm/2027.1.json': version('2027.1', '2027-01-01', 1500, [band('A', 0, 9, '§ 5'), band('B', 10, 29)]),
    }, norm);
    const history = ruleSetHistory(library, 'norm');
    const byKey = Object.fromEntries(history.provisions.map((p) => [p.key, p]));
    expect(byKey['/content/target'].title).toBe('Målet for sygdomsvægtede borgere pr. kapacitet');
    expect(byKey['/content/target'].periods.map((p) => [p.from, p.to, p.version, p.text, p.reference?.citation, p.reference?.illustrative])).toEqual([
      ['2025-07-03', '2026-12-31', '2025.1', '1.600', 'BEK nr. 975 af 2025, § 4', false],
      ['2027-01-01', undefined, '2027.1', '1.500', 'BEK nr. 975 af 2025, § 4 (illustrativ)', true],
    ]);
    expect(byKey['/content/target'].periods[1].changes).toEqual(['Målet for sygdomsvægtede borgere pr. kapacitet ændres fra 1.600 til 1.500 (BEK nr. 975 af 2025, § 4 (illustrativ)).']);
    expect(byKey['/content/bands/[code=B]'].periods.map((p) => [p.from, p.to, p.version, p.repealed ?? false, p.text])).toEqual([
      ['2025-07-03', '2025-12-31', '2025.1', false, 'Kode: »B«; Fra: 10; Til: 19'],
      ['2026-01-01', '2026-12-31', '2026.1', true, undefined],
      ['2027-01-01', undefined, '2027.1', false, 'Kode: »B«; Fra: 10; Til: 29'],
    ]);
    expect(byKey['/content/bands/[code=B]'].periods[1].changes).toEqual(['Rækken »B« fjernes fra intervaller (BEK nr. 975 af 2025, § 5).']);
    expect(byKey['/content/bands/[code=B]'].periods[2].reference).toMatchObject({ citation: 'BEK nr. 975 af 2025, paragraf udfyldes', paragraphMissing: true });
    expect(historyOn(history, '2026-06-01').provisions.map((p) => [p.key, p.periods.map((x) => x.version)])).toEqual([
      ['/content/target', ['2025.1']],
      ['/content/bands/[code=A]', ['2025.1']],
    ]);
    expect(history.versions.map((v) => [v.version, v.inForce])).toEqual([
      ['2025.1', { from: '2025-07-03', to: '2025-12-31', succeededBy: '2026.1' }],
      ['2026.1', { from: '2026-01-01', to: '2026-12-31', succeededBy: '2027.1' }],
      ['2027.1', { from: '2027-01-01' }],
    ]);
    expect(changesBetween(library, 'norm', '2025-09-01', '2025-12-31').changes).toEqual([]);
    expect(changesBetween(library, 'norm', '2025-09-01', '2027-02-01').changes.map((c) => c.sentence)).toContain('Målet for sygdomsvægtede borgere pr. kapacitet ændres fra 1.600 til 1.500 (BEK nr. 975 af 2025, § 4 (illustrativ)).');
  });

  it('names the shipped rules’ sources by their real titles and never shows an internal note', async () => {
    const library = await loadRules(defaultRulesDir, createRegistry([...standardKinds]));
    const histories = library.ids().map((id) => ruleSetHistory(library, id));
    const text = JSON.stringify(histories);
    expect(text).not.toMatch(/seed\s*\d|seeds|data\/\w+\.csv/i);
    const target = histories.find((h) => h.id === 'capacity')!.provisions.find((p) => p.key === '/content/targetWeightedCitizensPerCapacity')!;
    expect(target.periods[0].reference).toMatchObject({
      citation: 'BEK nr. 975 af 2025, paragraf udfyldes',
      paragraphMissing: true,
      sources: [
        { id: 'bek-975-2025', title: 'Bekendtgørelse nr. 975 af 2025 om den nationale model for fordeling og styring af lægekapaciteter i det almenmedicinske tilbud' },
        { id: 'danske-regioner-notat-2025', title: 'Danske Regioners notat »Fordelingsmodel for læger i det almenmedicinske tilbud« (2025)' },
      ].filter((s) => s.id !== 'bek-975-2025'),
    });
    const geography = histories.find((h) => h.id === 'geography')!;
    expect(geography.versions.map((v) => [v.version, v.amends ?? 'hel'])).toEqual([['2025.1', 'hel'], ['2027.1', '2025.1']]);
    const vendsyssel = geography.provisions.find((p) => p.key === '/content/councils/[id=Vendsyssel]')!;
    expect(vendsyssel.periods.map((p) => [p.from, p.to ?? null])).toEqual([['2025-07-03', null]]);
    const hovedstaden = geography.provisions.find((p) => p.key === '/content/councils/[id=Hovedstaden]')!;
    expect(hovedstaden.periods.map((p) => [p.from, p.text])).toEqual([
      ['2025-07-03', 'Id: »Hovedstaden«; Navn: »Hovedstaden«; Region: »Hovedstaden«'],
      ['2027-01-01', 'Id: »Hovedstaden«; Navn: »Hovedstaden«; Region: »Østdanmark«'],
    ]);
  });
});
