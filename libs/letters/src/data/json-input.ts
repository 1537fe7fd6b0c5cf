// The letters' JSON inputs (cases, decisions, regions, labels): read and checked the same way, so a
// bad file always names itself and says what is wrong in Danish, with JSON pointers.
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { danishAjvError } from '../check/ajv-danish.js';
import { LetterInputError } from './letter-problem.js';

/** The parsed content of `file`; unreadable or not JSON is a LetterInputError. */
export async function readJsonInput(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new LetterInputError(file, [`kan ikke læses som JSON: ${(error as Error).message}`]);
  }
}

/** `data` as T when it matches `schema`; otherwise a LetterInputError listing every mismatch. */
export function checkJsonInput<T>(file: string, schema: object, data: unknown): T {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validate(data)) throw new LetterInputError(file, (validate.errors ?? []).map((e) => danishAjvError(e, '/')));
  return data as T;
}
