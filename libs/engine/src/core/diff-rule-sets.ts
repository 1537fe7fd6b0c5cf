import { citeReference, type LegalReference } from '../contract/legal-reference.js';
import type { LoadedRuleSet, RuleSetDocument } from '../contract/rule-set.js';
import { formatDate, isIsoDate } from '../format/danish.js';
import { canonicalJson } from './canonical-hash.js';
import { danishNumber } from './danish-value.js';
import { headerSchema } from './header-schema.js';
import { joinPointer } from './json-pointer.js';
import type { RuleRegistry } from './registry.js';
import { SchemaNavigator } from './schema-navigation.js';

export interface RuleChange {
  pointer: string;
  change: 'changed' | 'added' | 'removed';
  /** undefined when added. */
  before: unknown;
  /** undefined when removed. */
  after: unknown;
  /** Danish, named with the schema titles along the path, ending with the value's legal reference. */
  sentence: string;
}

type Schema = Record<string, unknown>;
type Obj = Record<string, unknown>;

interface Place {
  pointer: string;
  schema: Schema | undefined;
  navigator: SchemaNavigator;
  /** Danish names along the path ("Basisvægte", "rækken »K 0-4«"). */
  labels: string[];
  /** The objects enclosing this place in the old and the new version, outermost first. */
  beforeTrail: unknown[];
  afterTrail: unknown[];
}

const STATUS_WORDS: Record<string, string> = { draft: 'udkast', published: 'offentliggjort' };

/**
 * Structural diff of two versions of one rule set: header and content, with rows of arrays matched by
 * the schema's `x-key` — one field, or several that identify a row together — (else by position), each
 * change told in one Danish sentence.
 */
export function diffRuleSets(a: LoadedRuleSet | RuleSetDocument, b: LoadedRuleSet | RuleSetDocument, registry: RuleRegistry): RuleChange[] {
  const before = 'document' in a ? a.document : a;
  const after = 'document' in b ? b.document : b;
  const headerNavigator = new SchemaNavigator(headerSchema as unknown as Schema);
  const kind = registry.get(after.kind) ?? registry.get(before.kind);
  const contentNavigator = kind ? new SchemaNavigator(kind.contentSchema as Schema) : undefined;
  const changes: RuleChange[] = [];
  const root: Place = { pointer: '', schema: headerSchema as unknown as Schema, navigator: headerNavigator, labels: [], beforeTrail: [], afterTrail: [] };
  walk(before, after, root, changes, contentNavigator);
  return changes;
}

function isObject(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function walk(before: unknown, after: unknown, place: Place, changes: RuleChange[], contentNavigator?: SchemaNavigator): void {
  if (same(before, after)) return;
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !(k in after))];
    for (const key of keys) {
      const child = childPlace(place, key, before, after, contentNavigator);
      if (!(key in before)) changes.push(added(child, after[key]));
      else if (!(key in after)) changes.push(removed(child, before[key]));
      else walk(before[key], after[key], child, changes, contentNavigator);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some((row) => typeof row === 'object' && row !== null)) {
    walkRows(before, after, place, changes);
    return;
  }
  changes.push({ pointer: place.pointer, change: 'changed', before, after, sentence: sentence(place, `ændres fra ${show(before, place)} til ${show(after, place)}`, after) });
}

/** The fields of a row array's `x-key` (one field or several), or none. */
function keyFields(schema: Schema | undefined): string[] {
  const key = schema?.['x-key'];
  if (typeof key === 'string') return [key];
  return Array.isArray(key) && key.length > 0 && key.every((k) => typeof k === 'string') ? (key as string[]) : [];
}

/**
 * Rows matched by `x-key` when the schema names one, else by position. A row is named by its key
 * values (»vendsyssel«; »K 15-24« for sex and age band); a row missing a key field, by its position.
 */
function walkRows(before: unknown[], after: unknown[], place: Place, changes: RuleChange[]): void {
  const fields = keyFields(place.schema);
  const keyValues = (row: unknown) =>
    fields.length > 0 && isObject(row) && fields.every((f) => row[f] !== undefined) ? fields.map((f) => String(row[f])) : undefined;
  const keyOf = (row: unknown, index: number) => {
    const values = keyValues(row);
    return values ? JSON.stringify(values) : `#${index}`;
  };
  const label = (row: unknown, index: number) => {
    const values = keyValues(row);
    return values ? `rækken »${values.join(' ')}«` : `række ${index + 1}`;
  };
  const beforeRows = new Map(before.map((row, i) => [keyOf(row, i), row]));
  const afterKeys = new Set(after.map((row, i) => keyOf(row, i)));
  after.forEach((row, i) => {
    const child = rowPlace(place, i, label(row, i), before, after);
    const old = beforeRows.get(keyOf(row, i));
    if (old === undefined) changes.push({ pointer: child.pointer, change: 'added', before: undefined, after: row, sentence: rowSentence(place, label(row, i), 'tilføjes i', row) });
    else walk(old, row, child, changes);
  });
  before.forEach((row, i) => {
    if (afterKeys.has(keyOf(row, i))) return;
    changes.push({ pointer: joinPointer(place.pointer, i), change: 'removed', before: row, after: undefined, sentence: rowSentence(place, label(row, i), 'fjernes fra', row) });
  });
}

