import { providerNumberSchema } from '@fordeling/engine';
import { isoDate, ruleSetRef } from './common.js';

// Bounds a real run never reaches (issue 15): Denmark has ≈ 6 million citizens and ≈ 3.500 GP capacities.
const name = { type: 'string', maxLength: 200 } as const;
const amount = (maximum: number) => ({ type: 'number', minimum: -maximum, maximum }) as const;

/** run.json as written by `fordeling run` (docs/contracts.md); extra members are kept. */
const runJson = {
  type: 'object',
  required: ['synthetic', 'asOf', 'ruleSets', 'inputs'],
  properties: {
    synthetic: { type: 'boolean' },
    asOf: isoDate,
    ruleSets: { type: 'array', maxItems: 100, items: ruleSetRef },
    inputs: { type: 'array', maxItems: 100, items: { type: 'object', required: ['file', 'sha256'], properties: { file: { ...name }, sha256: { type: 'string', maxLength: 100 } } } },
  },
} as const;

export const clinicResultSchema = {
  $id: 'ClinicResult',
  type: 'object',
  required: ['providerNumber', 'name', 'municipality', 'council', 'region', 'capacities', 'listedPatients', 'meanWeight', 'advisoryMinimumPerCapacity', 'advisoryMinimumTotal'],
  properties: {
    providerNumber: providerNumberSchema,
    name,
    address: name,
    municipalityCode: { type: 'integer', minimum: 0, maximum: 9999 },
    municipality: name,
    council: { ...name, minLength: 1 },
    region: { ...name, minLength: 1 },
    island: { ...name, type: ['string', 'null'] },
    capacities: { type: 'number', exclusiveMinimum: 0, maximum: 1000 },
    listedPatients: { type: 'integer', minimum: 0, maximum: 1_000_000 },
    meanWeight: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
    advisoryMinimumPerCapacity: { type: 'number', minimum: 0, maximum: 100_000 },
    advisoryMinimumTotal: { type: 'number', minimum: 0, maximum: 100_000_000 },
    patientsPerCapacity: { type: 'number', minimum: 0, maximum: 1_000_000 },
    inBand: { type: 'boolean' },
  },
} as const;

export const councilResultSchema = {
  $id: 'CouncilResult',
  type: 'object',
  required: ['council', 'region', 'citizens', 'existingCapacities', 'years'],
  properties: {
    council: { ...name, minLength: 1 },
    region: { ...name, minLength: 1 },
    citizens: { type: 'integer', minimum: 0, maximum: 100_000_000 },
    existingCapacities: { type: 'number', minimum: 0, maximum: 100_000 },
    years: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['year', 'totalWeight', 'ceiling', 'freeCapacities'],
        properties: {
          year: { type: 'integer', minimum: 2000, maximum: 2100 },
          totalWeight: amount(1e9),
          ceiling: { ...amount(100_000), title: 'Loftet i kraft (bekendtgørelsens tal, hvor regelsættet har det)' },
          freeCapacities: amount(100_000),
          computedCeiling: { ...amount(100_000), title: 'Loft beregnet efter modellen (standard: loftet)' },
          fixedCeiling: { ...amount(100_000), type: ['number', 'null'], title: 'Bekendtgørelsens antal lægekapaciteter (null: ikke i regelsættet)' },
          ceilingDifference: { ...amount(100_000), type: ['number', 'null'], title: 'Beregnet minus bekendtgørelsens tal' },
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
      properties: { path: { type: 'string', minLength: 1, maxLength: 1000, title: 'Mappe med run.json, clinics.csv og councils.csv på serveren' } },
    },
  ],
} as const;
