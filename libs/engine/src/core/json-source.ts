import { parse, type MemberNode, type ValueNode } from '@humanwhocodes/momoa';
import type { ContentIssue } from '../contract/kind.js';
import { joinPointer } from './json-pointer.js';
import { sourceMapOf, type LocatedNode, type SourceMap, type SourcePosition } from './source-position.js';

export type ParsedJson =
  | { ok: true; value: unknown; map: SourceMap; duplicateKeys: ContentIssue[] }
  | { ok: false; position: SourcePosition; message: string };

/**
 * Parses JSON with momoa so every pointer has a line and column. JSON.parse would silently keep the
 * last of two equal keys; a legal officer editing by hand must hear about it, so duplicates are reported.
 */
export function parseJsonSource(text: string): ParsedJson {
  let body: ValueNode;
  try {
    body = parse(text, { mode: 'json', ranges: false, tokens: false }).body;
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, position: { line: 1, column: 1 }, message: TOO_DEEP };
    const e = error as { line?: number; column?: number; message?: string };
    const message = String(e.message ?? error).replace(/\s*\(\d+:\d+\)\s*$/, '');
    const position = { line: e.line ?? 1, column: e.column ?? 1 };
    return { ok: false, position, message: decimalCommaMessage(text, position) ?? danishSyntaxMessage(message) };
  }
  try {
    const duplicateKeys: ContentIssue[] = [];
    const root = locatedNode(body, '', duplicateKeys);
    return { ok: true, value: toValue(body), map: sourceMapOf(root), duplicateKeys };
  } catch (error) {
    // Nesting deep enough to exhaust the stack is never a rule file a person wrote.
    if (error instanceof RangeError) return { ok: false, position: { line: 1, column: 1 }, message: TOO_DEEP };
    throw error;
  }
}

const TOO_DEEP = 'Ugyldig JSON: filen er indlejret for dybt ({ og [ inden i hinanden tusindvis af gange) til at kunne læses. En regelfil har kun få niveauer.';

/**
 * `"value": 1,5` is a Danish decimal comma in a JSON number: JSON reads 1, then a stray `5`. Said as
 * what it is, with the number to write instead.
 */
function decimalCommaMessage(text: string, position: SourcePosition): string | undefined {
  const line = text.split('\n')[position.line - 1] ?? '';
  const before = line.slice(0, position.column - 1);
  const match = /(-?\d+),\s*$/.exec(before);
  const after = /^(\d+)/.exec(line.slice(position.column - 1));
  if (!match || !after) return undefined;
  return `Ugyldig JSON: decimaltal skrives med punktum i JSON. Skriv ${match[1]}.${after[1]}, ikke ${match[1]},${after[1]}.`;
}

const TOKEN_WORDS: Record<string, string> = {
  LBrace: '»{«',
  RBrace: '»}«',
  LBracket: '»[«',
  RBracket: '»]«',
  Colon: '»:«',
  Comma: '»,«',
  String: 'tekst i anførselstegn',
  Number: 'et tal',
  Boolean: 'true/false',
  Null: 'null',
};

const HINT = 'Tjek kommaer, anførselstegn og klammer omkring dette sted; mangler der et komma på linjen før?';

/** momoa's English syntax error → Danish, keeping the offending character or token. */
function danishSyntaxMessage(raw: string): string {
  const token = /Unexpected token (\w+) found/.exec(raw);
  if (token) return `Ugyldig JSON: ${TOKEN_WORDS[token[1]] ?? token[1]} var ikke ventet her. ${HINT}`;
  const character = /Unexpected (?:character|identifier) '(.*)' found/.exec(raw);
  if (character) return `Ugyldig JSON: »${character[1]}« var ikke ventet her (tekst skal stå i "dobbelte anførselstegn"). ${HINT}`;
  if (/Unexpected end of input/i.test(raw)) return 'Ugyldig JSON: filen slutter for tidligt. Mangler en afsluttende } eller ]?';
  return `Ugyldig JSON: ${raw}. ${HINT}`;
}

function positionOf(node: { loc: { start: { line: number; column: number } } }): SourcePosition {
  return { line: node.loc.start.line, column: node.loc.start.column };
}

function memberName(member: MemberNode): string {
  return member.name.type === 'String' ? member.name.value : member.name.name;
}

function locatedNode(node: ValueNode, pointer: string, duplicates: ContentIssue[], keyPosition?: SourcePosition): LocatedNode {
  const children = new Map<string, LocatedNode>();
  if (node.type === 'Object') {
    for (const member of node.members) {
      const name = memberName(member);
      const childPointer = joinPointer(pointer, name);
      if (children.has(name)) {
        duplicates.push({ pointer: childPointer, message: `Feltet »${name}« står mere end én gang i samme objekt. Slet den ene, så det er entydigt hvilken værdi der gælder.` });
      }
      // The last of duplicate keys wins, as in JSON.parse.
      children.set(name, locatedNode(member.value, childPointer, duplicates, positionOf(member.name)));
    }
  } else if (node.type === 'Array') {
    node.elements.forEach((element, index) => children.set(String(index), locatedNode(element.value, joinPointer(pointer, index), duplicates)));
  }
  return { position: positionOf(node), keyPosition, child: (segment) => children.get(segment) };
}

function toValue(node: ValueNode): unknown {
  switch (node.type) {
    case 'Object': {
      const out: Record<string, unknown> = {};
      // defineProperty, as JSON.parse does, so a key "__proto__" stays data and never sets a prototype.
      for (const member of node.members) Object.defineProperty(out, memberName(member), { value: toValue(member.value), enumerable: true, writable: true, configurable: true });
      return out;
    }
    case 'Array':
      return node.elements.map((e) => toValue(e.value));
    case 'Null':
      return null;
    case 'String':
    case 'Number':
    case 'Boolean':
      return node.value;
    default:
      return undefined;
  }
}
