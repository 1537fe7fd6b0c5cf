import { legalReferenceSchema } from '../../core/legal-reference-schema.js';
import { isoDateSchema } from '../shared/date-schema.js';

/** JSON Schema of SupplementContent (types.ts). */
export const supplementSchema = {
  type: 'object',
  title: 'Midlertidigt tilskud i områder med lægemangel',
  required: ['period', 'areas'],
  additionalProperties: false,
  properties: {
    period: {
      type: 'object',
      title: 'Perioden',
      required: ['from', 'to', 'reference'],
      additionalProperties: false,
      properties: { from: { ...isoDateSchema, title: 'Fra og med' }, to: { ...isoDateSchema, title: 'Til og med' }, reference: legalReferenceSchema },
    },
    areas: {
      type: 'array',
      title: 'Områder med lægemangel',
      'x-key': 'id',
      items: {
        type: 'object',
        title: 'Område',
        required: ['id', 'name', 'region', 'municipalities', 'reference'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1, title: 'Id' },
          name: { type: 'string', minLength: 1, title: 'Navn' },
          region: { type: 'string', minLength: 1, title: 'Region' },
          municipalities: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'integer', minimum: 101, maximum: 999 }, title: 'Kommunekoder' },
          reference: legalReferenceSchema,
        },
      },
    },
  },
} as const;
