// JSON Schemas for the legal reference every value carries (contract/legal-reference.ts). Kinds use
// them in their content schemas so a missing or malformed reference reads the same everywhere.

export const legalReferenceSchema = {
  type: 'object',
  title: 'Retsgrundlag',
  required: ['instrument'],
  additionalProperties: false,
  properties: {
    instrument: { type: 'string', minLength: 1, title: 'Retsakt', description: 'fx »BEK nr. 975 af 2025«' },
    paragraph: { type: 'string', minLength: 1, title: 'Paragraf' },
    url: { type: 'string', format: 'uri', title: 'Adresse' },
    illustrative: { type: 'boolean', title: 'Illustrativ værdi' },
    note: { type: 'string', title: 'Note' },
  },
} as const;

/** A Parameter<T>: `{ value, reference }` with the given value schema and a Danish title. */
export function parameterSchema(valueSchema: object, title: string): object {
  return {
    type: 'object',
    title,
    required: ['value', 'reference'],
    additionalProperties: false,
    properties: { value: valueSchema, reference: legalReferenceSchema },
  };
}
