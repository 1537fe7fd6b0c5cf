import { checkJsonInput, readJsonInput } from './json-input.js';
import { LetterInputError } from './letter-problem.js';
import type { MinimumCase } from './minimum-case.js';
import { fromStoreCase, isStoreCase } from './store-case.js';

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
    decidedWithoutResponse: { type: 'boolean' },
    hearingNumber: { type: 'integer', minimum: 1 },
    dialogues: {
      type: 'array',
      items: { type: 'object', required: ['heldOn', 'outcome', 'agreement'], additionalProperties: false, properties: { heldOn: date, outcome: { type: 'string', minLength: 1 }, agreement: { type: 'boolean' } } },
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
