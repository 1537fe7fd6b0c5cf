import type { RuleBook, TestEvaluator } from '../../contract/kind.js';
import { capacityRules } from './compile.js';

/** `council-ceiling`: { totalWeight, existing? } → { ceiling, freeCapacities? }. */
const councilCeiling: TestEvaluator = (input: unknown, book: RuleBook) => {
  const { totalWeight, existing } = input as { totalWeight: number; existing?: number };
  const capacity = capacityRules.of(book);
  const ceiling = capacity.ceiling(totalWeight);
  return existing === undefined ? { ceiling } : { ceiling, freeCapacities: capacity.freeCapacities(ceiling, existing) };
};

export const capacityEvaluators = { 'council-ceiling': councilCeiling };
