import { DATE_OPERATORS, type LeafOperator } from './condition-operators.js';

/**
 * json-rules-engine 7's number validator (dist/engine-default-operators.js): the number operators
 * are false, whatever the compared value, for a fact value parseFloat cannot read.
 */
function isNumberLike(factValue: unknown): boolean {
  return Number.parseFloat(factValue as string).toString() !== 'NaN';
}

/** `b.indexOf(a)` as json-rules-engine 7 does it: strict equality, so NaN is never in a list. */
function indexIn(factValue: unknown, list: unknown): number {
  return (list as unknown[]).indexOf(factValue);
}

/**
 * The operators the compiled evaluator applies to a leaf — json-rules-engine 7's default operators
 * (dist/engine-default-operators.js; Operator.evaluate = validator(factValue) && compare) that
 * OPERATORS admits, plus the date operators shared with the engine. Kept equal to the library by
 * compile-conditions.test.ts on random condition trees.
 */
export const LEAF_OPERATORS: Readonly<Record<string, LeafOperator>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => indexIn(a, b) > -1,
  notIn: (a, b) => indexIn(a, b) === -1,
  lessThan: (a, b) => isNumberLike(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumberLike(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumberLike(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumberLike(a) && (a as number) >= (b as number),
  ...DATE_OPERATORS,
};
