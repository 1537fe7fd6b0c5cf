/**
 * The years a rule of this order can concern. A date outside them is a typing error (9999-12-31), never
 * a real day: rejected with a Danish message, in rule files and requests alike.
 */
export const DATE_RANGE = { formatMinimum: '2000-01-01', formatMaximum: '2100-12-31' } as const;

/** An ISO calendar date; the engine's ajv `date` format also rejects days that do not exist (2026-02-30). */
export const isoDateSchema = { type: 'string', format: 'date', ...DATE_RANGE, title: 'Dato (ÅÅÅÅ-MM-DD)' } as const;

/**
 * A provider number (ydernummer) as the regions and the collective agreement write it: six digits, the
 * form the model's clinics.csv requires too. The description ends the Danish message of a mismatch.
 */
export const providerNumberSchema = { type: 'string', pattern: '^[0-9]{6}$', maxLength: 6, title: 'Ydernummer', description: 'et ydernummer er seks cifre, fx »071234«' } as const;
