import type { CapacityRequest, Decision, RuleSetRef } from '@fordeling/engine';
import { checkJsonInput, readJsonInput } from './json-input.js';
import { LetterInputError } from './letter-problem.js';

/**
 * What a stored decision says about itself without its trace: GET /v1/decisions lists decisions so
 * (the trace is rebuilt from the request and the rule-set versions, which never change once published).
 */
export interface StoredDecisionSummary {
  id?: string;
  outcome: Decision['outcome'];
  basis: Decision['basis'];
  decidingRule: string;
  validUntil?: string | null;
  asOf: string;
  ruleSets: RuleSetRef[];
  /** The API's note that the stored decision can no longer be rebuilt as it was made. */
  problem?: { title: string; detail: string };
}

/**
 * One decided capacity request (`--decisions FILE`): the request given to `fordeling decide` and the
 * Decision it returned; or a decision exported from the API (GET /v1/decisions, GET
 * /v1/decisions/{id}), whose Decision the letters app rebuilds from the request under the stored
 * rule-set versions and checks against `stored` (letters-app.ts). `clinic` names a clinic that is not
 * (yet) in the run, e.g. a new provider number.
 */
export interface DecidedRequest {
  request: CapacityRequest;
  decision?: Decision;
  stored?: StoredDecisionSummary;
  clinic?: { name: string; address: string; municipality?: string };
}

const requestSchema = {
  type: 'object',
  required: ['date', 'council', 'request', 'existingCapacities', 'clinic'],
  properties: { clinic: { type: 'object', required: ['providerNumber'] } },
};
const ownSchema = {
  type: 'object',
  required: ['decisions'],
  properties: {
    decisions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['request', 'decision'],
        properties: {
          request: requestSchema,
          decision: { type: 'object', required: ['outcome', 'basis', 'decidingRule', 'trace', 'explanation', 'ruleSets', 'asOf'] },
          clinic: { type: 'object', required: ['name', 'address'] },
        },
      },
    },
  },
};
const storedSchema = {
  type: 'object',
  required: ['request', 'outcome', 'basis', 'decidingRule', 'asOf', 'ruleSets'],
  properties: { request: requestSchema, ruleSets: { type: 'array', items: { type: 'object', required: ['id', 'version', 'hash'] } } },
};
const apiSchema = { type: 'object', required: ['decisions'], properties: { decisions: { type: 'array', items: storedSchema } } };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** An API answer: a stored decision has `outcome` at its top, a decided request has `decision`. */
const isStored = (value: unknown) => isObject(value) && 'outcome' in value && 'request' in value && !('decision' in value);

function fromStored(entry: Record<string, unknown>): DecidedRequest {
  const { id, request, outcome, basis, decidingRule, validUntil, asOf, ruleSets, problem } = entry as unknown as StoredDecisionSummary & { request: CapacityRequest };
  return { request, stored: { ...(id ? { id } : {}), outcome, basis, decidingRule, validUntil: validUntil ?? null, asOf, ruleSets, ...(problem ? { problem } : {}) } };
}

/**
 * The file in any of its forms: `{ "decisions": [{ request, decision, clinic? }] }` as `fordeling
 * decide` gives them; the API's list (`GET /v1/decisions`: `{ "decisions": [...] }`); one stored
 * decision (`GET /v1/decisions/{id}`) or an array of them.
 */
export async function readDecisionsFile(file: string): Promise<DecidedRequest[]> {
  const data = await readJsonInput(file);
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.decisions) ? data.decisions : isStored(data) ? [data] : undefined;
  if (list && list.length > 0 && list.every(isStored)) {
    return checkJsonInput<{ decisions: Array<Record<string, unknown>> }>(file, apiSchema, { decisions: list }).decisions.map(fromStored);
  }
  if (Array.isArray(data)) throw new LetterInputError(file, ['/ skal være afgørelser fra API’et (GET /v1/decisions) eller { "decisions": [ { "request", "decision" } ] }']);
  return checkJsonInput<{ decisions: DecidedRequest[] }>(file, ownSchema, data).decisions;
}
