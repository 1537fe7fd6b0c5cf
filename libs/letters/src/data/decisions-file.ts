import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import type { CapacityRequest, Decision } from '@fordeling/engine';
import { danishAjvError } from '../check/ajv-danish.js';
import { LetterInputError } from './letter-problem.js';

/**
 * One decided capacity request (`--decisions FILE` = `{ "decisions": [DecidedRequest, …] }`): the
 * request given to `fordeling decide` and the Decision it returned. `clinic` names a clinic that is
 * not (yet) in the run, e.g. a new provider number.
 */
export interface DecidedRequest {
  request: CapacityRequest;
  decision: Decision;
  clinic?: { name: string; address: string; municipality?: string };
}

const fileSchema = {
  type: 'object',
  required: ['decisions'],
  properties: {
    decisions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['request', 'decision'],
        properties: {
          request: {
            type: 'object',
            required: ['date', 'council', 'request', 'existingCapacities', 'ceiling', 'clinic'],
            properties: { clinic: { type: 'object', required: ['providerNumber'] } },
          },
          decision: {
            type: 'object',
            required: ['outcome', 'basis', 'decidingRule', 'trace', 'explanation', 'ruleSets', 'asOf'],
          },
          clinic: { type: 'object', required: ['name', 'address'] },
        },
      },
    },
  },
};

export async function readDecisionsFile(file: string): Promise<DecidedRequest[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new LetterInputError(file, [`kan ikke læses som JSON: ${(error as Error).message}`]);
  }
  const validate = new Ajv({ allErrors: true, strict: false }).compile(fileSchema);
  if (!validate(data)) {
    throw new LetterInputError(file, (validate.errors ?? []).map((e) => danishAjvError(e, '/')));
  }
  return (data as { decisions: DecidedRequest[] }).decisions;
}
