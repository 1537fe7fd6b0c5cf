import { describe, expect, it } from 'vitest';
import { readInputs } from '../inputs/read-inputs.js';
import { runModel } from '../run/run-model.js';
import { capacityContent, fixtureBook } from '../testing/fixture-rules.js';
import { tenCitizensFiles, writeInputFolder } from '../testing/ten-citizens.js';
import { compareResults } from './compare-results.js';

describe('compareResults', async () => {
  const inputs = await readInputs(await writeInputFolder(tenCitizensFiles), { book: fixtureBook() });
  // Targets 2 and 1.6 weighted citizens per capacity: the same country, a lower norm.
  const base = runModel(inputs, fixtureBook({ capacity: capacityContent(2) }));
  const alternative = runModel(inputs, fixtureBook({ capacity: capacityContent(1.6) }));
  const comparison = compareResults(base, alternative);

  it('names the rule sets that differ and carries both ref lists', () => {
    expect(comparison.changedRuleSets).toEqual(['capacity']);
    expect(comparison.base.ruleSets).toEqual(base.ruleSets);
    expect(comparison.alternative.ruleSets).toEqual(alternative.ruleSets);
  });

  it('council ceilings: Nord 2025 6.364 / 2 → 3 vs 6.364 / 1.6 = 3.98 → 4', () => {
    const nord = comparison.councils.find((c) => c.council === 'Nord')!;
    expect(nord.years[0]).toMatchObject({ year: 2025, base: { ceiling: 3, freeCapacities: 2 }, alternative: { ceiling: 4, freeCapacities: 3 }, ceilingDifference: 1, freeCapacitiesDifference: 1 });
  });

  it('clinic minimums: the same mean weight, 1.6 / 2 of the minimum (A: 3 → 2)', () => {
    expect(comparison.clinics.map((c) => c.providerNumber)).toEqual(['100001', '100002', '100003']);
    const a = comparison.clinics[0];
    expect(a.meanWeightDifference).toBe(0);
    // A: 2 / 0.641975 = 3.115 → 3; 1.6 / 0.641975 = 2.49 → 2
    expect([a.base.advisoryMinimumPerCapacity, a.alternative.advisoryMinimumPerCapacity, a.advisoryMinimumDifference]).toEqual([3, 2, -1]);
  });
});
