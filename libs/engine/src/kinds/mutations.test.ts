// A mutation suite over the shipped rule sets: every generated mistake a legal officer could make in
// a file — a number typed as text, a required field deleted, an unknown field, an empty name, an
// invisible character, a date that does not exist, a row twice — must be rejected, with the file,
// line and column, a pointer at (or around) the mutated place and a Danish message (issue 15).
import { describe, expect, it } from 'vitest';
import type { Problem } from '../contract/problem.js';
import { loadRules } from '../core/load-rules.js';
import { MemoryRuleSource } from '../core/memory-rule-source.js';
import { SchemaNavigator } from '../core/schema-navigation.js';
import { joinPointer } from '../core/json-pointer.js';
import { registry, shippedDocument } from '../testing/shipped-rules.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;

interface Mutation {
  name: string;
  id: string;
  pointer: string;
  apply: (doc: Record<string, Json>) => void;
}

/** Places whose value may be of several types by design (a condition's compared value, a parameter). */
const POLYMORPHIC = [/\/conditions(\/|$)/, /^\/content\/parameters\/[^/]+\/value$/, /\/equals$/, /\/in\/\d+$/];

function at(doc: Json, pointer: string): { parent: Record<string, Json> | Json[]; key: string } {
  const parts = pointer.slice(1).split('/');
  let node = doc as Record<string, Json> | Json[];
  for (const part of parts.slice(0, -1)) node = (node as Record<string, Json>)[part] as Record<string, Json> | Json[];
  return { parent: node, key: parts[parts.length - 1] };
}

function set(doc: Json, pointer: string, value: Json): void {
  const { parent, key } = at(doc, pointer);
  (parent as Record<string, Json>)[key] = value;
}

/** Every place in the content, with its schema, depth first. */
function* places(node: Json, schema: Schema | undefined, navigator: SchemaNavigator, pointer: string): Generator<{ pointer: string; value: Json; schema: Schema | undefined }> {
  const resolved = navigator.resolve(schema);
  yield { pointer, value: node, schema: resolved };
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* places(item, navigator.child(schema, String(i), true), navigator, joinPointer(pointer, i));
  } else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) yield* places(child, navigator.child(schema, key, false), navigator, joinPointer(pointer, key));
  }
}

const versions: Array<[string, string]> = [['geography', '2025.1'], ['weights', '2025.1'], ['capacity', '2025.1'], ['minimum-patients', '2025.1'], ['timeline', '2025.1'], ['decisions', '2025.1']];

