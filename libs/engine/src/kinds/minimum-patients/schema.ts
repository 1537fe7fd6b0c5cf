import { roundingSchema } from '../capacity/rounding.js';
import { legalReferenceSchema, parameterSchema } from '../../core/legal-reference-schema.js';

// A share is a fraction: 0,10 is ten per cent; 10 is almost certainly a per cent typed as a share.
const share = { type: 'number', minimum: 0, maximum: 10, title: 'Andel', 'x-plausible': { maximum: 1 } } as const;

/** JSON Schema of MinimumPatientsContent (types.ts). */
export const minimumPatientsSchema = {
  type: 'object',
  title: 'Minimumspatienttal',
  required: ['rounding', 'deviationReasons', 'dialogueThresholdShare', 'deviationRequiresReasonAboveShare'],
  additionalProperties: false,
  properties: {
    rounding: { ...roundingSchema, title: 'Afrunding af det vejledende minimumspatienttal' },
    deviationReasons: {
      type: 'array',
      title: 'Begrundelser for at fravige det vejledende tal',
      'x-key': 'id',
      minItems: 1,
      items: {
        type: 'object',
        title: 'Begrundelse',
        required: ['id', 'label', 'reference'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1, title: 'Id' },
          label: { type: 'string', minLength: 1, title: 'Betegnelse' },
          direction: { type: 'string', enum: ['raise', 'lower'], title: 'Kun til at hæve (raise) eller sænke (lower) tallet' },
          reference: legalReferenceSchema,
        },
      },
    },
    dialogueThresholdShare: parameterSchema(share, 'Væsentligt højere tal (kræver dialog)'),
    deviationRequiresReasonAboveShare: parameterSchema(share, 'Fravigelse der kræver begrundelse'),
    deviationTextRequired: parameterSchema({ type: 'boolean', title: 'Ja/nej' }, 'Begrundelsen skal også skrives ud i tekst'),
    dialogueRequiredBeforeFinal: parameterSchema({ type: 'boolean', title: 'Ja/nej' }, 'Dialog med klinikken før det endelige tal'),
    newHearingIfFinalHigher: parameterSchema({ type: 'boolean', title: 'Ja/nej' }, 'Ny høring før et højere endeligt tal'),
  },
} as const;
