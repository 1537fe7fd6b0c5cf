import { isoDateSchema, providerNumberSchema } from '../shared/date-schema.js';

// Capacities may be fractional (a council holds 142,5; a clinic 1,5), never negative.
const capacities = { type: 'number', minimum: 0, maximum: 100_000 } as const;
// Every text and number is bounded by what a real request can hold (issue 15): a name, an id, a
// growth in per cent (a council's population does not grow tenfold).
const name = { type: 'string', minLength: 1, maxLength: 200 } as const;
const growthPct = { type: 'number', minimum: -100, maximum: 1000 } as const;

/**
 * JSON Schema of CapacityRequest (types.ts); messages come out in Danish via the engine's validator.
 * Every field issue 14 added is optional, so a request written for decisions 2025.1 stays valid.
 */
export const capacityRequestSchema = {
  type: 'object',
  title: 'Anmodning om kapacitet',
  required: ['date', 'council', 'request', 'existingCapacities', 'clinic', 'regionFindsCoverageInsufficient'],
  additionalProperties: false,
  properties: {
    date: isoDateSchema,
    council: { ...name, title: 'Sundhedsråd' },
    request: { type: 'string', enum: ['new', 'refill'], title: 'Ny kapacitet eller genbesættelse' },
    existingCapacities: { ...capacities, title: 'Eksisterende kapaciteter' },
    requestedCapacities: { type: 'number', exclusiveMinimum: 0, maximum: 1000, title: 'Ansøgte kapaciteter (standard 1)' },
    ceiling: { ...capacities, title: 'Kapacitetsloft (udelades, hvor bekendtgørelsen fastsætter tallet)' },
    clinic: {
      type: 'object',
      title: 'Klinik',
      required: ['providerNumber'],
      additionalProperties: false,
      properties: {
        providerNumber: providerNumberSchema,
        island: { ...name, title: 'Ikke-brofast ø' },
      },
    },
    regionFindsCoverageInsufficient: { type: 'boolean', title: 'Regionen vurderer lægedækningen utilstrækkelig' },
    extraordinaryGrowth: {
      type: 'object',
      title: 'Ekstraordinær befolkningstilvækst (form før 14. december 2026)',
      required: ['documented', 'projectedGrowthPct'],
      additionalProperties: false,
      properties: {
        documented: { type: 'boolean', title: 'Dokumenteret' },
        projectedGrowthPct: { ...growthPct, title: 'Fremskrevet tilvækst (pct.)' },
      },
    },
    extraordinarySituation: {
      type: 'object',
      title: 'Ekstraordinær situation',
      required: ['kind', 'description', 'regionReasoning'],
      additionalProperties: false,
      properties: {
        kind: { type: 'string', minLength: 1, maxLength: 100, title: 'Slags situation', description: '»high-population-growth« (høj befolkningstilvækst) eller en anden, som regionen navngiver', examples: ['high-population-growth', 'closed-neighbouring-clinic'] },
        description: { type: 'string', minLength: 1, maxLength: 5000, title: 'Situationen beskrevet' },
        regionReasoning: { type: 'string', minLength: 1, maxLength: 5000, title: 'Regionens begrundelse' },
        projectedGrowthPct: { ...growthPct, title: 'Fremskrevet tilvækst (pct.)' },
      },
    },
    doctor: {
      type: 'object',
      title: 'Lægen, der skal eje ydernummeret',
      required: ['id', 'providerNumbers'],
      additionalProperties: false,
      properties: {
        id: { ...name, title: 'Lægens id (fx autorisations-id)' },
        providerNumbers: { type: 'array', items: providerNumberSchema, uniqueItems: true, maxItems: 100, title: 'Ydernumre, lægen ejer i dag' },
      },
    },
  },
} as const;
