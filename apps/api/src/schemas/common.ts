import { DATE_RANGE } from '@fordeling/engine';

/**
 * Building blocks shared by the request and response schemas (JSON Schema 2020-12, Danish titles).
 * Every text and number a request carries is bounded by what a real value never exceeds (issue 15),
 * so a 100 KB id or 1e308 is a 422 naming the field, never a row in the database.
 */
/** A date within the years the rule sets can concern (2000–2100, the engine's DATE_RANGE). */
export const isoDate = { type: 'string', format: 'date', ...DATE_RANGE, title: 'Dato (ÅÅÅÅ-MM-DD)' } as const;

/** An id the server handed out (a run's UUID) or a rule set's own (a reason id): short, never empty. */
export const idText = { type: 'string', minLength: 1, maxLength: 100 } as const;

/** A letter's free text (a reason, a comment, a dialogue's outcome). */
export const longText = { type: 'string', maxLength: 20_000 } as const;

/** Patients per capacity or in a clinic: BEK nr. 975 af 2025 caps a minimum at 2.700 per capacity; no clinic lists 100.000. */
export const patientCount = { type: 'integer', minimum: 0, maximum: 100_000 } as const;

/** A rule-set version with its content hash (RuleSetRef). */
export const ruleSetRef = {
  type: 'object',
  required: ['id', 'version', 'hash'],
  properties: { id: { type: 'string', maxLength: 100 }, version: { type: 'string', maxLength: 100 }, hash: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' } },
} as const;

export const expectedVersion = {
  type: 'integer',
  minimum: 1,
  maximum: 1_000_000,
  title: 'Forventet sagsversion',
  description: 'Gør ændringen betinget: afvises med 409, hvis sagen er ændret siden denne version.',
} as const;
