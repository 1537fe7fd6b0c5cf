import { citeReference, type LegalReference } from '../contract/legal-reference.js';
import type { LoadedRuleSet, RuleSetDocument } from '../contract/rule-set.js';
import { canonicalJson } from './canonical-hash.js';
import { headerSchema } from './header-schema.js';
import { joinPointer } from './json-pointer.js';
import type { RuleRegistry } from './registry.js';
import { SchemaNavigator } from './schema-navigation.js';
import { entryLabel, isLegalReference, keyFields, lowerFirst, rowKeyValues, rowLabel, showValue, subject } from './value-labels.js';

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

/** A list of rows (objects), as the kinds' tables are. */
function isTable(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0 && value.every(isObject);
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
      if (key === 'reference' && isLegalReference(before[key]) && isLegalReference(after[key])) {
        // When a value beside it changed too, that sentence already cites the new reference.
        const siblingChanged = keys.some((k) => k !== 'reference' && !same(before[k], after[k]));
        if (!same(before[key], after[key]) && !siblingChanged) changes.push(referenceChanged(place, child, before[key], after[key]));
        continue;
      }
      // A table that comes (or goes) as a whole is told row by row, as legal staff read a new appendix.
      if (!(key in before)) isTable(after[key]) ? walkRows([], after[key], child, changes) : changes.push(added(child, after[key]));
      else if (!(key in after)) isTable(before[key]) ? walkRows(before[key], [], child, changes) : changes.push(removed(child, before[key]));
      else walk(before[key], after[key], child, changes, contentNavigator);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some((row) => typeof row === 'object' && row !== null)) {
    walkRows(before, after, place, changes);
    return;
  }
  // A description is prose: saying that it changed is enough (and it may name sources by the
  // project's internal names, which users never see).
  const predicate = place.pointer === '/description' ? 'er ændret' : `ændres fra ${show(before, place)} til ${show(after, place)}`;
  changes.push({ pointer: place.pointer, change: 'changed', before, after, sentence: sentence(place, predicate, after) });
}

/**
 * Rows matched by `x-key` when the schema names one, else by position. A row is named by its key
 * values (»vendsyssel«; »K 15-24« for sex and age band); a row missing a key field, by its position.
 */
function walkRows(before: unknown[], after: unknown[], place: Place, changes: RuleChange[]): void {
  const fields = keyFields(place.schema);
  const keyOf = (row: unknown, index: number) => {
    const values = rowKeyValues(row, fields);
    return values ? JSON.stringify(values) : `#${index}`;
  };
  const label = (row: unknown, index: number) => rowLabel(row, index, fields);
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
  const schemaTitle = pointer === '/content' || isParameterValue ? undefined : (schema?.title as string | undefined);
  const title = entryLabel(place.navigator.resolve(place.schema), key, after[key] ?? before[key], schemaTitle);
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

/**
 * A reference is one thing to a legal officer: its citation changes, or only its address or internal
 * note (never quoted: notes are the project's own words).
 */
function referenceChanged(owner: Place, place: Place, before: LegalReference, after: LegalReference): RuleChange {
  const [from, to] = [citeReference(before), citeReference(after)];
  const whose = owner.labels.length ? `Henvisningen for ${lowerFirst(subject(owner.labels))}` : 'Henvisningen';
  const sentence = from === to
    ? `${whose} opdateres (adresse eller note); den er fortsat ${to}.`
    : `${whose} ændres fra ${from} til ${to}.`;
  return { pointer: place.pointer, change: 'changed', before, after, sentence };
}

function added(place: Place, value: unknown): RuleChange {
  return { pointer: place.pointer, change: 'added', before: undefined, after: value, sentence: sentence(place, `tilføjes med værdien ${show(value, place)}`, value) };
}

function removed(place: Place, value: unknown): RuleChange {
  return { pointer: place.pointer, change: 'removed', before: value, after: undefined, sentence: sentence({ ...place, afterTrail: place.beforeTrail }, `fjernes (var ${show(value, place)})`, value) };
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

function show(value: unknown, place: Place): string {
  return showValue(value, place.pointer);
}
