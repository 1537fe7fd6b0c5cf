// Request and response schemas of the rule-set workflow (issue 13): drafts, four-eyes approval,
// publishing, the impact preview. The routes validate with them and the OpenAPI document shows them.
import { idText, isoDate, ruleSetRef } from './common.js';

/** POST /v1/rulesets/{id}/drafts. */
export const newDraftSchema = {
  $id: 'NewDraft',
  type: 'object',
  additionalProperties: false,
  title: 'Nyt udkast: hele dokumentet, eller en kopi af den gældende version',
  properties: {
    validFrom: { ...isoDate, title: 'Gyldig fra (uden »document«: udkastet bygges på den version, der gælder den dag)' },
    version: { type: 'string', pattern: '^[0-9]{4}\\.[0-9]{1,4}$', maxLength: 9, title: 'Versionsnummer; standard det næste ledige for året' },
    amendment: { type: 'boolean', title: 'Skriv udkastet som en ændring (»amends« + »changes«) i stedet for en hel kopi' },
    document: { type: 'object', title: 'Hele regelsæt-dokumentet (status »draft«)' },
  },
  anyOf: [{ required: ['validFrom'] }, { required: ['document'] }],
} as const;

/** POST …/approve and …/reject. */
export const reasonSchema = {
  $id: 'Reason',
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: {
    reason: { type: 'string', minLength: 1, maxLength: 2000, title: 'Begrundelse (står i ændringsloggen)' },
    revision: { type: 'integer', minimum: 1, maximum: 1_000_000, title: 'Forventet revision; 409 hvis udkastet er ændret siden' },
  },
} as const;

/** POST …/submit. */
export const submitSchema = {
  $id: 'Submit',
  type: 'object',
  additionalProperties: false,
  properties: { revision: { type: 'integer', minimum: 1, maximum: 1_000_000, title: 'Forventet revision; 409 hvis udkastet er ændret siden' } },
} as const;

/** POST …/impact. */
export const impactRequestSchema = {
  $id: 'ImpactRequest',
  type: 'object',
  additionalProperties: false,
  properties: {
    runId: { ...idText, title: 'Kørslen, hvis inputmappe er referencebefolkningen; standard den senest registrerede' },
    asOf: { ...isoDate, title: 'Skæringsdato; standard udkastets »gyldig fra«' },
    largest: { type: 'integer', minimum: 0, maximum: 1000, title: 'Hvor mange af de største ændringer pr. klinik der vises (standard 20)' },
  },
} as const;

/** PUT /v1/runs/{id}/inputs. */
export const runInputsSchema = {
  $id: 'RunInputs',
  type: 'object',
  additionalProperties: false,
  required: ['path'],
  properties: { path: { type: 'string', minLength: 1, maxLength: 1000, title: 'Kørslens inputmappe på serveren (citizens.csv, clinics.csv, …)' } },
} as const;

const problem = {
  type: 'object',
  required: ['file', 'line', 'column', 'pointer', 'message'],
  properties: { file: { type: 'string' }, line: { type: 'integer' }, column: { type: 'integer' }, pointer: { type: 'string' }, message: { type: 'string' }, severity: { const: 'warning' } },
} as const;

const person = { type: ['object', 'null'], properties: { id: { type: 'string' }, label: { type: 'string' } } } as const;

/** A version with its state and history: GET /v1/rulesets/{id}/versions/{version} and every workflow step. */
export const ruleVersionSchema = {
  $id: 'RuleVersion',
  type: 'object',
  required: ['ref', 'file', 'state', 'history'],
  properties: {
    ref: { ...ruleSetRef, required: ['id', 'version'], properties: { ...ruleSetRef.properties, hash: { type: ['string', 'null'] }, draft: { type: 'boolean' } } },
    file: { type: 'string', title: 'Hvor versionen ligger: regelmappen (rules/…) eller databasen (databasen/…)' },
    document: { type: ['object', 'null'], title: 'Dokumentet (null, hvis teksten ikke kan læses som et JSON-objekt)' },
    text: { type: 'string', title: 'Teksten, som den er skrevet (versioner i databasen)' },
    state: {
      type: 'object',
      required: ['status', 'source', 'problems', 'warnings'],
      properties: {
        status: { enum: ['draft', 'submitted', 'rejected', 'published'] },
        source: { enum: ['folder', 'store'] },
        revision: { type: 'integer' },
        validFrom: { anyOf: [isoDate, { type: 'null' }] },
        inForce: { type: ['object', 'null'], properties: { from: isoDate, to: isoDate, succeededBy: { type: 'string' } }, title: 'Hvornår versionen gælder (kun offentliggjorte)' },
        authors: { type: 'array', items: person, title: 'Alle, der har skrevet i udkastet (ingen af dem kan godkende det)' },
        submittedBy: person,
        submittedAt: { type: ['string', 'null'], format: 'date-time' },
        approvedBy: { ...person, title: 'Hvem der godkendte og dermed offentliggjorde versionen' },
        publishedAt: { type: ['string', 'null'], format: 'date-time' },
        publishReason: { type: ['string', 'null'] },
        rejectedBy: person,
        rejectedAt: { type: ['string', 'null'], format: 'date-time' },
        rejectReason: { type: ['string', 'null'] },
        problems: { type: 'array', items: problem, title: 'Fejl fundet ved seneste gemning (med fil, linje, kolonne og sted)' },
        warnings: { type: 'array', items: problem },
      },
    },
    history: {
      type: 'array',
      items: {
        type: 'object',
        required: ['action', 'toStatus', 'actor', 'at'],
        properties: {
          seq: { type: 'integer', title: 'Løbenummer (versioner i databasen)' },
          action: { enum: ['create', 'update', 'submit', 'approve', 'reject', 'import', 'publish'] },
          fromStatus: { type: ['string', 'null'] },
          toStatus: { type: 'string' },
          revision: { type: ['integer', 'null'] },
          actor: person,
          at: { type: 'string', format: 'date-time' },
          reason: { type: ['string', 'null'] },
          hash: { type: ['string', 'null'] },
          problemCount: { type: 'integer' },
        },
      },
    },
    changes: { type: 'array', items: { type: 'object', properties: { pointer: { type: 'string' }, change: { type: 'string' }, sentence: { type: 'string' } } }, title: 'Ændringerne i ord mod den version, den afløser (ved godkendelse)' },
  },
} as const;
