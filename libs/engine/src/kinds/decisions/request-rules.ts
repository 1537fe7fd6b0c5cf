import type { RuleBook } from '../../contract/kind.js';
import { capacityRules, type CapacityCompiled } from '../capacity/compile.js';
import { geographyRules } from '../geography/compile.js';
import type { ValidatedRequest } from './types.js';
import { validateRequest } from './validate-request.js';

/**
 * The capacity rule set in force, whose table of the order's numbers gives a request its ceiling;
 * undefined in a book without a capacity rule set (a decisions test library), where the request's own
 * ceiling is used.
 */
export function capacityOf(book: RuleBook): CapacityCompiled | undefined {
  return book.ruleSets.some((r) => r.document.kind === capacityRules.kind) ? capacityRules.of(book) : undefined;
}

/** validateRequest with the geography and capacity rule sets of `book`: the one check of a request. */
export function validateRequestIn(input: unknown, book: RuleBook): ValidatedRequest {
  return validateRequest(input, geographyRules.of(book), capacityOf(book));
}

