import { legalReferenceSchema, parameterSchema } from '../../core/legal-reference-schema.js';
import { roundingSchema } from './rounding.js';

/**
 * JSON Schema of CapacityContent (types.ts). `x-plausible` is the range a real value lies in (a
 * warning outside it, core/plausibility.ts): the target and the maximum are patients per capacity in
 * the hundreds or thousands, so 1,55 is »1.550« typed with a Danish thousands separator.
 */
const patientsPerCapacity = { maximum: 100_000, 'x-plausible': { minimum: 100, maximum: 10000 } } as const;
export const capacitySchema = {
  type: 'object',
  title: 'Kapacitet',
  required: ['targetWeightedCitizensPerCapacity', 'maximumPatientsPerCapacity', 'years', 'ceilingRounding', 'reportingBand'],
  additionalProperties: false,
  properties: {
    targetWeightedCitizensPerCapacity: parameterSchema({ type: 'number', exclusiveMinimum: 0, title: 'Måltal', ...patientsPerCapacity }, 'Måltal: sygdomsvægtede borgere pr. lægekapacitet'),
    maximumPatientsPerCapacity: parameterSchema({ type: 'integer', minimum: 1, title: 'Maksimum', ...patientsPerCapacity }, 'Maksimalt antal patienter pr. lægekapacitet'),
    years: {
      type: 'array',
      title: 'År med kapacitetsloft',
      'x-key': 'year',
      minItems: 1,
      items: {
        type: 'object',
        title: 'År',
        required: ['year', 'population', 'reference'],
        additionalProperties: false,
        properties: {
          year: { type: 'integer', minimum: 2000, maximum: 2100, title: 'År', 'x-unit': 'år' },
          population: { type: 'string', enum: ['current', 'projected'], title: 'Befolkning (aktuel/fremskrevet)' },
          reference: legalReferenceSchema,
        },
      },
    },
    ceilingRounding: { ...roundingSchema, title: 'Afrunding af kapacitetsloftet' },
    fixedCeilings: {
      type: 'array',
      title: 'Bekendtgørelsens antal lægekapaciteter pr. sundhedsråd',
      description: 'det antal kapaciteter, bekendtgørelsen fastsætter for hvert sundhedsråd ved udgangen af året; bruges i stedet for det beregnede loft',
      'x-key': ['council', 'year'],
      items: {
        type: 'object',
        title: 'Sundhedsråd og år',
        required: ['council', 'year', 'capacities', 'reference'],
        additionalProperties: false,
        properties: {
          council: { type: 'string', minLength: 1, title: 'Sundhedsråd', description: 'sundhedsrådets id i geografi-regelsættet' },
          year: { type: 'integer', minimum: 2000, maximum: 2100, title: 'År', 'x-unit': 'år' },
          capacities: { type: 'number', minimum: 0, maximum: 100_000, title: 'Lægekapaciteter ved årets udgang', 'x-plausible': { minimum: 10, maximum: 5000 } },
          reference: legalReferenceSchema,
        },
      },
    },
    reportingBand: {
      type: 'object',
      title: 'Forventet interval for minimumspatienttal',
      required: ['lower', 'upper', 'expectedShare', 'reference'],
      additionalProperties: false,
      properties: {
        lower: { type: 'number', minimum: 0, title: 'Nedre grænse', ...patientsPerCapacity },
        upper: { type: 'number', minimum: 0, title: 'Øvre grænse', ...patientsPerCapacity },
        expectedShare: { type: 'number', exclusiveMinimum: 0, maximum: 1, title: 'Forventet andel af klinikker' },
        reference: legalReferenceSchema,
      },
    },
  },
} as const;
