import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ContentIssue } from '../contract/kind.js';
import { danishSchemaMessage } from './schema-messages.js';
import { joinPointer } from './json-pointer.js';

/**
 * One ajv instance (draft 2020-12, all errors, formats) for every schema the engine checks. `date`
 * from ajv-formats rejects dates that do not exist (2026-02-30). Schemas may carry the annotation
 * keywords `x-key` (row identity for the diff), `x-unit` and `x-plausible` (the range a real value lies
 * in, warned about by plausibility.ts).
 */
function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
  // `keywords` adds formatMinimum/formatMaximum: dates bounded to the years rules can concern.
  addFormats(ajv, { keywords: true });
  ajv.addKeyword({ keyword: 'x-key', schemaType: ['string', 'array'] });
  ajv.addKeyword({ keyword: 'x-unit', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-plausible', schemaType: 'object' });
  return ajv;
}

/** An issue found by a schema; `atKey` when the position is the member's key (an unknown field). */
export interface SchemaIssue extends ContentIssue {
  atKey?: boolean;
}

const ajv = createAjv();
const compiled = new WeakMap<object, ValidateFunction>();

/** Validates `value` against `schema`; issues carry pointers prefixed with `basePointer`. */
export function validateAgainst(schema: object, value: unknown, basePointer = ''): SchemaIssue[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(value)) return [];
  return toIssues(validate.errors ?? [], basePointer);
}

/**
 * ajv reports the branches of `anyOf`/`oneOf` and the `if` of if/then; a legal officer needs one
 * sentence per place, so only the most specific error at each pointer is kept.
 */
function toIssues(errors: ErrorObject[], basePointer: string): SchemaIssue[] {
  const seen = new Set<string>();
  const issues: SchemaIssue[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const pointer = issuePointer(error, basePointer);
    const message = danishSchemaMessage(error);
    const key = `${pointer}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ pointer, message, atKey: error.keyword === 'additionalProperties' });
  }
  return issues;
}

/**
 * The deepest pointer: for `required` the would-be pointer of the missing field, for
 * `additionalProperties` the unknown field itself.
 */
function issuePointer(error: ErrorObject, basePointer: string): string {
  const at = basePointer + error.instancePath;
  if (error.keyword === 'required') return joinPointer(at, (error.params as { missingProperty: string }).missingProperty);
  if (error.keyword === 'additionalProperties') return joinPointer(at, (error.params as { additionalProperty: string }).additionalProperty);
  if (error.keyword === 'dependentRequired') return joinPointer(at, (error.params as { missingProperty: string }).missingProperty);
  return at;
}
