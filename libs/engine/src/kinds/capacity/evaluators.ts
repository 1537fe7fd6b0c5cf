import type { RuleBook, TestEvaluator } from '../../contract/kind.js';
import type { CapacityCompiled } from './compile.js';

/** `council-ceiling`: { totalWeight, existing? } → { ceiling, freeCapacities? }. */
const councilCeiling: TestEvaluator = (input: unknown, book: RuleBook) => {
  const { totalWeight, existing } = input as { totalWeight: number; existing?: number };
  const capacity = book.compiled<CapacityCompiled>('capacity');
  const ceiling = capacity.ceiling(totalWeight);
  return existing === undefined ? { ceiling } : { ceiling, freeCapacities: capacity.freeCapacities(ceiling, existing) };
};

export const capacityEvaluators = { 'council-ceiling': councilCeiling };
