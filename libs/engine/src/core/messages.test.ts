// Mistakes real users make get exact messages: a Danish decimal comma in a JSON number, a Danish
// thousands separator that makes 1.550 into 1,55, a misspelt council or island name.
import { describe, expect, it } from 'vitest';
import { loadRules } from './load-rules.js';
import { MemoryRuleSource } from './memory-rule-source.js';
import { createRegistry } from './registry.js';
import { normKind } from '../testing/norm-kind.js';
import { json, normDocument, positionOf } from '../testing/rule-documents.js';
import { standardKinds } from '../kinds/index.js';
import { defaultRulesDir } from './repo-paths.js';
import { DirectoryRuleSource } from './directory-rule-source.js';
import { OverlayRuleSource } from './overlay-rule-source.js';
import { decide } from '../kinds/decisions/decide.js';
import { RequestError } from '../kinds/decisions/errors.js';

const FILE = 'bek/norm/2025.1.json';

describe('messages for the mistakes people make', () => {
  it('»1,5« in a JSON number: write it with a point', async () => {
    const text = json(normDocument()).replace('"value": 1600', '"value": 1,5');
    const library = await loadRules(new MemoryRuleSource({ [FILE]: text }, 'regler'), createRegistry([normKind]));
    expect(library.problems).toEqual([{ file: `regler/${FILE}`, ...positionOf(text, '5,'), pointer: '', message: 'Ugyldig JSON: decimaltal skrives med punktum i JSON. Skriv 1.5, ikke 1,5.' }]);
  });

  it('»1.550« read as 1,55 is a warning naming the plausible range, and what was meant', async () => {
    const registry = createRegistry([...standardKinds]);
    const shipped = new DirectoryRuleSource(defaultRulesDir);
    const text = new TextDecoder().decode(await shipped.read('bek-975-2025/capacity/2026.1-udkast.json')).replace('"value": 1500', '"value": 1.550');
    const library = await loadRules(new OverlayRuleSource(shipped, { 'bek-975-2025/capacity/2026.1-udkast.json': text }), registry);
    expect(library.problems).toEqual([]);
    expect(library.warnings).toEqual([
      {
        file: 'rules/bek-975-2025/capacity/2026.1-udkast.json',
        ...positionOf(text, '1.550'),
        pointer: '/content/targetWeightedCitizensPerCapacity/value',
        severity: 'warning',
        message: 'Værdien 1,55 ligger uden for det sandsynlige interval for »Måltal« (100–10.000). Mente du 1.550? I JSON skrives tusinder uden punktum (1550); punktum er decimaltegn.',
      },
    ]);
  });

  it('»Mente du« for a misspelt council and island in a decision request', async () => {
    const library = await loadRules(defaultRulesDir, createRegistry([...standardKinds]));
    const request = { date: '2026-06-01', council: 'Vendsysel', request: 'new', existingCapacities: 1, ceiling: 2, clinic: { providerNumber: '071234', island: 'Anhold' }, regionFindsCoverageInsufficient: true, extraordinaryGrowth: { documented: false, projectedGrowthPct: 0 } };
    const error = await decide(request, library.bookAt('2026-06-01')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).problems).toEqual([
      { pointer: '/council', message: expect.stringMatching(/^Sundhedsrådet »Vendsysel« findes ikke\. Mente du »Vendsyssel«\? Kendte sundhedsråd: Hovedstaden, /) },
      { pointer: '/clinic/island', message: '»Anhold« er ikke en kendt ikke-brofast ø i geografien. Mente du »Anholt«?' },
    ]);
  });
});
