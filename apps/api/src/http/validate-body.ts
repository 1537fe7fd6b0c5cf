import { validateAgainst } from '@fordeling/engine';
import { withFieldNames } from './field-names.js';
import { problems } from './problem.js';

/**
 * Returns `value` typed as T, or throws a 422 problem listing every field at fault (JSON pointer and
 * a Danish sentence). Uses the engine's validator so the wording matches `fordeling rules validate`.
 */
export function validBody<T>(schema: object, value: unknown): T {
  const errors = validateAgainst(schema, value);
  if (errors.length > 0) {
    throw problems.invalid(`Forespørgslen har ${errors.length === 1 ? 'én fejl' : `${errors.length} fejl`}; se »errors«.`, withFieldNames(schema, errors));
  }
  return value as T;
}
