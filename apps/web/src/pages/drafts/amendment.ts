// An amendment (a version written as `amends` + `changes`) edited through the same form as a whole
// version: the form shows the resolved content (the amended version with the changes applied), and
// an edit becomes the changes from the amended version — one `replace` per parameter, table row or
// rule that differs (each carrying its own `reference`, as apply-amendment.ts requires), `add` /
// `remove` for rows added or taken away at the end of a table.
import type { AmendmentChange } from './types.js';

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);
const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

function equal(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Applies changes to a copy of the amended content (paths may name rows as `[field=value]`). */
export function applyChanges(base: Record<string, Json>, changes: AmendmentChange[]): Record<string, Json> {
  const content = structuredClone(base);
  for (const change of changes) {
    const segments = change.path.split('/').slice(2).map(unescape);
    if (segments.length === 0) continue;
    let node: Json = content;
    for (const segment of segments.slice(0, -1)) node = step(node, segment);
    if (node === undefined) continue;
    const last = segments[segments.length - 1];
    if (Array.isArray(node)) {
      const index = last === '-' ? node.length : position(node, last);
      if (change.op === 'add') node.splice(index, 0, structuredClone(change.value));
      else if (change.op === 'replace') node[index] = withReference(structuredClone(change.value), change.reference);
      else node.splice(index, 1);
    } else if (isObject(node)) {
      if (change.op === 'remove') delete node[last];
      else node[last] = withReference(structuredClone(change.value), change.reference);
    }
  }
  return content;
}

function withReference(value: Json, reference: AmendmentChange['reference']): Json {
  return reference && isObject(value) ? { ...value, reference } : value;
}

function position(array: Json[], segment: string): number {
  const select = /^\[(.+)\]$/.exec(segment);
  if (!select) return Number(segment);
  const fields = select[1].split(',').map((pair) => pair.split('=').map((s) => s.trim()));
  return array.findIndex((row) => isObject(row) && fields.every(([k, v]) => String(row[k]) === v));
}

function step(node: Json, segment: string): Json {
  if (Array.isArray(node)) return node[position(node, segment)];
  return isObject(node) ? node[segment] : undefined;
}

/** The changes that turn `base` into `edited` (both resolved contents), in document order. */
export function changesBetween(base: Record<string, Json>, edited: Record<string, Json>): AmendmentChange[] {
  const changes: AmendmentChange[] = [];
  const walk = (a: Json, b: Json, path: string) => {
    if (equal(a, b)) return;
    // A parameter, row or rule (it has its own reference): replaced whole, with its reference.
    if (isObject(a) && isObject(b) && !('reference' in b)) {
      for (const key of Object.keys(b)) {
        if (!(key in a)) changes.push({ op: 'add', path: `${path}/${escape(key)}`, value: b[key] });
        else walk(a[key], b[key], `${path}/${escape(key)}`);
      }
      for (const key of Object.keys(a)) if (!(key in b)) changes.push({ op: 'remove', path: `${path}/${escape(key)}` });
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      const common = Math.min(a.length, b.length);
      for (let i = 0; i < common; i++) walk(a[i], b[i], `${path}/${i}`);
      for (let i = common; i < b.length; i++) changes.push({ op: 'add', path: `${path}/${i}`, value: b[i] });
      for (let i = a.length - 1; i >= common; i--) changes.push({ op: 'remove', path: `${path}/${i}` });
      return;
    }
    changes.push({ op: 'replace', path, value: b });
  };
  walk(base, edited, '/content');
  return changes;
}
