import { canonicalJson } from './canonical-hash.js';
import { danishNumber } from './danish-value.js';
import { formatDate, isIsoDate } from '../format/danish.js';

type Schema = Record<string, unknown>;

const STATUS_WORDS: Record<string, string> = { draft: 'udkast', published: 'offentliggjort' };

/** The fields of a row array's `x-key` (one field or several), or none. */
export function keyFields(schema: Schema | undefined): string[] {
  const key = schema?.['x-key'];
  if (typeof key === 'string') return [key];
  return Array.isArray(key) && key.length > 0 && key.every((k) => typeof k === 'string') ? (key as string[]) : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The key values of a row (`["K", "15-24"]`), or undefined when it lacks a key field. */
export function rowKeyValues(row: unknown, fields: string[]): string[] | undefined {
  return fields.length > 0 && isObject(row) && fields.every((f) => row[f] !== undefined) ? fields.map((f) => String(row[f])) : undefined;
}

/** How a sentence names a row: »rækken »K 15-24«« by its key, else »række 3« counted from 1. */
export function rowLabel(row: unknown, index: number, fields: string[]): string {
  const values = rowKeyValues(row, fields);
  return values ? `rækken »${values.join(' ')}«` : `række ${danishNumber(index + 1)}`;
}

/** Later titles lose their capital ("Intervaller, rækken »B«, til …") unless it is an abbreviation. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The labels along a path as one Danish subject: »Basisvægte, rækken »K 15-24««. */
export function subject(labels: string[]): string {
  const text = labels.length ? labels.map((l, i) => (i === 0 ? l : lowerFirst(l))).join(', ') : 'Regelsættet';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A value as a legal officer reads it: 1.600, 1,45, 1. februar 2026, »tekst«, ja/nej. */
export function showValue(value: unknown, pointer = ''): string {
  if (pointer === '/status' && typeof value === 'string') return STATUS_WORDS[value] ?? `»${value}«`;
  if (typeof value === 'number') return danishNumber(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'string') return isIsoDate(value) ? formatDate(value) : `»${value}«`;
  if (value === null || value === undefined) return 'ingen';
  if (Array.isArray(value)) return value.length ? value.map((v) => showValue(v, pointer)).join(', ') : 'ingen';
  if (isObject(value) && 'value' in value) return showValue(value.value, pointer);
  return canonicalJson(value);
}

/**
 * The label of an entry of a map (a schema's `additionalProperties`, such as the decision rules'
 * parameters): its own `label`, `title` or `name` — »Parameter »Øundtagelsen gælder til««, not
 * »parameter« — else the schema's title.
 */
export function entryLabel(parentSchema: Schema | undefined, key: string, value: unknown, title: string | undefined): string | undefined {
  const declared = (parentSchema?.properties as Record<string, unknown> | undefined)?.[key] !== undefined;
  if (declared || !isObject(value)) return title;
  const own = [value.label, value.title, value.name].find((v): v is string => typeof v === 'string' && v.length > 0);
  return own ? `»${own}«` : title;
}

/** A legal reference object (`instrument` and the rest). */
export function isLegalReference(value: unknown): value is Record<string, unknown> & { instrument: string } {
  return isObject(value) && typeof value.instrument === 'string';
}
