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
    deviationText: { type: ['string', 'null'], maxLength: 20_000, title: 'Begrundelsen skrevet ud (står i brevene)' },
    hearingDeadline: { type: 'string', format: 'date', title: 'Klinikkens høringsfrist (standard: rundens)' },
    newHearing: { type: 'boolean', title: 'Ny høring på en sag, der allerede er hørt (kræver ny frist)' },
    expectedVersion,
  },
} as const;

export const dialogueSchema = {
  $id: 'Dialogue',
  type: 'object',
  additionalProperties: false,
  required: ['heldOn', 'outcome', 'agreement'],
  properties: {
    heldOn: { type: 'string', format: 'date', title: 'Dato for dialogen' },
    outcome: { type: 'string', minLength: 1, maxLength: 20_000, title: 'Hvad dialogen førte til' },
    agreement: { type: 'boolean', title: 'Opnåede regionen og klinikken enighed' },
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
    reasonText: { type: ['string', 'null'], maxLength: 20_000, title: 'Begrundelsen skrevet ud (står i afgørelsesbrevet)' },
    expectedVersion,
  },
} as const;
