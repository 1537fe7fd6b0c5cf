import { capacityRequestSchema, DECISION_BASES, legalReferenceSchema } from '@fordeling/engine';
import { isoDate, ruleSetRef } from './common.js';

const outcome = { type: 'string', enum: ['granted', 'refused'], title: 'Udfald' } as const;
const basis = { type: 'string', enum: DECISION_BASES, title: 'Grundlag' } as const;

/** RuleTrace (engine, kinds/decisions/types.ts): what each rule of the decisions rule set did. */
const ruleTrace = {
  type: 'object',
  required: ['ruleId', 'role', 'fired', 'conditions', 'reference', 'explanation'],
  properties: {
    ruleId: { type: 'string' },
    title: { type: 'string' },
    role: { type: 'string', enum: ['base', 'exception'] },
    outcome,
    basis,
    fired: { type: 'boolean' },
    status: { type: 'string', enum: ['deciding', 'agreeing', 'overridden', 'not-applicable', 'not-fired'] },
    conditions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['fact', 'operator', 'result'],
        properties: { fact: { type: 'string' }, operator: { type: 'string' }, value: {}, factValue: {}, result: { type: 'boolean' }, parameter: { type: 'string' }, sentence: { type: 'string' } },
      },
    },
    reference: legalReferenceSchema,
    explanation: { type: 'string' },
  },
} as const;

/** The members a stored decision has in the list and in full (everything but the trace). */
const summaryProperties = {
  id: { type: 'string', title: 'Afgørelsens id' },
  request: capacityRequestSchema,
  outcome,
  basis,
  validUntil: { anyOf: [isoDate, { type: 'null' }], title: 'Gyldig til og med (midlertidige tilladelser)' },
  decidingRule: { type: 'string', title: 'Den afgørende regel' },
  explanation: { type: 'array', items: { type: 'string' }, title: 'Begrundelse, den afgørende regel først' },
  asOf: isoDate,
  ruleSets: { type: 'array', items: ruleSetRef, title: 'Anvendte regelsætversioner med indholdshash' },
  region: { type: 'string', title: 'Region (id i geografien på afgørelsesdatoen)' },
  council: { type: 'string', title: 'Sundhedsråd' },
  actorId: { type: 'string', title: 'Adgangsnøglen, der traf afgørelsen (token:<id>)' },
  createdAt: { type: 'string', format: 'date-time', title: 'Gemt' },
} as const;

const summaryRequired = ['id', 'request', 'outcome', 'basis', 'validUntil', 'decidingRule', 'explanation', 'asOf', 'ruleSets', 'region', 'council', 'actorId', 'createdAt'];

/** Response of GET /v1/decisions/{id}: the POST's 201 body plus what the store keeps about it. */
export const storedDecisionSchema = {
  type: 'object',
  title: 'Gemt kapacitetsafgørelse',
  required: [...summaryRequired, 'trace'],
  properties: { ...summaryProperties, trace: { type: 'array', items: ruleTrace, title: 'Hver regels betingelser og udfald' } },
} as const;

/** Response of GET /v1/decisions: newest first, without the trace (follow the id for it). */
export const decisionListSchema = {
  type: 'object',
  title: 'Kapacitetsafgørelser',
  required: ['decisions'],
  properties: {
    decisions: {
      type: 'array',
      items: {
        type: 'object',
        required: summaryRequired,
        properties: {
          ...summaryProperties,
          problem: {
            type: 'object',
            required: ['type', 'title', 'detail'],
            properties: { type: { type: 'string' }, title: { type: 'string' }, detail: { type: 'string' } },
            title: 'Kun når afgørelsen ikke kan genskabes som truffet: problemet (begrundelsen er da tom; hent afgørelsen for at se fejlen)',
          },
        },
      },
    },
  },
} as const;
