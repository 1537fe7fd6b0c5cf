import type { Engine } from 'json-rules-engine';
import { isIsoDate } from '../../format/danish.js';
import type { FactType } from './facts.js';

type Compare = (a: string, b: string) => boolean;

/**
 * Date operators comparing real calendar dates. Both sides must be ISO dates that exist; ISO dates
 * then compare correctly as text. Anything else makes the condition false, never a crash.
 */
const DATE_COMPARISONS: Record<string, Compare> = {
  dateBefore: (a, b) => a < b,
  dateOnOrBefore: (a, b) => a <= b,
  dateAfter: (a, b) => a > b,
  dateOnOrAfter: (a, b) => a >= b,
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
  for (const [name, compare] of Object.entries(DATE_COMPARISONS)) {
    engine.addOperator<unknown, unknown>(name, (factValue, compareTo) => isIsoDate(factValue) && isIsoDate(compareTo) && compare(factValue, compareTo));
  }
}
