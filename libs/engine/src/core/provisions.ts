import type { RuleKind } from '../contract/kind.js';
import type { LegalReference } from '../contract/legal-reference.js';
import type { RuleSetDocument } from '../contract/rule-set.js';
import { escapeSegment, joinPointer } from './json-pointer.js';
import { SchemaNavigator } from './schema-navigation.js';
import { entryLabel, keyFields, rowKeyValues, rowLabel, subject } from './value-labels.js';

type Schema = Record<string, unknown>;

/**
 * A provision of a rule set: a parameter, a table row or a rule — whatever carries its own legal
 * reference. Its `key` names it the same way in every version (rows by their `x-key`:
 * `/content/councils/[id=Vendsyssel]`), so its value can be followed over time.
 */
export interface Provision {
  key: string;
  /** Where it is in this version (row positions may differ between versions). */
  pointer: string;
  /** Danish, from the schema's titles: »Basisvægte (køn og alder), rækken »K 15-24««. */
  title: string;
  /** Its own value: a parameter's value, or the row or rule without its reference and nested provisions. */
  value: unknown;
  reference: LegalReference;
  /** The Danish titles of the own value's fields, when it is a row or a rule. */
  fieldTitles: Record<string, string>;
  /** The `x-unit` of a field where its schema gives one (a year is written 2026, not 2.026). */
  fieldUnits: Record<string, string>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function hasReference(value: unknown): value is Record<string, unknown> & { reference: LegalReference } {
  return isObject(value) && isObject(value.reference) && typeof value.reference.instrument === 'string';
}

/** Every provision of a document, in document order. */
export function provisionsOf(document: RuleSetDocument, kind: RuleKind): Provision[] {
  const navigator = new SchemaNavigator(kind.contentSchema as Schema);
  const found: Provision[] = [];
  const visit = (node: unknown, schema: Schema | undefined, pointer: string, key: string, labels: string[]) => {
    if (Array.isArray(node)) {
      const fields = keyFields(navigator.resolve(schema));
      node.forEach((row, index) => {
        const values = rowKeyValues(row, fields);
        const segment = values ? `[${fields.map((f, i) => `${f}=${values[i]}`).join(',')}]` : String(index);
        visit(row, navigator.child(schema, String(index), true), joinPointer(pointer, index), `${key}/${escapeSegment(segment)}`, [...labels, rowLabel(row, index, fields)]);
      });
      return;
    }
    if (!isObject(node)) return;
    if (hasReference(node)) {
      const value = ownValue(node);
      const fields = isObject(value) ? Object.keys(value).map((f) => [f, navigator.resolve(navigator.child(schema, f, false))] as const) : [];
      const fieldTitles = Object.fromEntries(fields.map(([f, s]) => [f, (s?.title as string | undefined) ?? f]));
      const fieldUnits = Object.fromEntries(fields.flatMap(([f, s]) => (typeof s?.['x-unit'] === 'string' ? [[f, s['x-unit'] as string]] : [])));
      found.push({ key, pointer, title: subject(labels), value, reference: node.reference, fieldTitles, fieldUnits });
    }
    for (const [field, child] of Object.entries(node)) {
      if (field === 'reference' || !(isObject(child) || Array.isArray(child))) continue;
      const childSchema = navigator.child(schema, field, false);
      const title = entryLabel(navigator.resolve(schema), field, child, navigator.resolve(childSchema)?.title as string | undefined);
      visit(child, childSchema, joinPointer(pointer, field), joinPointer(key, field), [...labels, title ?? `feltet »${field}«`]);
    }
  };
  visit(document.content, navigator.root(), '/content', '/content', []);
  return found;
}

/** A parameter is its value; a row or rule is itself, less its reference and the provisions inside it. */
function ownValue(node: Record<string, unknown>): unknown {
  const fields = Object.keys(node).filter((f) => f !== 'reference');
  // A parameter may carry its own name (`label`) beside the value; the name is its title, not its value.
  if (fields.includes('value') && fields.every((f) => f === 'value' || f === 'label')) return node.value;
  const own: Record<string, unknown> = {};
  for (const field of fields) {
    const child = node[field];
    if (hasReference(child) || (Array.isArray(child) && child.length > 0 && child.every(hasReference))) continue;
    own[field] = child;
  }
  return own;
}
