import type { ContentIssue } from '../contract/kind.js';
import type { LegalReference } from '../contract/legal-reference.js';
import { closestMatch } from './closest-match.js';
import { danishNumber } from './danish-value.js';
import { escapeSegment, joinPointer, splitPointer } from './json-pointer.js';

/** One change of an amendment (amendment-schema.ts). */
export interface AmendmentChange {
  op: 'replace' | 'add' | 'remove';
  path: string;
  value?: unknown;
  reference?: LegalReference;
  note?: string;
}

/**
 * The content an amendment resolves to, and where each change landed in it, so a problem found in
 * the resolved content is reported at the change that wrote it (`/changes/3/value/…`).
 */
export interface AppliedAmendment {
  content: Record<string, unknown>;
  issues: ContentIssue[];
  /** Resolved-content pointer → the amendment's own pointer; see `locateInAmendment`. */
  placements: Array<{ resolved: string; written: string }>;
}

type Node = Record<string, unknown> | unknown[];

/** The fields that name a row of an array (its schema's `x-key`), for messages and `[…]` selectors. */
export type RowKeys = (arrayPointer: string) => string[];

/**
 * Applies `changes` in order to a copy of `base` (never changing it). A change that cannot be made
 * (a place that does not exist, a row named twice, a value missing) is an issue at that change and is
 * skipped; the others still apply, so one pass reports every problem.
 */
export function applyAmendment(base: Record<string, unknown>, changes: readonly AmendmentChange[], baseVersion: string, rowKeys: RowKeys): AppliedAmendment {
  const content = structuredClone(base);
  const issues: ContentIssue[] = [];
  // Where each change's value sits is found after all changes by identity, as later changes may
  // move rows (an insertion before them, a removal).
  const landed: Array<{ index: number; holder: object; key?: string; referenceHolder?: object }> = [];
  changes.forEach((change, index) => {
    const at = `/changes/${index}`;
    const issue = (suffix: string, message: string) => issues.push({ pointer: `${at}${suffix}`, message });
    const steps = parsePath(change.path);
    if (typeof steps === 'string') return issue('/path', steps);
    if (steps.length === 0) return issue('/path', 'Hele indholdet kan ikke ændres på én gang; skriv versionen som en hel version (med »content«) i stedet.');
    if (change.op !== 'remove' && !('value' in change)) return issue('/value', `Ændringen (»${change.op}«) mangler den nye værdi (»value«).`);
    if (change.op === 'remove' && 'value' in change) return issue('/value', 'En ophævelse (»remove«) har ingen ny værdi; slet »value«.');

    const found = walkTo(content, steps.slice(0, -1), rowKeys, baseVersion);
    if (typeof found === 'string') return issue('/path', found);
    const { parent, parentPointer, trail } = found;
    const last = steps[steps.length - 1];
    const value = 'value' in change ? structuredClone(change.value) : undefined;
    let key: string | undefined;
    if (Array.isArray(parent)) {
      const position = arrayPosition(parent, last, change.op === 'add', rowKeys(parentPointer), parentPointer, baseVersion);
      if (typeof position === 'string') return issue('/path', position);
      if (change.op === 'add') parent.splice(position, 0, value);
      else if (change.op === 'replace') parent[position] = value;
      else parent.splice(position, 1);
      key = String(position);
    } else {
      if (last.kind !== 'name') return issue('/path', `»${last.text}« kan kun bruges om rækker i en liste, men ${describe(parentPointer)} er ikke en liste.`);
      const exists = Object.hasOwn(parent, last.text);
      if (change.op === 'add' && exists) return issue('/path', `${describe(joinPointer(parentPointer, last.text))} findes allerede i version ${baseVersion}. Brug »replace« for at ændre den.`);
      if (change.op !== 'add' && !exists) return issue('/path', `${describe(joinPointer(parentPointer, last.text))} findes ikke i version ${baseVersion}.${suggest(last.text, Object.keys(parent))} Brug »add« for at tilføje den.`);
      if (change.op === 'remove') delete parent[last.text];
      else Object.defineProperty(parent, last.text, { value, enumerable: true, writable: true, configurable: true });
      key = last.text;
    }
    if (change.op === 'remove') {
      if (!change.reference) issue('', 'Ophævelsen mangler sin henvisning (»reference«): angiv den bestemmelse, der ophæver dette.');
      return;
    }
    const ownObject = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    const record = { index, holder: ownObject ?? parent, key: ownObject ? undefined : key } as (typeof landed)[number];
    if (change.reference) {
      // The change's reference becomes the reference of what it changed: the value itself when it is
      // a parameter, row or rule, else the nearest enclosing one (a parameter whose `value` changed).
      const holder = (ownObject as Record<string, unknown> | undefined) ?? [...trail, parent].reverse().find((n): n is Record<string, unknown> => !Array.isArray(n) && Object.hasOwn(n, 'reference'));
      if (!holder) return issue('/reference', 'Der er intet sted at skrive henvisningen: ændr hele parameteren, rækken eller reglen (den, der har »reference«), og giv den sin henvisning der.');
      holder.reference = structuredClone(change.reference);
      record.referenceHolder = holder;
    } else if (!carriesReferences(value)) {
      issue('', 'Ændringen mangler sin henvisning (»reference«): angiv den bestemmelse i ændringen, der fastsætter den nye værdi (fx »BEK nr. … af 2026, § 1, nr. 2«).');
    }
    landed.push(record);
  });

  const pointers = pointersOf(content);
  const placements: AppliedAmendment['placements'] = [];
  for (const { index, holder, key, referenceHolder } of landed) {
    const holderPointer = pointers.get(holder);
    if (holderPointer === undefined) continue; // removed again by a later change
    placements.push({ resolved: key === undefined ? holderPointer : joinPointer(holderPointer, key), written: `/changes/${index}/value` });
    const referencePointer = referenceHolder && pointers.get(referenceHolder);
    if (referencePointer !== undefined) placements.push({ resolved: joinPointer(referencePointer, 'reference'), written: `/changes/${index}/reference` });
  }
  return { content, issues, placements };
}

