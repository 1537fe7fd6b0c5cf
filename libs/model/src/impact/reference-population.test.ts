// The reference population gives runModel's result — every rounded number equal, every total within
// 1e-9 relative — for the rule sets in force, a new geography, and random changes to the weights
// (base weights, contributions, the education age limit, the life-expectancy correction) and the
// capacity target, on a synthetic Denmark (fast-check).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalHash, createRegistry, defaultRulesDir, loadRules, SelectedRuleBook, standardKinds, type LoadedRuleSet, type RuleBook, type RuleLibrary, type WeightsContent } from '@fordeling/engine';
import { generateSyntheticDenmark } from '@fordeling/synth';
import { readInputs } from '../inputs/read-inputs.js';
import type { ModelInputs } from '../inputs/model-inputs.js';
import type { ModelResult } from '../result.js';
import { runModel } from '../run/run-model.js';
import { ReferencePopulation } from './reference-population.js';

const registry = createRegistry(standardKinds);
let dir: string;
let library: RuleLibrary;
let inputs: ModelInputs;
let population: ReferencePopulation;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fordeling-reference-'));
  await generateSyntheticDenmark({ outDir: dir, seed: 7, scale: 0.001 });
  library = await loadRules(defaultRulesDir, registry);
  inputs = await readInputs(dir, { book: library.bookAt('2025-07-03') });
  population = new ReferencePopulation(inputs);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The book in force on `asOf` with some contents changed (each a new version with its own hash). */
function bookWith(asOf: string, change: { weights?: (c: WeightsContent) => void; target?: number } = {}): RuleBook {
  const sets = library.bookAt(asOf).refs().map((ref) => library.get(ref.id, ref.version)!);
  const changed = sets.map((set): LoadedRuleSet => {
    const edit = set.ref.id === 'weights' ? change.weights : set.ref.id === 'capacity' && change.target ? (c: { targetWeightedCitizensPerCapacity: { value: number } }) => void (c.targetWeightedCitizensPerCapacity.value = change.target!) : undefined;
    if (!edit) return set;
    const document = structuredClone(set.document);
    (edit as (c: unknown) => void)(document.content);
    const hash = canonicalHash(document);
    return { ...set, document, hash, ref: { ...set.ref, version: `${set.ref.version}-prøve`, hash } };
  });
  return new SelectedRuleBook(asOf, changed, (name) => registry.get(name), (set, kind) => kind.compile(set.document));
}

const close = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** Rounded numbers equal, totals within 1e-9 relative; everything else the same. */
function expectSame(fast: ModelResult, full: ModelResult): void {
  const floats = (r: ModelResult) => [
    ...r.clinics.map((c) => c.meanWeight),
    ...r.municipalities.flatMap((m) => [m.totalWeight, m.meanWeight, m.meanAdvisoryMinimum ?? 0]),
    ...r.councils.flatMap((c) => c.years.map((y) => y.totalWeight)),
    ...r.regions.flatMap((g) => [g.totalWeight, g.meanWeight]),
    ...(r.planningAreas ?? []).flatMap((p) => [p.meanWeight ?? 0, p.meanAdvisoryMinimum ?? 0]),
  ];
  const rest = (r: ModelResult) => ({
    ...r,
    timings: {},
    clinics: r.clinics.map(({ meanWeight: _, ...c }) => c),
    municipalities: r.municipalities.map(({ totalWeight: _t, meanWeight: _m, meanAdvisoryMinimum: _a, ...m }) => m),
    councils: r.councils.map((c) => ({ ...c, years: c.years.map(({ totalWeight: _, ...y }) => y) })),
    regions: r.regions.map(({ totalWeight: _t, meanWeight: _m, ...g }) => g),
    planningAreas: r.planningAreas?.map(({ meanWeight: _m, meanAdvisoryMinimum: _a, ...p }) => p),
  });
  expect(rest(fast)).toEqual(rest(full));
  const [a, b] = [floats(fast), floats(full)];
  expect(a.length).toBe(b.length);
  const far = a.map((x, i) => [i, x, b[i]] as const).filter(([, x, y]) => !close(x, y));
  expect(far).toEqual([]);
}

describe('ReferencePopulation', () => {
  it('gives runModel’s result for the rule sets in force, and for the 2027 geography (four regions)', () => {
    for (const asOf of ['2025-07-03', '2026-06-01', '2027-01-01']) {
      const book = library.bookAt(asOf);
      expectSame(population.result(book), runModel(inputs, book));
    }
  });

  it('gives runModel’s result for random changes to the weights and the capacity target', () => {
    const scale = fc.double({ min: 0.5, max: 2, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({
          base: fc.array(scale, { minLength: 1, maxLength: 4 }),
          contribution: fc.double({ min: -0.3, max: 1, noNaN: true }),
          below: fc.integer({ min: 18, max: 40 }),
          share: fc.double({ min: 0, max: 0.3, noNaN: true }),
          target: fc.option(fc.integer({ min: 1200, max: 2000 }), { nil: undefined }),
        }),
        ({ base, contribution, below, share, target }) => {
          const book = bookWith('2025-07-03', {
            target,
            weights: (c) => {
              c.baseWeights.forEach((row, i) => (row.value = Math.round(row.value * base[i % base.length] * 1000) / 1000));
              c.contributions[0].value = contribution;
              c.parentsEducationBelowAge.value = below;
              for (const level of c.lifeExpectancyCorrection) level.share.value = share;
            },
          });
          expectSame(population.result(book), runModel(inputs, book));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('recomputes only what a change reaches: a capacity change keeps the weight totals', () => {
    const before = population.result(library.bookAt('2025-07-03'));
    const after = population.result(bookWith('2025-07-03', { target: 1550 }));
    expect(after.timings.weights).toBeUndefined();
    expect(after.clinics.map((c) => c.meanWeight)).toEqual(before.clinics.map((c) => c.meanWeight));
    expect(after.clinics.find((c) => c.listedPatients > 0)!.advisoryMinimumPerCapacity).toBeLessThan(before.clinics.find((c) => c.listedPatients > 0)!.advisoryMinimumPerCapacity);
  });
});
