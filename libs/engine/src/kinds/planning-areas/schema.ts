import { legalReferenceSchema } from '../../core/legal-reference-schema.js';

/** JSON Schema of PlanningAreasContent (types.ts). */
export const planningAreasSchema = {
  type: 'object',
  title: 'Regionale planlægningsområder',
  required: ['areas'],
  additionalProperties: false,
  properties: {
    areas: {
      type: 'array',
      title: 'Planlægningsområder under sundhedsrådene',
      'x-key': 'id',
      items: {
        type: 'object',
        title: 'Planlægningsområde',
        required: ['id', 'name', 'region', 'council', 'municipality', 'postalCodes', 'reference'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1, title: 'Id' },
          name: { type: 'string', minLength: 1, title: 'Navn' },
          region: { type: 'string', minLength: 1, title: 'Region' },
          council: { type: 'string', minLength: 1, title: 'Sundhedsråd' },
          municipality: { type: 'integer', minimum: 101, maximum: 999, title: 'Kommunekode' },
          postalCodes: {
            type: 'array',
            minItems: 1,
            title: 'Postnumre (fra–til)',
            items: {
              type: 'object',
              title: 'Postnumre',
              required: ['from', 'to'],
              additionalProperties: false,
              properties: { from: { type: 'integer', minimum: 1000, maximum: 9999, title: 'Fra' }, to: { type: 'integer', minimum: 1000, maximum: 9999, title: 'Til' } },
            },
          },
          reference: legalReferenceSchema,
        },
      },
    },
  },
} as const;
