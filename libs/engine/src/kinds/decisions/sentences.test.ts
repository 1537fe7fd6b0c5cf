import { describe, expect, it } from 'vitest';
import type { DecisionFacts } from './facts.js';
import { compileExplanation } from './sentences.js';

const parameters = { growthThresholdPct: { value: 2, label: 'Grænse', reference: { instrument: 'BEK nr. 975 af 2025' } } };
const facts = { council: 'Kronjylland', existingCapacities: 1240, date: '2026-12-31', request: 'refill' } as unknown as DecisionFacts;

describe('compileExplanation', () => {
  it('fills facts and parameters in Danish, keeps text and unknown names as written', () => {
    const explain = compileExplanation('{{council}} har {{ existingCapacities }} ({{request}}) pr. {{date}}; grænse {{param:growthThresholdPct}} pct., {{param:nowhere}} {{nofact}}.', parameters);
    expect(explain(facts)).toBe('Kronjylland har 1.240 (genbesættelse) pr. 31. december 2026; grænse 2 pct., {{param:nowhere}} {{nofact}}.');
  });

  it('a template without placeholders is itself', () => {
    expect(compileExplanation('Ingen pladsholdere.', parameters)(facts)).toBe('Ingen pladsholdere.');
  });
});
