import { splitPointer } from './json-pointer.js';
import { SchemaNavigator } from './schema-navigation.js';
import { entryLabel, keyFields, rowLabel, subject } from './value-labels.js';

type Schema = Record<string, unknown>;

/**
 * The place a content pointer names, as a legal officer counts: »Basisvægte (køn og alder), rækken
 * »K 15-24«« or »Intervaller, række 4« (rows from 1, as people count; pointers count from 0). Only for
 * places inside a list — elsewhere the field's own title in the message is enough — else undefined.
 */
export function placeLabel(navigator: SchemaNavigator, content: unknown, pointer: string): string | undefined {
  const segments = splitPointer(pointer.replace(/^\/content/, ''));
  let schema: Schema | undefined = navigator.root();
  let node: unknown = content;
  const labels: string[] = [];
  let inList = false;
  for (const segment of segments) {
    const resolved = navigator.resolve(schema);
    if (Array.isArray(node)) {
      const index = Number(segment);
      if (!Number.isInteger(index)) return undefined;
      labels.push(rowLabel(node[index], index, keyFields(resolved)));
      schema = navigator.child(schema, segment, true);
      node = node[index];
      inList = true;
    } else if (node !== null && typeof node === 'object') {
      const child = navigator.child(schema, segment, false);
      const value = (node as Record<string, unknown>)[segment];
      const title = entryLabel(resolved, segment, value, navigator.resolve(child)?.title as string | undefined);
      // A list's own title names it; the fields below a row are named by the message itself.
      if (title && !inList) labels.push(title);
      schema = child;
      node = value;
    } else {
      break;
    }
  }
  return inList ? subject(labels) : undefined;
}