async function mutationsOf(id: string, version: string): Promise<Mutation[]> {
  const doc = (await shippedDocument(id, version)) as unknown as Record<string, Json>;
  const kind = registry.get(doc.kind as string)!;
  const navigator = new SchemaNavigator(kind.contentSchema as Schema);
  const found: Mutation[] = [];
  const add = (name: string, pointer: string, apply: Mutation['apply']) => found.push({ name: `${id}: ${name} at ${pointer}`, id, pointer, apply });
  // One place of each shape is enough: rows of a table repeat the same mistakes.
  const seen = new Set<string>();
  for (const { pointer, value, schema } of places(doc.content, navigator.root(), navigator, '/content')) {
    if (POLYMORPHIC.some((p) => p.test(pointer))) continue;
    const shape = pointer.replace(/\/\d+(?=\/|$)/g, '/#');
    if (seen.has(shape)) continue;
    seen.add(shape);
    if (typeof value === 'number') {
      add('a number typed as text', pointer, (d) => set(d, pointer, String(value)));
      add('a number as true/false', pointer, (d) => set(d, pointer, true));
      if (schema?.type === 'integer') add('a fraction where a whole number belongs', pointer, (d) => set(d, pointer, value + 0.5));
      if (typeof schema?.minimum === 'number' || typeof schema?.exclusiveMinimum === 'number') add('a number below its minimum', pointer, (d) => set(d, pointer, -1e9));
      add('a number far beyond any real value', pointer, (d) => set(d, pointer, 1e12));
    } else if (typeof value === 'string') {
      add('a text typed as a number', pointer, (d) => set(d, pointer, 7));
      add('an escaped NUL in a text', pointer, (d) => set(d, pointer, `${value}\u0000`));
      if (typeof schema?.minLength === 'number' && schema.minLength > 0) add('an empty text', pointer, (d) => set(d, pointer, ''));
      if (schema?.format === 'date') add('a date that does not exist', pointer, (d) => set(d, pointer, '2026-02-30'));
      if (schema?.format === 'date') add('a date written the Danish way', pointer, (d) => set(d, pointer, '01-07-2025'));
      if (schema?.format === 'date') add('a date centuries away', pointer, (d) => set(d, pointer, '9999-12-31'));
      if (Array.isArray(schema?.enum)) add('a value not in the list', pointer, (d) => set(d, pointer, `${value}x`));
      if (typeof schema?.maxLength === 'number') add('a text longer than any real one', pointer, (d) => set(d, pointer, 'x'.repeat(schema.maxLength as number + 1)));
    } else if (typeof value === 'boolean') {
      add('true/false typed as text', pointer, (d) => set(d, pointer, value ? 'ja' : 'nej'));
    } else if (Array.isArray(value)) {
      add('a list given as an object', pointer, (d) => set(d, pointer, {}));
      if (typeof schema?.minItems === 'number' && schema.minItems > 0) add('an empty list', pointer, (d) => set(d, pointer, []));
      if (schema?.['x-key'] && value.length > 0) add('the same row twice', pointer, (d) => void (at(d, pointer).parent as Record<string, Json[]>)[at(d, pointer).key].push(structuredClone(value[0])));
    } else if (value && typeof value === 'object') {
      add('an unknown field', pointer, (d) => set(d, `${pointer}/ukendtFelt`, 1));
      if (pointer !== '/content') add('an object given as a list', pointer, (d) => set(d, pointer, []));
      for (const field of (schema?.required as string[] | undefined) ?? []) add(`the required field »${field}« deleted`, joinPointer(pointer, field), (d) => void delete (at(d, joinPointer(pointer, field)).parent as Record<string, Json>)[field]);
    }
  }
  return found;
}

const all = (await Promise.all(versions.map(([id, version]) => mutationsOf(id, version)))).flat();

async function problemsAfter(mutation: Mutation): Promise<Problem[]> {
  const doc = (await shippedDocument(mutation.id)) as unknown as Record<string, Json>;
  mutation.apply(doc);
  // The document alone, as a draft: nothing else may explain a problem.
  doc.status = 'draft';
  const source = new MemoryRuleSource({ [`bek-975-2025/${mutation.id}/2025.1.json`]: `${JSON.stringify(doc, null, 2)}\n` }, 'regler');
  return (await loadRules(source, registry)).problems;
}

const related = (problem: string, mutated: string) => problem === mutated || problem.startsWith(`${mutated}/`) || mutated.startsWith(`${problem}/`) || problem === '' ;

describe('the mutation suite over the shipped rule sets', () => {
  it('generates at least 200 distinct mistakes', () => {
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(new Set(all.map((m) => m.name)).size).toBe(all.length);
  });

  it.each(all.map((m) => [m.name, m] as const))('%s is rejected with its place and a Danish message', async (_name, mutation) => {
    const problems = await problemsAfter(mutation);
    expect(problems.length, 'the mutated file was accepted').toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.file).toBe(`regler/bek-975-2025/${mutation.id}/2025.1.json`);
      expect(p.line).toBeGreaterThan(0);
      expect(p.column).toBeGreaterThan(0);
      expect(p.message).toMatch(/[æøåÆØÅ»]|Skal|findes|mangler|Ugyldig/);
      expect(p.message).not.toMatch(/\bmust\b|\bshould\b|\bexpected\b/i);
    }
    expect(problems.some((p) => related(p.pointer, mutation.pointer)), `no problem at or around ${mutation.pointer}: ${problems.map((p) => `${p.pointer} ${p.message}`).join(' | ')}`).toBe(true);
  });
});