function childPlace(place: Place, key: string, before: Obj, after: Obj, contentNavigator?: SchemaNavigator): Place {
  const pointer = joinPointer(place.pointer, key);
  // The content is described by the kind's schema, with its own root for `$ref`s.
  const entersContent = pointer === '/content' && contentNavigator;
  const navigator = entersContent ? contentNavigator : place.navigator;
  const schema = entersContent ? contentNavigator.root() : place.navigator.child(place.schema, key, false);
  // A parameter's `value` is the parameter itself: "Målet … ændres", not "Målet, værdi ændres".
  const isParameterValue = key === 'value' && ('reference' in after || 'reference' in before);
  const title = pointer === '/content' || isParameterValue ? undefined : (schema?.title as string | undefined);
  return {
    pointer,
    schema,
    navigator,
    labels: [...place.labels, ...(title ? [title] : isParameterValue || pointer === '/content' ? [] : [`feltet »${key}«`])],
    beforeTrail: [...place.beforeTrail, before],
    afterTrail: [...place.afterTrail, after],
  };
}

function rowPlace(place: Place, index: number, label: string, before: unknown[], after: unknown[]): Place {
  return {
    pointer: joinPointer(place.pointer, index),
    schema: place.navigator.child(place.schema, String(index), true),
    navigator: place.navigator,
    labels: [...place.labels, label],
    beforeTrail: [...place.beforeTrail, before],
    afterTrail: [...place.afterTrail, after],
  };
}

function added(place: Place, value: unknown): RuleChange {
  return { pointer: place.pointer, change: 'added', before: undefined, after: value, sentence: sentence(place, `tilføjes med værdien ${show(value, place)}`, value) };
}

function removed(place: Place, value: unknown): RuleChange {
  return { pointer: place.pointer, change: 'removed', before: value, after: undefined, sentence: sentence({ ...place, afterTrail: place.beforeTrail }, `fjernes (var ${show(value, place)})`, value) };
}

/** Later titles lose their capital ("Intervaller, rækken »B«, til …") unless it is an abbreviation. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function subject(labels: string[]): string {
  const text = labels.length ? labels.map((l, i) => (i === 0 ? l : lowerFirst(l))).join(', ') : 'Regelsættet';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(place: Place, predicate: string, value: unknown): string {
  const reference = referenceOf(value, place.afterTrail) ?? referenceOf(undefined, place.beforeTrail);
  return `${subject(place.labels)} ${predicate}${reference ? ` (${citeReference(reference)})` : ''}.`;
}

function rowSentence(place: Place, label: string, predicate: string, row: unknown): string {
  const where = place.labels.length ? subject(place.labels) : 'listen';
  const reference = referenceOf(row, []);
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} ${predicate} ${lowerFirst(where)}${reference ? ` (${citeReference(reference)})` : ''}.`;
}

/** The legal reference of the value itself or of the nearest enclosing object that carries one. */
function referenceOf(value: unknown, trail: unknown[]): LegalReference | undefined {
  for (const node of [value, ...[...trail].reverse()]) {
    if (isObject(node) && isObject(node.reference) && typeof node.reference.instrument === 'string') return node.reference as unknown as LegalReference;
  }
  return undefined;
}

/** A value as a legal officer reads it: 1.600, 1,45, 1. februar 2026, »tekst«, ja/nej. */
function show(value: unknown, place: Place): string {
  if (place.pointer === '/status' && typeof value === 'string') return STATUS_WORDS[value] ?? `»${value}«`;
  if (typeof value === 'number') return danishNumber(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'string') return isIsoDate(value) ? formatDate(value) : `»${value}«`;
  if (value === null || value === undefined) return 'ingen';
  if (Array.isArray(value)) return value.length ? value.map((v) => show(v, place)).join(', ') : 'ingen';
  if (isObject(value) && 'value' in value) return show(value.value, place);
  return canonicalJson(value);
}
