/** Building blocks shared by the request and response schemas (JSON Schema 2020-12, Danish titles). */
export const isoDate = { type: 'string', format: 'date', title: 'Dato (ÅÅÅÅ-MM-DD)' } as const;

/** A rule-set version with its content hash (RuleSetRef). */
export const ruleSetRef = {
  type: 'object',
  required: ['id', 'version', 'hash'],
  properties: { id: { type: 'string' }, version: { type: 'string' }, hash: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' } },
} as const;

export const expectedVersion = {
  type: 'integer',
  minimum: 1,
  title: 'Forventet sagsversion',
  description: 'Gør ændringen betinget: afvises med 409, hvis sagen er ændret siden denne version.',
} as const;
