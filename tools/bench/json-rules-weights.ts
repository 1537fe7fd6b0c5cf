import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { Contribution, WeightsContent } from '@fordeling/engine';
import type { CitizenFacts } from './citizen-facts.js';

/**
 * The weights rule set as json-rules-engine rules, one engine run per citizen: a rule per base-weight
 * row (sex and age band) and a rule per contribution; each fired rule's event carries its value and
 * the raw weight is their sum.
 */
export function jsonRulesWeights(content: WeightsContent): (facts: CitizenFacts) => Promise<number> {
  const rules: RuleProperties[] = [
    ...content.baseWeights.map((row) => {
      const band = content.ageBands.find((b) => b.id === row.ageBand)!;
      const conditions: TopLevelCondition = {
        all: [
          { fact: 'sex', operator: 'equal', value: row.sex },
          { fact: 'age', operator: 'greaterThanInclusive', value: band.from },
          ...(band.to === undefined ? [] : [{ fact: 'age', operator: 'lessThanInclusive', value: band.to }]),
        ],
      };
      return { name: `base-${row.sex}-${row.ageBand}`, conditions, event: { type: 'weight', params: { value: row.value } } };
    }),
    ...content.contributions.map((c) => ({ name: c.id, conditions: { all: contributionConditions(c) }, event: { type: 'weight', params: { value: c.value } } })),
  ];
  const engine = new Engine(rules, { allowUndefinedFacts: true });
  return async (facts) => {
    const { events } = await engine.run(facts as unknown as Record<string, unknown>);
    let sum = 0;
    for (const e of events) sum += (e.params as { value: number }).value;
    return sum;
  };
}

function contributionConditions(c: Contribution) {
  if (c.equals !== undefined) return [{ fact: c.characteristic, operator: 'equal', value: c.equals }];
  if (c.in !== undefined) return [{ fact: c.characteristic, operator: 'in', value: c.in }];
  return [
    ...(c.min === undefined ? [] : [{ fact: c.characteristic, operator: 'greaterThanInclusive', value: c.min }]),
    ...(c.max === undefined ? [] : [{ fact: c.characteristic, operator: 'lessThanInclusive', value: c.max }]),
  ];
}