/**
 * Where a pointer of the resolved content is written in the amendment: under the last change whose
 * place holds it, else undefined (it is inherited unchanged from the version amended).
 */
export function locateInAmendment(pointer: string, placements: AppliedAmendment['placements']): string | undefined {
  let best: { resolved: string; written: string } | undefined;
  for (const placement of placements) {
    if (pointer !== placement.resolved && !pointer.startsWith(`${placement.resolved}/`)) continue;
    if (!best || placement.resolved.length >= best.resolved.length) best = placement;
  }
  return best ? best.written + pointer.slice(best.resolved.length) : undefined;
}

type Step = { kind: 'name'; text: string } | { kind: 'select'; text: string; fields: Array<[string, string]> };

/** "/content/councils/[id=Vendsyssel]/region" → steps below /content; a Danish message when malformed. */
function parsePath(path: string): Step[] | string {
  const segments = splitPointer(path);
  if (segments[0] !== 'content') return `Stedet skal begynde med »/content«, fx »/content/targetWeightedCitizensPerCapacity/value« (fik »${path}«).`;
  const steps: Step[] = [];
  for (const segment of segments.slice(1)) {
    if (!segment.startsWith('[')) {
      steps.push({ kind: 'name', text: segment });
      continue;
    }
    const inner = /^\[(.+)\]$/.exec(segment)?.[1];
    const fields = inner?.split(',').map((pair) => pair.split('=')).map(([field, ...rest]) => [field?.trim() ?? '', rest.join('=').trim()] as [string, string]);
    if (!fields || fields.some(([field, value]) => !field || !value)) return `»${segment}« er ikke en gyldig rækkeangivelse; skriv fx »[id=Vendsyssel]« eller »[sex=K,ageBand=15-24]«.`;
    steps.push({ kind: 'select', text: segment, fields });
  }
  return steps;
}

