// A minimal JSON Schema vocabulary for the letters' data: the same objects drive ajv validation of
// each letter's data and the static check of the templates' field paths, so the two cannot drift.

export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  enum?: readonly (string | number)[];
  format?: string;
  pattern?: string;
  minimum?: number;
  minLength?: number;
}

const described = (schema: JsonSchema, description?: string): JsonSchema =>
  description ? { ...schema, description } : schema;

export const str = (description?: string): JsonSchema => described({ type: 'string', minLength: 1 }, description);
export const text = (description?: string): JsonSchema => described({ type: 'string' }, description);
export const isoDate = (description?: string): JsonSchema =>
  described({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, description);
export const num = (description?: string): JsonSchema => described({ type: 'number' }, description);
export const int = (description?: string): JsonSchema => described({ type: 'integer' }, description);
export const bool = (description?: string): JsonSchema => described({ type: 'boolean' }, description);
export const oneOf = (values: readonly string[], description?: string): JsonSchema =>
  described({ type: 'string', enum: values }, description);
export const list = (items: JsonSchema, description?: string): JsonSchema => described({ type: 'array', items }, description);

/** An object whose `required` fields must be present and whose `optional` fields may be. */
export function obj(required: Record<string, JsonSchema>, optional: Record<string, JsonSchema> = {}, description?: string): JsonSchema {
  return described(
    {
      type: 'object',
      properties: { ...required, ...optional },
      required: Object.keys(required),
      additionalProperties: false,
    },
    description,
  );
}
