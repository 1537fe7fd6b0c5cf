import { checkJsonInput, readJsonInput } from './json-input.js';
import { LetterInputError } from './letter-problem.js';
import { fromStoreCase, isStoreCase } from './store-case.js';

/**
 * A clinic's minimum-patient case as the region has handled it (from the store or exported by hand):
 * the preliminary and final numbers, the reasons, the clinic's response. `--cases FILE` is
 * `{ "cases": [MinimumCase, …] }`, or the store's/API's cases as they are answered (an array or
 * `{ "cases": [...] }` of HearingCase). Without a case the advisory number is used as the
 * preliminary and the final number (docs/letters.md).
 */
export interface MinimumCase {
  providerNumber: string;
  preliminaryPerCapacity?: number;
  /** Id of a deviation reason of the minimum-patients rule set. */
  deviationReason?: string;
  deviationText?: string;
  hearingDeadline?: string;
  response?: { receivedOn: string; maximumPatients?: number; summary?: string; regionAnswer?: string };
  finalPerCapacity?: number;
  finalDeviationReason?: string;
  finalDeviationText?: string;
  reasons?: string[];
  /** Letter date overriding the timeline's date for this clinic. */
  letterDate?: string;
}

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const caseSchema = {
  type: 'object',
  required: ['providerNumber'],
  additionalProperties: false,
  properties: {
    providerNumber: { type: 'string', minLength: 1 },
    preliminaryPerCapacity: { type: 'integer', minimum: 1 },
    deviationReason: { type: 'string' },
    deviationText: { type: 'string' },
    hearingDeadline: date,
    response: {
      type: 'object',
      required: ['receivedOn'],
      additionalProperties: false,
      properties: { receivedOn: date, maximumPatients: { type: 'integer', minimum: 0 }, summary: { type: 'string' }, regionAnswer: { type: 'string' } },
    },
    finalPerCapacity: { type: 'integer', minimum: 1 },
    finalDeviationReason: { type: 'string' },
    finalDeviationText: { type: 'string' },
    reasons: { type: 'array', items: { type: 'string', minLength: 1 } },
    letterDate: date,
  },
};
const fileSchema = { type: 'object', required: ['cases'], properties: { cases: { type: 'array', items: caseSchema } } };

export async function readCasesFile(file: string): Promise<Map<string, MinimumCase>> {
  let data = await readJsonInput(file);
  const given = Array.isArray(data) ? data : (data as { cases?: unknown })?.cases;
  if (Array.isArray(given) && given.length > 0 && given.every(isStoreCase)) data = { cases: given.map(fromStoreCase) };
  const { cases: list } = checkJsonInput<{ cases: MinimumCase[] }>(file, fileSchema, data);
  const cases = new Map<string, MinimumCase>();
  const duplicates: string[] = [];
  list.forEach((c, i) => {
    if (cases.has(c.providerNumber)) duplicates.push(`/cases/${i}: ydernummer ${c.providerNumber} står der allerede`);
    cases.set(c.providerNumber, c);
  });
  if (duplicates.length) throw new LetterInputError(file, duplicates);
  return cases;
}
