import { legalReferenceSchema } from '../../core/legal-reference-schema.js';

const name = { type: 'string', minLength: 1, title: 'Navn' } as const;

/** JSON Schema of GeographyContent (types.ts). Row arrays carry `x-key` so the diff matches rows. */
export const geographySchema = {
  type: 'object',
  title: 'Geografi',
  required: ['regions', 'councils', 'municipalities', 'islands'],
  additionalProperties: false,
  properties: {
    regions: {
      type: 'array',
      title: 'Regioner',
      'x-key': 'id',
      minItems: 1,
      items: {
        type: 'object',
        title: 'Region',
        required: ['id', 'name', 'reference'],
        additionalProperties: false,
        properties: { id: { type: 'string', minLength: 1, title: 'Id' }, name, reference: legalReferenceSchema },
      },
    },
    councils: {
      type: 'array',
      title: 'Sundhedsråd',
      'x-key': 'id',
      minItems: 1,
      items: {
        type: 'object',
        title: 'Sundhedsråd',
        required: ['id', 'name', 'region', 'reference'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1, title: 'Id' },
          name,
          region: { type: 'string', minLength: 1, title: 'Region' },
          reference: legalReferenceSchema,
        },
      },
    },
    municipalities: {
      type: 'array',
      title: 'Kommuner',
      'x-key': 'code',
      minItems: 1,
      items: {
        type: 'object',
        title: 'Kommune',
        required: ['code', 'name', 'council', 'approxPopulation', 'reference'],
        additionalProperties: false,
        properties: {
          code: { type: 'integer', minimum: 100, maximum: 999, title: 'Kommunekode' },
          name,
          council: { type: 'string', minLength: 1, title: 'Sundhedsråd' },
          approxPopulation: { type: 'integer', minimum: 0, maximum: 10_000_000, title: 'Indbyggere (ca.)' },
          reference: legalReferenceSchema,
        },
      },
    },
    islands: {
      type: 'array',
      title: 'Ikke-brofaste øer',
      'x-key': 'id',
      items: {
        type: 'object',
        title: 'Ikke-brofast ø',
        required: ['id', 'name', 'municipality', 'wholeMunicipality', 'reference'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1, title: 'Id' },
          name,
          municipality: { type: 'integer', title: 'Kommunekode' },
          wholeMunicipality: { type: 'boolean', title: 'Øen er hele kommunen' },
          reference: legalReferenceSchema,
        },
      },
    },
  },
} as const;
