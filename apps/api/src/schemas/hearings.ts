import { expectedVersion } from './common.js';

/** Body of POST /v1/hearings; the region comes from the caller's token. */
export const openHearingSchema = {
  $id: 'OpenHearing',
  type: 'object',
  additionalProperties: false,
  required: ['runId'],
  properties: {
    runId: { type: 'string', minLength: 1, title: 'Modelkørsel' },
    year: { type: 'integer', minimum: 2025, maximum: 2100, title: 'Høringsrundens år (standard: kørslens år)' },
  },
} as const;

export const preliminarySchema = {
  $id: 'Preliminary',
  type: 'object',
  additionalProperties: false,
  required: ['minimumPerCapacity'],
  properties: {
    minimumPerCapacity: { type: 'integer', minimum: 0, title: 'Foreløbigt minimumspatienttal pr. kapacitet' },
    deviationReasonId: { type: ['string', 'null'], title: 'Begrundelse for afvigelse (id fra regelsættet minimum-patients)' },
    expectedVersion,
  },
} as const;

export const responseSchema = {
  $id: 'ClinicResponse',
  type: 'object',
  additionalProperties: false,
  required: ['comment'],
  properties: {
    comment: { type: 'string', maxLength: 20_000, title: 'Klinikkens bemærkninger' },
    maximumPatients: { type: ['integer', 'null'], minimum: 0, title: 'Det højeste antal patienter klinikken kan tage' },
    expectedVersion,
  },
} as const;

export const finalSchema = {
  $id: 'Final',
  type: 'object',
  additionalProperties: false,
  required: ['minimumPerCapacity'],
  properties: {
    minimumPerCapacity: { type: 'integer', minimum: 0, title: 'Endeligt minimumspatienttal pr. kapacitet' },
    reasonId: { type: ['string', 'null'], title: 'Begrundelse for afvigelse (id fra regelsættet minimum-patients)' },
    expectedVersion,
  },
} as const;
