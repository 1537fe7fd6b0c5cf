// The compiled condition trees against a real json-rules-engine 7 Engine with the date operators:
// random all/any/not trees over the decision facts, random facts, every leaf's fact value and result
// and whether the rule fired must be the library's.
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { compileConditions, type ConditionsEvaluation, type Facts } from './compile-conditions.js';
import { conditionIssues, pairLeaves } from './conditions.js';
import { FACTS, type FactType } from './facts.js';
import { addDateOperators, OPERATORS } from './condition-operators.js';
import type { ConditionTree } from './types.js';

/** Small pools, so that equal values, list hits and ties at the comparison's edge are frequent. */
const VALUES: Record<FactType, fc.Arbitrary<unknown>> = {
  date: fc.constantFrom('2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2025-07-03', '2028-02-29'),
  string: fc.constantFrom('new', 'refill', 'Fyn', 'Anholt', '', 'Kronjylland'),
  number: fc.oneof(fc.constantFrom(0, -0, 1, 1.5, 2, 2.0000001, 150, -1, 0.1 + 0.2, 0.3), fc.double({ noNaN: true, min: -1e6, max: 1e6 })),
  boolean: fc.boolean(),
};

/** Facts as a request could give them, and now and then values no validated request has (NaN, text for a number, a non-date). */
const ODD_VALUES = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, '12', 'abc', '', '2026-02-30', '20270101', null, true, 0);

const facts: fc.Arbitrary<Facts> = fc.record(
  Object.fromEntries(Object.entries(FACTS).map(([name, { type }]) => [name, fc.oneof({ weight: 9, arbitrary: VALUES[type] }, { weight: 1, arbitrary: ODD_VALUES })])),
);

const leaf: fc.Arbitrary<ConditionTree> = fc.constantFrom(...Object.keys(FACTS)).chain((fact) => {
  const type = FACTS[fact].type;
  const operators = Object.entries(OPERATORS).filter(([, o]) => o.operands === 'list' || o.operands.includes(type)).map(([name]) => name);
  return fc.constantFrom(...operators).chain((operator) =>
    (OPERATORS[operator].operands === 'list' ? fc.array(VALUES[type], { maxLength: 4 }) : VALUES[type]).map((value) => ({ fact, operator, value })),
  );
});

const { tree } = fc.letrec<{ tree: ConditionTree; branch: ConditionTree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('branch')),
  branch: fc.oneof(
    fc.record({ all: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }) }),
    fc.record({ any: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }) }),
    fc.record({ not: tie('tree') }),
  ),
}));
/** A rule's conditions begin with all, any or not (conditionIssues). */
const rootTree = tree.filter((t) => !('fact' in t));

/** Runs the trees as rules r0, r1, … on one engine; every leaf must have been evaluated. */
async function engineEvaluations(trees: ConditionTree[], run: Facts): Promise<ConditionsEvaluation[]> {
  const engine = new Engine(
    trees.map((conditions, i) => ({ name: `r${i}`, conditions: structuredClone(conditions) as never, event: { type: 'fired' } })),
    { allowUndefinedFacts: false },
  );
  addDateOperators(engine);
  const { results, failureResults } = await engine.run({ ...run });
  const byName = new Map([...results, ...failureResults].map((r) => [r.name, r]));
  return trees.map((conditions, i) => {
    const result = byName.get(`r${i}`)!;
    const leaves = pairLeaves(conditions, result.conditions).map(([, evaluated]) => {
      expect(evaluated).toHaveProperty('factResult');
      return { factValue: evaluated.factResult, result: evaluated.result as boolean };
    });
    return { fired: results.includes(result), leaves };
  });
}

describe('compileConditions equals json-rules-engine 7', () => {
  it('on random condition trees and random facts: fired, and every leaf’s fact value and result', async () => {
    let fired = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(rootTree, { minLength: 1, maxLength: 3 }), facts, async (trees, run) => {
        for (const t of trees) expect(conditionIssues(t, '', {})).toEqual([]);
        const compiled = trees.map((t) => compileConditions(t)(run));
        expect(compiled).toEqual(await engineEvaluations(trees, run));
        fired += compiled.filter((c) => c.fired).length;
      }),
      { numRuns: 600 },
    );
    // Both outcomes occur often: the property is not about trees that never (or always) fire.
    expect(fired).toBeGreaterThan(150);
  });

  const closed = { date: '2027-01-01', council: 'Fyn', request: 'new', existingCapacities: 150, ceiling: 150, councilClosed: true, island: '', islandKnown: false, regionFindsCoverageInsufficient: true, extraordinaryGrowthDocumented: false, projectedGrowthPct: 2 };

  it.each<[string, ConditionTree, Facts, ConditionsEvaluation]>([
    [
      'all evaluates every leaf, also after a false one',
      { all: [{ fact: 'request', operator: 'equal', value: 'refill' }, { fact: 'councilClosed', operator: 'equal', value: true }] },
      closed,
      { fired: false, leaves: [{ factValue: 'new', result: false }, { factValue: true, result: true }] },
    ],
    [
      'any evaluates every leaf, also after a true one',
      { any: [{ fact: 'councilClosed', operator: 'equal', value: true }, { fact: 'ceiling', operator: 'lessThan', value: 100 }] },
      closed,
      { fired: true, leaves: [{ factValue: true, result: true }, { factValue: 150, result: false }] },
    ],
    [
      'not negates its child; the leaf keeps its own result',
      { not: { fact: 'date', operator: 'dateBefore', value: '2027-01-01' } },
      closed,
      { fired: true, leaves: [{ factValue: '2027-01-01', result: false }] },
    ],
    [
      'a number operator is false for a fact value parseFloat cannot read, true for numeric text',
      { any: [{ fact: 'projectedGrowthPct', operator: 'greaterThanInclusive', value: 0 }, { fact: 'ceiling', operator: 'greaterThan', value: 5 }] },
      { ...closed, projectedGrowthPct: 'abc', ceiling: '12' },
      { fired: true, leaves: [{ factValue: 'abc', result: false }, { factValue: '12', result: true }] },
    ],
    [
      'in and notIn compare strictly (indexOf): NaN is never in a list',
      { all: [{ fact: 'projectedGrowthPct', operator: 'in', value: [Number.NaN, 2] }, { fact: 'ceiling', operator: 'notIn', value: [] }] },
      { ...closed, projectedGrowthPct: Number.NaN },
      { fired: false, leaves: [{ factValue: Number.NaN, result: false }, { factValue: 150, result: true }] },
    ],
    [
      'a date operator is false unless both sides are real ISO dates',
      { all: [{ fact: 'date', operator: 'dateOnOrAfter', value: '2026-02-28' }] },
      { ...closed, date: '2026-02-30' },
      { fired: false, leaves: [{ factValue: '2026-02-30', result: false }] },
    ],
  ])('%s', async (_name, t, run, expected) => {
    expect(compileConditions(t)(run)).toEqual(expected);
    expect(await engineEvaluations([t], run)).toEqual([expected]);
  });

  it('a fact the facts lack is an error, as with allowUndefinedFacts: false', async () => {
    const t = { all: [{ fact: 'missing', operator: 'equal', value: 1 }] };
    expect(() => compileConditions(t)({})).toThrow('Undefined fact: missing');
    await expect(engineEvaluations([t], {})).rejects.toThrow('Undefined fact: missing');
  });
});
