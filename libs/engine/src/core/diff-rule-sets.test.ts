import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffRuleSets } from './diff-rule-sets.js';
import { loadRules } from './load-rules.js';
import { createRegistry } from './registry.js';
import type { RuleLibrary } from './rule-library.js';
import { defaultRulesDir } from './repo-paths.js';
import { weightsKind } from '../kinds/weights/index.js';
import { normKind } from '../testing/norm-kind.js';
import { normDocument } from '../testing/rule-documents.js';

const registry = createRegistry([normKind]);
let library: RuleLibrary;
beforeAll(async () => {
  library = await loadRules(path.join(import.meta.dirname, '../testing/norm-library'), registry);
});

describe('diffRuleSets', () => {
  it('tells every change of 2025.1 → 2026.1 in one Danish sentence', () => {
    const changes = diffRuleSets(library.get('norm', '2025.1')!, library.get('norm', '2026.1')!, registry);
    expect(changes.map((c) => [c.pointer, c.sentence])).toEqual([
      ['/version', 'Version ændres fra »2025.1« til »2026.1«.'],
      ['/validFrom', 'Gyldig fra ændres fra 1. januar 2025 til 1. januar 2026.'],
      ['/title', 'Titel ændres fra »Normen for 2025« til »Normen for 2026«.'],
      ['/content/target/value', 'Målet for sygdomsvægtede borgere pr. kapacitet ændres fra 1.600 til 1.500 (BEK nr. 975 af 2025, § 4).'],
      ['/content/bands/0/to', 'Intervaller, rækken »B«, til ændres fra 19 til 24 (BEK nr. 975 af 2025, § 5).'],
      ['/content/bands/1', 'Rækken »C« tilføjes i intervaller (BEK nr. 975 af 2025, § 6 (illustrativ)).'],
      ['/content/bands/0', 'Rækken »A« fjernes fra intervaller (BEK nr. 975 af 2025, § 5).'],
      ['/validTo', 'Gyldig til fjernes (var 31. december 2025).'],
    ]);
  });

  it('keeps before and after values', () => {
    const [change] = diffRuleSets(library.get('norm', '2025.1')!, library.get('norm', '2026.1')!, registry).filter((c) => c.pointer === '/content/target/value');
    expect(change).toMatchObject({ change: 'changed', before: 1600, after: 1500 });
  });

  it('names status, decimals and added fields in Danish', () => {
    const a = normDocument({ status: 'draft' }, { target: { value: 1.45, reference: { instrument: 'BEK nr. 975 af 2025' } } });
    const b = normDocument({ status: 'published' }, { target: { value: 1.5, reference: { instrument: 'BEK nr. 975 af 2025' } }, status: 'aktiv' });
    const sentences = diffRuleSets(a as never, b as never, registry).map((c) => c.sentence);
    expect(sentences).toEqual([
      'Status ændres fra udkast til offentliggjort.',
      'Målet for sygdomsvægtede borgere pr. kapacitet ændres fra 1,45 til 1,5 (BEK nr. 975 af 2025, paragraf udfyldes).',
      'Normens status tilføjes med værdien »aktiv«.',
    ]);
  });

  it('finds nothing between a version and itself', () => {
    expect(diffRuleSets(library.get('norm', '2026.1')!, library.get('norm', '2026.1')!, registry)).toEqual([]);
  });

  it('matches rows by position when the schema gives no key', () => {
    const unkeyed = { ...normKind, contentSchema: { ...normKind.contentSchema, properties: { ...(normKind.contentSchema as { properties: object }).properties, bands: { type: 'array', title: 'Intervaller', items: { type: 'object' } } } } };
    const a = normDocument();
    const b = normDocument({}, { bands: [] });
    expect(diffRuleSets(a as never, b as never, createRegistry([unkeyed])).map((c) => c.sentence)).toEqual(['Række 1 fjernes fra intervaller (BEK nr. 975 af 2025, paragraf udfyldes).']);
  });

  it('matches base weights by sex and age band together, so reordered rows are no change', () => {
    const shipped = JSON.parse(readFileSync(path.join(defaultRulesDir, 'bek-975-2025/weights/2025.1.json'), 'utf8')) as { content: { baseWeights: Array<{ sex: string; ageBand: string; value: number }> } };
    const edited = structuredClone(shipped);
    const rows = edited.content.baseWeights;
    rows.reverse();
    const women1524 = rows.find((r) => r.sex === 'K' && r.ageBand === '15-24')!;
    women1524.value = 1.05; // 0,8 in the shipped version
    edited.content.baseWeights = rows.filter((r) => !(r.sex === 'M' && r.ageBand === '0'));
    const changes = diffRuleSets(shipped as never, edited as never, createRegistry([weightsKind]));
    expect(changes.map((c) => c.sentence)).toEqual([
      'Basisvægte (køn og alder), rækken »K 15-24« ændres fra 0,8 til 1,05 (BEK nr. 975 af 2025, Bilag (illustrativ)).',
      'Rækken »M 0« fjernes fra basisvægte (køn og alder) (BEK nr. 975 af 2025, Bilag (illustrativ)).',
    ]);
    expect(changes.map((c) => c.change)).toEqual(['changed', 'removed']);
  });
});
