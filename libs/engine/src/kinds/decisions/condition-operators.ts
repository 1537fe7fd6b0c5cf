import type { Engine } from 'json-rules-engine';
import { isIsoDate } from '../../format/danish.js';
import type { FactType } from './facts.js';

type Compare = (a: string, b: string) => boolean;

/** A leaf's comparison: the fact's value against the condition's value. */
export type LeafOperator = (factValue: unknown, compareTo: unknown) => boolean;

/** Both sides must be ISO dates that exist; ISO dates then compare correctly as text. */
function dateOperator(compare: Compare): LeafOperator {
  return (factValue, compareTo) => isIsoDate(factValue) && isIsoDate(compareTo) && compare(factValue, compareTo);
}

/**
 * Date operators comparing real calendar dates; anything but two real ISO dates makes the condition
 * false, never a crash. The one definition both evaluators use: json-rules-engine gets them through
 * addDateOperators, the compiled evaluator calls them directly (compiled-operators.ts).
 */
export const DATE_OPERATORS: Record<string, LeafOperator> = {
  dateBefore: dateOperator((a, b) => a < b),
  dateOnOrBefore: dateOperator((a, b) => a <= b),
  dateAfter: dateOperator((a, b) => a > b),
  dateOnOrAfter: dateOperator((a, b) => a >= b),
};

/** Every operator a condition may use: what it compares and how it reads in Danish. */
export const OPERATORS: Record<string, { label: string; operands: FactType[] | 'list' }> = {
  equal: { label: 'er', operands: ['string', 'number', 'boolean', 'date'] },
  notEqual: { label: 'er ikke', operands: ['string', 'number', 'boolean', 'date'] },
  in: { label: 'er en af', operands: 'list' },
  notIn: { label: 'er ikke en af', operands: 'list' },
  lessThan: { label: 'er mindre end', operands: ['number'] },
  lessThanInclusive: { label: 'er højst', operands: ['number'] },
  greaterThan: { label: 'er større end', operands: ['number'] },
  greaterThanInclusive: { label: 'er mindst', operands: ['number'] },
  dateBefore: { label: 'er før', operands: ['date'] },
  dateOnOrBefore: { label: 'er senest', operands: ['date'] },
  dateAfter: { label: 'er efter', operands: ['date'] },
  dateOnOrAfter: { label: 'er tidligst', operands: ['date'] },
};

export function addDateOperators(engine: Engine): void {
  for (const [name, operator] of Object.entries(DATE_OPERATORS)) engine.addOperator<unknown, unknown>(name, operator);
}
