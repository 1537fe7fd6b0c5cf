/** Building blocks shared by the request schemas (JSON Schema 2020-12, Danish titles). */
export const isoDate = { type: 'string', format: 'date', title: 'Dato (ÅÅÅÅ-MM-DD)' } as const;

export const expectedVersion = {
  type: 'integer',
  minimum: 1,
  title: 'Forventet sagsversion',
  description: 'Gør ændringen betinget: afvises med 409, hvis sagen er ændret siden denne version.',
} as const;
