import type { CapacityRequest, Decision } from '@fordeling/engine';
import { checkJsonInput, readJsonInput } from './json-input.js';

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
  const data = checkJsonInput<{ decisions: DecidedRequest[] }>(file, fileSchema, await readJsonInput(file));
  return data.decisions;
}
