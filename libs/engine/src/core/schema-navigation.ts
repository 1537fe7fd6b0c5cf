import { splitPointer, valueAt } from './json-pointer.js';

type Schema = Record<string, unknown>;

/**
 * Walks a JSON Schema alongside a document: the subschema of a property or an array item, following
 * local `$ref`s and looking into `allOf`/`anyOf`/`oneOf`. Enough for titles and `x-key`s in the diff.
 */
export class SchemaNavigator {
  constructor(private readonly rootSchema: Schema) {}

  /** The root schema, `$ref` resolved. */
  root(): Schema | undefined {
    return this.resolve(this.rootSchema);
  }

  resolve(schema: Schema | undefined): Schema | undefined {
    let current = schema;
    for (let guard = 0; current && typeof current.$ref === 'string' && guard < 20; guard++) {
      const ref = current.$ref as string;
      if (!ref.startsWith('#')) return current;
      current = valueAt(this.rootSchema, ref.slice(1)) as Schema | undefined;
    }
    return current;
  }

  child(schema: Schema | undefined, segment: string, isArray: boolean): Schema | undefined {
    const s = this.resolve(schema);
    if (!s) return undefined;
    const direct = isArray ? this.item(s, segment) : this.property(s, segment);
    if (direct) return this.resolve(direct);
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
      for (const member of (s[keyword] as Schema[] | undefined) ?? []) {
        const found = this.child(member, segment, isArray);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** The schema at a document pointer (undefined where the schema does not say). */
  at(pointer: string, document: unknown): Schema | undefined {
    let schema: Schema | undefined = this.root();
    let node: unknown = document;
    for (const segment of splitPointer(pointer)) {
      schema = this.child(schema, segment, Array.isArray(node));
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
    return schema;
  }

  private property(s: Schema, key: string): Schema | undefined {
    const properties = s.properties as Record<string, Schema> | undefined;
    if (properties?.[key]) return properties[key];
    for (const [pattern, sub] of Object.entries((s.patternProperties as Record<string, Schema>) ?? {})) {
      if (new RegExp(pattern, 'u').test(key)) return sub;
    }
    return typeof s.additionalProperties === 'object' ? (s.additionalProperties as Schema) : undefined;
  }

  private item(s: Schema, index: string): Schema | undefined {
    const prefix = s.prefixItems as Schema[] | undefined;
    if (prefix?.[Number(index)]) return prefix[Number(index)];
    return typeof s.items === 'object' ? (s.items as Schema) : undefined;
  }
}
