import { legalReferenceSchema, parameterSchema } from '../../core/legal-reference-schema.js';
import { CHARACTERISTICS } from './characteristics.js';

// A disease weight is relative to the average citizen (1): a base weight far outside 0,05–10 or a
// contribution outside −2–5 is almost certainly a typing error (`x-plausible`, a warning).
const weight = { type: 'number', minimum: -100, maximum: 100, title: 'Vægt', 'x-plausible': { minimum: 0.05, maximum: 10 } } as const;
const age = { type: 'integer', minimum: 0, maximum: 130, title: 'Alder' } as const;

/** JSON Schema of WeightsContent (types.ts). */
export const weightsSchema = {
  type: 'object',
  title: 'Sygdomsvægte',
  required: ['ageBands', 'baseWeights', 'contributions', 'parentsEducationBelowAge', 'normalisedMean', 'lifeExpectancyCorrection'],
  additionalProperties: false,
  properties: {
    ageBands: {
      type: 'array',
      title: 'Aldersgrupper',
      'x-key': 'id',
      minItems: 1,
      items: {
        type: 'object',
        title: 'Aldersgruppe',
        required: ['id', 'from'],
        additionalProperties: false,
        properties: { id: { type: 'string', minLength: 1, title: 'Id' }, from: { ...age, title: 'Fra alder' }, to: { ...age, title: 'Til og med alder' } },
      },
    },
    baseWeights: {
      type: 'array',
      title: 'Basisvægte (køn og alder)',
      // A row is one sex × age band (check.ts allows exactly one), so the diff matches rows by both.
      'x-key': ['sex', 'ageBand'],
      items: {
        type: 'object',
        title: 'Basisvægt',
        required: ['sex', 'ageBand', 'value', 'reference'],
        additionalProperties: false,
        properties: {
          sex: { type: 'string', enum: ['M', 'K'], title: 'Køn' },
          ageBand: { type: 'string', minLength: 1, title: 'Aldersgruppe' },
          value: weight,
          reference: legalReferenceSchema,
        },
      },
    },
    contributions: {
      type: 'array',
      title: 'Tillæg for karakteristika',
      'x-key': 'id',
      items: {
        type: 'object',
        title: 'Tillæg',
        required: ['id', 'label', 'characteristic', 'value', 'reference'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1, title: 'Id' },
          label: { type: 'string', minLength: 1, title: 'Betegnelse' },
          characteristic: { type: 'string', enum: Object.keys(CHARACTERISTICS), title: 'Karakteristikum' },
          equals: { type: ['string', 'number', 'boolean'], title: 'Lig med' },
          in: { type: 'array', items: { type: ['string', 'number'] }, minItems: 1, title: 'En af' },
          min: { type: 'number', minimum: 0, maximum: 1000, title: 'Mindst' },
          max: { type: 'number', minimum: 0, maximum: 1000, title: 'Højst' },
          value: { type: 'number', minimum: -100, maximum: 100, title: 'Tillæg', 'x-plausible': { minimum: -2, maximum: 5 } },
          reference: legalReferenceSchema,
        },
      },
    },
    parentsEducationBelowAge: parameterSchema(age, 'Forældres uddannelse bruges under alderen'),
    normalisedMean: parameterSchema({ type: 'number', exclusiveMinimum: 0, maximum: 100, title: 'Gennemsnit' }, 'Normeret gennemsnitsvægt'),
    normalise: parameterSchema({ type: 'boolean', title: 'Normér (ja/nej)' }, 'Normér vægtene til gennemsnittet'),
    lifeExpectancyCorrection: {
      type: 'array',
      title: 'Korrektion for middellevetid',
      'x-key': 'level',
      items: {
        type: 'object',
        title: 'Korrektionsniveau',
        required: ['level', 'share'],
        additionalProperties: false,
        properties: {
          level: { type: 'string', enum: ['council', 'municipality'], title: 'Niveau' },
          share: parameterSchema({ type: 'number', minimum: 0, maximum: 1, title: 'Andel' }, 'Andel der omfordeles'),
        },
      },
    },
  },
} as const;
