import type { ContentIssue } from '../contract/kind.js';
import type { Problem } from '../contract/problem.js';
import { formatDate, isIsoDate } from '../format/danish.js';
import type { AmendmentChange } from './apply-amendment.js';
import { closestMatch } from './closest-match.js';
import { headerSchema } from './header-schema.js';
import { joinPointer } from './json-pointer.js';
import { parseJsonSource } from './json-source.js';
import type { RuleRegistry } from './registry.js';
import type { RuleFileCandidate } from './rule-files.js';
import type { RuleSource } from './rule-source.js';
import { controlCharacterIn, decodeRuleText, describeControlCharacter } from './rule-text.js';
import { validateAgainst, type SchemaIssue } from './schema-validator.js';
import type { SourceMap } from './source-position.js';

/** The header fields of a file as read (before an amendment is resolved). */
export interface RuleFileHeader {
  id: string;
  kind: string;
  version: string;
  validFrom: string;
  validTo?: string;
  status: 'draft' | 'published';
  title: string;
  description: string;
  legalBasis: unknown;
  $schema?: string;
}

/** A rule file read on its own: syntax, header, form and naming checked; content not yet. */
export interface ReadRuleFile {
  candidate: RuleFileCandidate;
  file: string;
  map?: SourceMap;
  problems: Problem[];
  /** Set when the file has no problem of its own so far. */
  header?: RuleFileHeader;
  /** The whole content (a version written whole). */
  content?: Record<string, unknown>;
  /** The version amended and the changes (a version written as an amendment). */
  amendment?: { amends: string; changes: AmendmentChange[] };
}

export function issuesToProblems(file: string, map: SourceMap, issues: SchemaIssue[], problems: Problem[]): void {
  for (const issue of issues) {
    problems.push({ file, ...(issue.atKey ? map.locateKey(issue.pointer) : map.locate(issue.pointer)), pointer: issue.pointer, message: issue.message });
  }
}

/**
 * Reads one rule file: strict UTF-8 without control characters, JSON syntax (positions kept), the
 * header schema, whole content or amendment, a known kind, folder/file naming and validity dates.
 * Never throws.
 */
export async function readRuleFile(source: RuleSource, candidate: RuleFileCandidate, registry: RuleRegistry): Promise<ReadRuleFile> {
  const { file } = candidate;
  const fail = (problem: Omit<Problem, 'file'>): ReadRuleFile => ({ candidate, file, problems: [{ file, ...problem }] });
  let bytes: Uint8Array | undefined;
  try {
    bytes = await source.read(candidate.relative);
  } catch (error) {
    return fail({ line: 0, column: 0, pointer: '', message: `Filen kan ikke læses: ${error instanceof Error ? error.message : String(error)}` });
  }
  if (!bytes) return fail({ line: 0, column: 0, pointer: '', message: 'Filen findes ikke længere.' });
  const decoded = decodeRuleText(bytes);
  if (!decoded.ok) return fail({ ...decoded.position, pointer: '', message: decoded.message });
  const parsed = parseJsonSource(decoded.text);
  if (!parsed.ok) return fail({ ...parsed.position, pointer: '', message: parsed.message });

  const { map, value } = parsed;
  const problems: Problem[] = [];
  const report = (issues: SchemaIssue[]) => issuesToProblems(file, map, issues, problems);
  report(parsed.duplicateKeys.map((issue) => ({ ...issue, atKey: true })));
  report(controlCharacterIssues(value));
  report(validateAgainst(headerSchema, value));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { candidate, file, map, problems };

  const doc = value as Record<string, unknown>;
  report(formIssues(doc));
  if (typeof doc.kind === 'string' && !registry.get(doc.kind)) report([unknownKindIssue(doc.kind, registry.names())]);
  report(namingIssues(doc, candidate));
  report(validityIssues(doc));
  if (problems.length > 0) return { candidate, file, map, problems };

  const { content, amends, changes, ...header } = doc;
  return {
    candidate,
    file,
    map,
    problems,
    header: header as unknown as RuleFileHeader,
    ...(amends === undefined ? { content: content as Record<string, unknown> } : { amendment: { amends: amends as string, changes: changes as AmendmentChange[] } }),
  };
}

