/** An ISO calendar date; the engine's ajv `date` format also rejects days that do not exist (2026-02-30). */
export const isoDateSchema = { type: 'string', format: 'date', title: 'Dato (ÅÅÅÅ-MM-DD)' } as const;
