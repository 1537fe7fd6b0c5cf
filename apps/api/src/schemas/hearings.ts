import { expectedVersion, idText, isoDate, longText, patientCount } from './common.js';

/** Body of POST /v1/hearings; the region comes from the caller's token. */
export const openHearingSchema = {
  $id: 'OpenHearing',
  type: 'object',
  additionalProperties: false,
  required: ['runId'],
  properties: {
    runId: { ...idText, title: 'Modelkørsel' },
    year: { type: 'integer', minimum: 2025, maximum: 2100, title: 'Høringsrundens år (standard: kørslens år)' },
  },
} as const;

export const preliminarySchema = {
  $id: 'Preliminary',
  type: 'object',
  additionalProperties: false,
  required: ['minimumPerCapacity'],
  properties: {
    minimumPerCapacity: { ...patientCount, title: 'Foreløbigt minimumspatienttal pr. kapacitet' },
    deviationReasonId: { type: ['string', 'null'], minLength: 1, maxLength: 100, title: 'Begrundelse for afvigelse (id fra regelsættet minimum-patients)' },
    deviationText: { ...longText, type: ['string', 'null'], title: 'Begrundelsen skrevet ud (står i brevene)' },
    hearingDeadline: { ...isoDate, title: 'Klinikkens høringsfrist (standard: rundens)' },
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
    heldOn: { ...isoDate, title: 'Dato for dialogen' },
    outcome: { ...longText, minLength: 1, title: 'Hvad dialogen førte til' },
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
    comment: { ...longText, title: 'Klinikkens bemærkninger' },
    maximumPatients: { ...patientCount, type: ['integer', 'null'], title: 'Det højeste antal patienter klinikken kan tage' },
    expectedVersion,
  },
} as const;

export const finalSchema = {
  $id: 'Final',
  type: 'object',
  additionalProperties: false,
  required: ['minimumPerCapacity'],
  properties: {
    minimumPerCapacity: { ...patientCount, title: 'Endeligt minimumspatienttal pr. kapacitet' },
    reasonId: { type: ['string', 'null'], minLength: 1, maxLength: 100, title: 'Begrundelse for afvigelse (id fra regelsættet minimum-patients)' },
    reasonText: { ...longText, type: ['string', 'null'], title: 'Begrundelsen skrevet ud (står i afgørelsesbrevet)' },
    expectedVersion,
  },
} as const;
