import type { JsonSchema } from './json-schema.js';

export interface SchemaField {
  /** Template path, e.g. "clinic.meanWeight"; list items as "rules.sets[].version". */
  path: string;
  type: string;
  required: boolean;
  description: string;
}

/** Every field of a letter's data, for `fordeling letters fields` and docs/letters.md. */
export function schemaFields(schema: JsonSchema, prefix = '', required = true): SchemaField[] {
  const fields: SchemaField[] = [];
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const isRequired = required && (schema.required ?? []).includes(name);
    fields.push({ path, type: child.type === 'array' ? `liste af ${child.items?.type ?? '?'}` : (child.type ?? '?'), required: isRequired, description: child.description ?? '' });
    if (child.type === 'object') fields.push(...schemaFields(child, path, isRequired));
    if (child.type === 'array' && child.items?.type === 'object') fields.push(...schemaFields(child.items, `${path}[]`, isRequired));
  }
  return fields;
}
