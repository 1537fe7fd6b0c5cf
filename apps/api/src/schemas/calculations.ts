import { citizenSchema } from './citizen.js';
import { isoDate } from './common.js';

const MAX_CITIZENS = 10_000;

/** Body of POST /v1/calculations/weights. */
export const weightsCalculationSchema = {
  $id: 'WeightsCalculation',
  type: 'object',
  additionalProperties: false,
  required: ['citizens'],
  properties: {
    asOf: isoDate,
    citizens: { type: 'array', minItems: 1, maxItems: MAX_CITIZENS, items: citizenSchema },
  },
} as const;

/** Body of POST /v1/calculations/clinic-minimum: a mean weight, or the clinic's listed patients. */
export const clinicMinimumSchema = {
  $id: 'ClinicMinimumCalculation',
  type: 'object',
  additionalProperties: false,
  required: ['capacities'],
  properties: {
    asOf: isoDate,
    capacities: { type: 'number', exclusiveMinimum: 0, maximum: 100, title: 'Kapaciteter' },
    meanWeight: { type: 'number', exclusiveMinimum: 0, maximum: 100, title: 'Gennemsnitlig sygdomsvægt' },
    patients: { type: 'array', minItems: 1, maxItems: MAX_CITIZENS, items: citizenSchema, title: 'Tilmeldte patienter' },
  },
  oneOf: [{ required: ['meanWeight'] }, { required: ['patients'] }],
} as const;
