import { isoDateSchema } from '../shared/date-schema.js';

/** JSON Schema of CapacityRequest (types.ts); messages come out in Danish via the engine's validator. */
export const capacityRequestSchema = {
  type: 'object',
  title: 'Anmodning om kapacitet',
  required: ['date', 'council', 'request', 'existingCapacities', 'ceiling', 'clinic', 'regionFindsCoverageInsufficient', 'extraordinaryGrowth'],
  additionalProperties: false,
  properties: {
    date: isoDateSchema,
    council: { type: 'string', minLength: 1, title: 'Sundhedsråd' },
    request: { type: 'string', enum: ['new', 'refill'], title: 'Ny kapacitet eller genbesættelse' },
    existingCapacities: { type: 'integer', minimum: 0, title: 'Eksisterende kapaciteter' },
    ceiling: { type: 'number', minimum: 0, title: 'Kapacitetsloft' },
    clinic: {
      type: 'object',
      title: 'Klinik',
      required: ['providerNumber'],
      additionalProperties: false,
      properties: {
        providerNumber: { type: 'string', minLength: 1, title: 'Ydernummer' },
        island: { type: 'string', minLength: 1, title: 'Ikke-brofast ø' },
      },
    },
    regionFindsCoverageInsufficient: { type: 'boolean', title: 'Regionen vurderer lægedækningen utilstrækkelig' },
    extraordinaryGrowth: {
      type: 'object',
      title: 'Ekstraordinær befolkningstilvækst',
      required: ['documented', 'projectedGrowthPct'],
      additionalProperties: false,
      properties: {
        documented: { type: 'boolean', title: 'Dokumenteret' },
        projectedGrowthPct: { type: 'number', title: 'Fremskrevet tilvækst (pct.)' },
      },
    },
  },
} as const;
