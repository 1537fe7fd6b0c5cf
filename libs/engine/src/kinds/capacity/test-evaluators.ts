import type { RuleBook, TestEvaluator } from '../../contract/kind.js';
import { capacityRules } from './compile.js';

/**
 * `council-ceiling`: { totalWeight, existing?, council?, year? } → { ceiling, freeCapacities? } and,
 * with a council and a year, the model's own figure beside the order's: { computed, fixed?, difference? }.
 */
const councilCeiling: TestEvaluator = (input: unknown, book: RuleBook) => {
  const { totalWeight, existing, council, year } = input as { totalWeight: number; existing?: number; council?: string; year?: number };
  const capacity = capacityRules.of(book);
  const found = council !== undefined && year !== undefined ? capacity.councilCeiling(council, year, totalWeight) : undefined;
  const ceiling = found?.ceiling ?? capacity.ceiling(totalWeight);
  return {
    ceiling,
    ...(existing === undefined ? {} : { freeCapacities: capacity.freeCapacities(ceiling, existing) }),
    ...(found ? { computed: found.computed, ...(found.fixed ? { fixed: found.fixed.capacities, difference: found.difference } : {}) } : {}),
  };
};

export const capacityEvaluators = { 'council-ceiling': councilCeiling };