function walkTo(content: Record<string, unknown>, steps: Step[], rowKeys: RowKeys, baseVersion: string): { parent: Node; parentPointer: string; trail: Node[] } | string {
  let node: Node = content;
  let pointer = '/content';
  const trail: Node[] = [];
  for (const step of steps) {
    let next: unknown;
    let segment: string;
    if (Array.isArray(node)) {
      const position = arrayPosition(node, step, false, rowKeys(pointer), pointer, baseVersion);
      if (typeof position === 'string') return position;
      next = node[position];
      segment = String(position);
    } else {
      if (step.kind !== 'name') return `»${step.text}« kan kun bruges om rækker i en liste, men ${describe(pointer)} er ikke en liste.`;
      if (!Object.hasOwn(node, step.text)) return `${describe(joinPointer(pointer, step.text))} findes ikke i version ${baseVersion}.${suggest(step.text, Object.keys(node))}`;
      next = node[step.text];
      segment = step.text;
    }
    if (next === null || typeof next !== 'object') return `${describe(joinPointer(pointer, segment))} er en enkelt værdi; der er intet under den at ændre.`;
    trail.push(node);
    node = next as Node;
    pointer = joinPointer(pointer, segment);
  }
  return { parent: node, parentPointer: pointer, trail };
}

/** The position a step names in a list: a row number from 0, `-` (after the last, for add) or a key selector. */
function arrayPosition(rows: unknown[], step: Step, adding: boolean, keys: string[], pointer: string, baseVersion: string): number | string {
  if (step.kind === 'select') {
    const matches = rows.flatMap((row, index) => (isRecord(row) && step.fields.every(([field, value]) => String(row[field]) === value) ? [index] : []));
    if (adding) return matches.length ? `Rækken ${step.text} findes allerede i ${describe(pointer)}; brug »replace« for at ændre den.` : rows.length;
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) return `${step.text} passer på ${matches.length} rækker i ${describe(pointer)}; angiv flere felter, så rækken er entydig${keys.length ? ` (rækkerne kendes på ${keys.join(' og ')})` : ''}.`;
    const names = rows.filter(isRecord).map((row) => `[${step.fields.map(([field]) => `${field}=${String(row[field])}`).join(',')}]`);
    return `Rækken ${step.text} findes ikke i ${describe(pointer)} i version ${baseVersion}.${suggest(step.text, names)}`;
  }
  if (adding && step.text === '-') return rows.length;
  if (!/^(0|[1-9]\d*)$/.test(step.text)) return `»${step.text}« er ikke en række i ${describe(pointer)}: skriv rækkens nummer fra 0, »-« for en ny række sidst, eller ${keys.length ? `»[${keys.map((k) => `${k}=…`).join(',')}]«` : 'en rækkeangivelse som »[id=…]«'}.`;
  const position = Number(step.text);
  const limit = adding ? rows.length : rows.length - 1;
  if (position > limit) return `Listen ${describe(pointer)} har ${danishNumber(rows.length)} rækker (0–${danishNumber(Math.max(0, rows.length - 1))}); række ${step.text} findes ikke.`;
  return position;
}

function describe(pointer: string): string {
  return `»${pointer}«`;
}

function suggest(value: string, candidates: string[]): string {
  const guess = closestMatch(value, candidates);
  return guess ? ` Mente du »${guess}«?` : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A parameter, row or rule brings its own reference; so does a list of them. */
function carriesReferences(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every(carriesReferences);
  return isRecord(value) && isRecord(value.reference);
}

/** Every object and array of the content with its pointer, by identity. */
function pointersOf(root: unknown): Map<object, string> {
  const pointers = new Map<object, string>();
  const stack: Array<[unknown, string]> = [[root, '/content']];
  while (stack.length) {
    const [node, pointer] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    pointers.set(node, pointer);
    const entries: Array<[string, unknown]> = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
    for (const [key, child] of entries) stack.push([child, `${pointer}/${escapeSegment(key)}`]);
  }
  return pointers;
}
