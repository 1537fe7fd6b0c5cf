import { isoDate, ruleSetRef } from './common.js';

/** run.json as written by `fordeling run` (docs/contracts.md); extra members are kept. */
const runJson = {
  type: 'object',
  required: ['synthetic', 'asOf', 'ruleSets', 'inputs'],
  properties: {
    synthetic: { type: 'boolean' },
    asOf: isoDate,
    ruleSets: { type: 'array', items: ruleSetRef },
    inputs: { type: 'array', items: { type: 'object', required: ['file', 'sha256'], properties: { file: { type: 'string' }, sha256: { type: 'string' } } } },
  },
} as const;

export const clinicResultSchema = {
  $id: 'ClinicResult',
  type: 'object',
  required: ['providerNumber', 'name', 'municipality', 'council', 'region', 'capacities', 'listedPatients', 'meanWeight', 'advisoryMinimumPerCapacity', 'advisoryMinimumTotal'],
  properties: {
    providerNumber: { type: 'string', minLength: 1 },
    name: { type: 'string' },
    address: { type: 'string' },
    municipalityCode: { type: 'integer' },
    municipality: { type: 'string' },
    council: { type: 'string', minLength: 1 },
    region: { type: 'string', minLength: 1 },
    island: { type: ['string', 'null'] },
    capacities: { type: 'number', exclusiveMinimum: 0 },
    listedPatients: { type: 'integer', minimum: 0 },
    meanWeight: { type: 'number', exclusiveMinimum: 0 },
    advisoryMinimumPerCapacity: { type: 'number', minimum: 0 },
    advisoryMinimumTotal: { type: 'number', minimum: 0 },
    patientsPerCapacity: { type: 'number', minimum: 0 },
    inBand: { type: 'boolean' },
  },
} as const;

export const councilResultSchema = {
  $id: 'CouncilResult',
  type: 'object',
  required: ['council', 'region', 'citizens', 'existingCapacities', 'years'],
  properties: {
    council: { type: 'string', minLength: 1 },
    region: { type: 'string', minLength: 1 },
    citizens: { type: 'integer', minimum: 0 },
    existingCapacities: { type: 'number', minimum: 0 },
    years: {
      type: 'array',
      items: {
        type: 'object',
        required: ['year', 'totalWeight', 'ceiling', 'freeCapacities'],
        properties: {
          year: { type: 'integer' },
          totalWeight: { type: 'number' },
          ceiling: { type: 'number', title: 'Loftet i kraft (bekendtgørelsens tal, hvor regelsættet har det)' },
          freeCapacities: { type: 'number' },
          computedCeiling: { type: 'number', title: 'Loft beregnet efter modellen (standard: loftet)' },
          fixedCeiling: { type: ['number', 'null'], title: 'Bekendtgørelsens antal lægekapaciteter (null: ikke i regelsættet)' },
          ceilingDifference: { type: ['number', 'null'], title: 'Beregnet minus bekendtgørelsens tal' },
        },
      },
    },
  },
} as const;

/** Body of POST /v1/runs: the run itself, or a folder on the server holding run.json and the CSV files. */
export const registerRunSchema = {
  $id: 'RegisterRun',
  type: 'object',
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['run', 'clinics'],
      properties: {
        run: runJson,
        clinics: { type: 'array', maxItems: 20_000, items: clinicResultSchema },
        councils: { type: 'array', maxItems: 1_000, items: councilResultSchema },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['path'],
      properties: { path: { type: 'string', minLength: 1, title: 'Mappe med run.json, clinics.csv og councils.csv på serveren' } },
    },
  ],
} as const;
