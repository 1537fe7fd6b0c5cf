import { legalReferenceSchema } from '../../core/legal-reference-schema.js';
import { isoDateSchema } from '../shared/date-schema.js';
import { TIMELINE_STEPS } from './steps.js';

/** JSON Schema of TimelineContent (types.ts). */
export const timelineSchema = {
  type: 'object',
  title: 'Tidsplan',
  required: ['rounds'],
  additionalProperties: false,
  properties: {
    rounds: {
      type: 'array',
      title: 'Årlige runder',
      'x-key': 'year',
      minItems: 1,
      items: {
        type: 'object',
        title: 'Runde',
        required: ['year', 'steps'],
        additionalProperties: false,
        properties: {
          year: { type: 'integer', minimum: 2000, maximum: 2100, title: 'År', 'x-unit': 'år' },
          steps: {
            type: 'array',
            title: 'Trin',
            'x-key': 'id',
            items: {
              type: 'object',
              title: 'Trin',
              required: ['id', 'date', 'label', 'reference'],
              additionalProperties: false,
              properties: {
                id: { type: 'string', enum: [...TIMELINE_STEPS], title: 'Trin' },
                date: isoDateSchema,
                label: { type: 'string', minLength: 1, title: 'Betegnelse' },
                reference: legalReferenceSchema,
              },
            },
          },
        },
      },
    },
  },
} as const;