/** A version is written whole (`content`) or as an amendment (`amends` + `changes`), never both. */
function formIssues(doc: Record<string, unknown>): ContentIssue[] {
  const has = (key: string) => Object.hasOwn(doc, key);
  if (has('content') && (has('amends') || has('changes'))) {
    return [{ pointer: has('amends') ? '/amends' : '/changes', message: 'Filen har både »content« (hele indholdet) og en ændring (»amends«/»changes«). Vælg én af delene: hele indholdet, eller kun ændringerne i forhold til den version, der ændres.' }];
  }
  if (has('amends') !== has('changes')) {
    return has('amends')
      ? [{ pointer: '/changes', message: 'Feltet »changes« mangler: en ændring (»amends«) skal liste sine ændringer, hver med sted, ny værdi og henvisning.' }]
      : [{ pointer: '/amends', message: 'Feltet »amends« mangler: angiv den version, ændringerne gælder, fx »2025.1«.' }];
  }
  if (!has('content') && !has('amends')) {
    return [{ pointer: '/content', message: 'Feltet »content« mangler. Regelsættet skal have et indhold — eller være en ændring af en tidligere version (»amends« og »changes«).' }];
  }
  return [];
}

/** Escaped control characters (\u0000 …) in any text: invisible, and refused by PostgreSQL. */
function controlCharacterIssues(root: unknown): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const stack: Array<[unknown, string]> = [[root, '']];
  while (stack.length) {
    const [node, pointer] = stack.pop()!;
    if (typeof node === 'string') {
      const found = controlCharacterIn(node);
      if (found) issues.push({ pointer, message: `Teksten indeholder ${describeControlCharacter(found)}, et usynligt tegn, der ikke må stå i en regelfil. Slet det.` });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        const childPointer = joinPointer(pointer, key);
        const keyChar = controlCharacterIn(key);
        if (keyChar) issues.push({ pointer: childPointer, message: `Feltnavnet indeholder ${describeControlCharacter(keyChar)}. Slet det.` });
        stack.push([child, childPointer]);
      }
    }
  }
  return issues.reverse();
}

function unknownKindIssue(kind: string, known: string[]): ContentIssue {
  const guess = closestMatch(kind, known);
  const list = known.length ? known.map((k) => `»${k}«`).join(', ') : '(ingen)';
  return { pointer: '/kind', message: `Ukendt type »${kind}«.${guess ? ` Mente du »${guess}«?` : ''} Kendte typer: ${list}.` };
}

function namingIssues(doc: Record<string, unknown>, candidate: RuleFileCandidate): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (typeof doc.id === 'string' && doc.id !== candidate.folderId) {
    issues.push({ pointer: '/id', message: `Id »${doc.id}« skal være det samme som mappens navn »${candidate.folderId}«. Flyt filen eller ret id.` });
  }
  if (typeof doc.version === 'string' && doc.version !== candidate.fileVersion) {
    issues.push({ pointer: '/version', message: `Version »${doc.version}« skal være det samme som filens navn »${candidate.fileVersion}.json«. Omdøb filen eller ret versionen.` });
  }
  if (typeof doc.amends === 'string' && doc.amends === doc.version) {
    issues.push({ pointer: '/amends', message: `En version kan ikke være en ændring af sig selv (»amends« er »${doc.amends}«). Angiv den tidligere version, der ændres.` });
  }
  return issues;
}

function validityIssues(doc: Record<string, unknown>): ContentIssue[] {
  const { validFrom, validTo } = doc;
  // ISO dates that exist in the calendar compare correctly as strings.
  if (isIsoDate(validFrom) && isIsoDate(validTo) && validTo < validFrom) {
    return [{ pointer: '/validTo', message: `»Gyldig til« (${formatDate(validTo)}) ligger før »gyldig fra« (${formatDate(validFrom)}). Den sidste gyldighedsdag kan ikke ligge før den første.` }];
  }
  return [];
}
