import { legalReferenceSchema } from '../../core/legal-reference-schema.js';

/** Every basis a rule may give; the API's schemas and the letters' labels use the same list. */
export const DECISION_BASES = ['within-ceiling', 'refill', 'non-bridged-island', 'extraordinary-growth', 'extraordinary-situation', 'ceiling-reached', 'provider-number-limit'] as const;

/**
 * JSON Schema of DecisionsContent (types.ts). The condition trees are only required to be objects
 * here; check() validates their structure so each problem names the exact condition.
 */
export const decisionsSchema = {
  type: 'object',
  title: 'Afgørelsesregler',
  required: ['parameters', 'rules'],
  additionalProperties: false,
  properties: {
    parameters: {
      type: 'object',
      title: 'Parametre',
      propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9]*$' },
      additionalProperties: {
        type: 'object',
        title: 'Parameter',
        required: ['value', 'label', 'reference'],
        additionalProperties: false,
        properties: {
          value: { type: ['string', 'number', 'boolean'], title: 'Værdi' },
          label: { type: 'string', minLength: 1, title: 'Betegnelse' },
          reference: legalReferenceSchema,
        },
      },
    },
    rules: {
      type: 'array',
      title: 'Regler',
      'x-key': 'id',
      minItems: 1,
      items: {
        type: 'object',
        title: 'Regel',
        required: ['id', 'title', 'role', 'outcome', 'basis', 'conditions', 'explanation', 'reference'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'små bogstaver, tal og bindestreg', title: 'Id' },
          title: { type: 'string', minLength: 1, title: 'Titel', description: 'reglens danske navn i afgørelser og breve' },
          role: { type: 'string', enum: ['base', 'exception'], title: 'Rolle (grundregel/undtagelse)' },
          overrides: { type: 'array', items: { type: 'string', minLength: 1 }, title: 'Fraviger reglerne' },
          outcome: { type: 'string', enum: ['granted', 'refused'], title: 'Udfald (bevilget/afslået)' },
          basis: { type: 'string', enum: DECISION_BASES, title: 'Grundlag' },
          conditions: { type: 'object', title: 'Betingelser' },
          temporary: {
            type: 'object',
            title: 'Midlertidig tilladelse',
            required: ['months', 'reference'],
            additionalProperties: false,
            properties: { months: { type: 'integer', minimum: 1, maximum: 600, title: 'Antal måneder' }, reference: legalReferenceSchema },
          },
          unit: { type: 'string', enum: ['capacity', 'provider-number'], title: 'Hvad der udmøntes (kapacitet/ydernummer)', description: 'udelades for lægekapaciteter; »provider-number«, hvor reglen giver ekstra ydernumre' },
          explanation: { type: 'string', minLength: 1, title: 'Begrundelse' },
          reference: legalReferenceSchema,
        },
      },
    },
  },
} as const;
