import { readFile } from 'node:fs/promises';
import type { ContentIssue } from '../contract/kind.js';
import type { Problem } from '../contract/problem.js';
import type { RuleSetDocument } from '../contract/rule-set.js';
import { formatDate, isIsoDate } from '../format/danish.js';
import { closestMatch } from './closest-match.js';
import { headerSchema } from './header-schema.js';
import { parseJsonSource } from './json-source.js';
import type { RuleRegistry } from './registry.js';
import { displayPath } from './repo-paths.js';
import type { RuleFileCandidate } from './rule-files.js';
import { validateAgainst, type SchemaIssue } from './schema-validator.js';
import type { SourceMap } from './source-position.js';

export interface CheckedRuleFile {
  candidate: RuleFileCandidate;
  file: string;
  /** The document when the file has no problem of its own; cross-file checks come later. */
  document?: RuleSetDocument;
  /** Where each pointer sits, for cross-file problems about this file. */
  map?: SourceMap;
  problems: Problem[];
}

/**
 * Checks one rule-set file on its own: JSON syntax, header schema, known kind, the kind's content
 * schema, folder/file naming, the validity dates, then the kind's own checks. Never throws.
 */
export async function validateRuleFile(candidate: RuleFileCandidate, registry: RuleRegistry): Promise<CheckedRuleFile> {
  const file = displayPath(candidate.absolute);
  let text: string;
  try {
    text = await readFile(candidate.absolute, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { candidate, file, problems: [{ file, line: 0, column: 0, pointer: '', message: `Filen kan ikke læses: ${reason}` }] };
  }
  const parsed = parseJsonSource(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return { candidate, file, problems: [{ file, ...parsed.position, pointer: '', message: parsed.message }] };

  const { map, value } = parsed;
  const problems: Problem[] = [];
  const report = (issues: SchemaIssue[]) => {
    for (const issue of issues) {
      problems.push({ file, ...(issue.atKey ? map.locateKey(issue.pointer) : map.locate(issue.pointer)), pointer: issue.pointer, message: issue.message });
    }
  };
  report(parsed.duplicateKeys.map((issue) => ({ ...issue, atKey: true })));
  report(validateAgainst(headerSchema, value));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { candidate, file, map, problems };

  const doc = value as Partial<RuleSetDocument> & Record<string, unknown>;
  const kind = typeof doc.kind === 'string' ? registry.get(doc.kind) : undefined;
  if (typeof doc.kind === 'string' && !kind) report([unknownKindIssue(doc.kind, registry.names())]);
  if (kind && doc.content !== null && typeof doc.content === 'object' && !Array.isArray(doc.content)) {
    let contentIssues: SchemaIssue[];
    try {
      contentIssues = validateAgainst(kind.contentSchema, doc.content, '/content');
    } catch (error) {
      // A broken kind schema is a programming error, but it must not stop the other files loading.
      contentIssues = [{ pointer: '/kind', message: `Typen »${kind.kind}« har et ugyldigt skema og kan ikke kontrollere indholdet: ${error instanceof Error ? error.message : String(error)}` }];
    }
    report(contentIssues);
  }
  report(namingIssues(doc, candidate));
  report(validityIssues(doc));

  // The kind's own checks assume a schema-valid document.
  if (problems.length === 0 && kind?.check) report(kind.check(doc as RuleSetDocument));
  return { candidate, file, map, problems, document: problems.length === 0 ? (doc as RuleSetDocument) : undefined };
}

function unknownKindIssue(kind: string, known: string[]): ContentIssue {
  const guess = closestMatch(kind, known);
  const list = known.length ? known.map((k) => `»${k}«`).join(', ') : '(ingen)';
  return { pointer: '/kind', message: `Ukendt type »${kind}«.${guess ? ` Mente du »${guess}«?` : ''} Kendte typer: ${list}.` };
}

function namingIssues(doc: Partial<RuleSetDocument>, candidate: RuleFileCandidate): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (typeof doc.id === 'string' && doc.id !== candidate.folderId) {
    issues.push({ pointer: '/id', message: `Id »${doc.id}« skal være det samme som mappens navn »${candidate.folderId}«. Flyt filen eller ret id.` });
  }
  if (typeof doc.version === 'string' && doc.version !== candidate.fileVersion) {
    issues.push({ pointer: '/version', message: `Version »${doc.version}« skal være det samme som filens navn »${candidate.fileVersion}.json«. Omdøb filen eller ret versionen.` });
  }
  return issues;
}

function validityIssues(doc: Partial<RuleSetDocument>): ContentIssue[] {
  const { validFrom, validTo } = doc;
  // ISO dates that exist in the calendar compare correctly as strings.
  if (isIsoDate(validFrom) && isIsoDate(validTo) && validTo < validFrom) {
    return [{ pointer: '/validTo', message: `»Gyldig til« (${formatDate(validTo)}) ligger før »gyldig fra« (${formatDate(validFrom)}). Den sidste gyldighedsdag kan ikke ligge før den første.` }];
  }
  return [];
}
