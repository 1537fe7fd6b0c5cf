import { describe, expect, it } from 'vitest';
import { createRegistry, standardKinds, type RuleBook, type RuleSetRef } from '@fordeling/engine';
import { readInputs } from '../inputs/read-inputs.js';
import { runModel } from '../run/run-model.js';
import { capacityContent, fixtureBook } from '../testing/fixture-rules.js';
import { tenCitizensFiles, writeInputFolder } from '../testing/ten-citizens.js';
import { compareResults } from './compare-results.js';
import { summarizeComparison } from './comparison-summary.js';
import { changedRuleSetIds, changeScope, describeRuleSetChanges } from './rule-set-changes.js';

/** The fixture books have one version "1" per id; find a ref's rule set by its hash. */
const lookupIn = (...books: RuleBook[]) => (ref: RuleSetRef) => books.map((b) => b.byKind(ref.id)).find((r) => r.hash === ref.hash);

describe('describeRuleSetChanges', async () => {
  const registry = createRegistry(standardKinds);
  const inputs = await readInputs(await writeInputFolder(tenCitizensFiles), { book: fixtureBook() });
  const baseBook = fixtureBook({ capacity: capacityContent(2) });
  const alternativeBook = fixtureBook({ capacity: capacityContent(1.6) });
  const base = runModel(inputs, baseBook);
  const alternative = runModel(inputs, alternativeBook);
  const ruleSetChanges = describeRuleSetChanges(base.ruleSets, alternative.ruleSets, lookupIn(baseBook, alternativeBook), registry);

  it('tells the changed target in words, for the changed rule set only', () => {
    expect(changedRuleSetIds(base.ruleSets, alternative.ruleSets)).toEqual(['capacity']);
    expect(ruleSetChanges).toHaveLength(1);
    expect(ruleSetChanges[0]).toMatchObject({ id: 'capacity', baseVersion: '1', alternativeVersion: '1' });
    expect(ruleSetChanges[0].changes).toEqual([
      { pointer: '/content/targetWeightedCitizensPerCapacity/value', change: 'changed', sentence: expect.stringMatching(/ændres fra 2 til 1,6 \(BEK nr\. 975 af 2025/) },
    ]);
  });

  it('compareResults carries the sentences; without them it still names both versions', () => {
    expect(compareResults(base, alternative, { ruleSetChanges }).ruleSetChanges).toEqual(ruleSetChanges);
    expect(compareResults(base, alternative).ruleSetChanges).toEqual([{ id: 'capacity', baseVersion: '1', alternativeVersion: '1', changes: [] }]);
  });

  it('a rule set in only one run has a null version and no sentences', () => {
    const refs: RuleSetRef[] = [{ id: 'capacity', version: '1', hash: 'sha256:a' }];
    expect(describeRuleSetChanges(refs, [], () => undefined, registry)).toEqual([{ id: 'capacity', baseVersion: '1', alternativeVersion: null, changes: [] }]);
  });

  it('summarizes the effect: Σ ceilings +1 in both years, one clinic minimum lower', () => {
    const summary = summarizeComparison(compareResults(base, alternative, { ruleSetChanges }));
    expect(summary.years).toEqual([2025, 2026]);
    // Nord 2025: 6.364 / 2 = 3.18 → 3 vs / 1.6 = 3.98 → 4; 2026: 7.444 / 2 = 3.72 → 4 vs / 1.6 = 4.65 → 5.
    // Syd: 3.636 / 2 = 1.82 → 2 vs 2.27 → 2; 2026: 1.818 / 2 = 0.91 → 1 vs 1.14 → 1.
    expect(summary.ceilingDifference).toEqual({ 2025: 1, 2026: 1 });
    // A: 2 / 0.642 = 3.12 → 3 vs 1.6 / 0.642 = 2.49 → 2; B: 1.35 → 1 vs 1.08 → 1; C: 2.28 → 2 vs 1.82 → 2.
    expect(summary).toMatchObject({ clinicsWithHigherMinimum: 0, clinicsWithLowerMinimum: 1, clinicsWithUnchangedMinimum: 2 });
  });
});

describe('changeScope', () => {
  it('separates rule values from their references and from the header', () => {
    expect(changeScope({ pointer: '/content/targetWeightedCitizensPerCapacity/value' })).toBe('rule');
    expect(changeScope({ pointer: '/content/targetWeightedCitizensPerCapacity/reference/note' })).toBe('reference');
    expect(changeScope({ pointer: '/content/reportingBand/reference' })).toBe('reference');
    expect(changeScope({ pointer: '/title' })).toBe('header');
  });
});
