import type { Problem } from '../contract/problem.js';
import type { RuleSetDocument } from '../contract/rule-set.js';
import { formatDate } from '../format/danish.js';
import { applyAmendment, locateInAmendment } from './apply-amendment.js';
import { lockKey } from './lock-file.js';
import type { ReadRuleFile } from './read-rule-file.js';
import type { RuleRegistry } from './registry.js';
import { placeLabel } from './place-label.js';
import { SchemaNavigator } from './schema-navigation.js';
import { validateAgainst, type SchemaIssue } from './schema-validator.js';
import type { SourceMap } from './source-position.js';

/** A rule file with its document resolved (an amendment applied to the version it amends) and checked. */
export interface CheckedRuleFile {
  file: string;
  /** Path within the rule source. */
  sourcePath: string;
  map?: SourceMap;
  problems: Problem[];
  /** The resolved document, when the file and everything it builds on has no problem. */
  document?: RuleSetDocument;
  /** For an amendment: the version it amends. */
  amends?: string;
  /** The pointer and position in the file where a pointer of the resolved document is written. */
  locate(pointer: string, atKey?: boolean): Pick<Problem, 'line' | 'column' | 'pointer'> & { inherited?: boolean };
}

/**
 * Resolves every file to its full document — an amendment is applied to the version it amends
 * (recursively: an amendment may amend an amendment) — and checks the content against the kind's
 * schema and the kind's own checks. A problem in an amendment's resolved content is reported where
 * the officer wrote it: at the change (`/changes/2/value/…`), or, for content inherited unchanged, at
 * `amends` with the inherited place named.
 */
export function resolveRuleFiles(files: ReadRuleFile[], registry: RuleRegistry): CheckedRuleFile[] {
  const byKey = new Map<string, ReadRuleFile>();
  for (const file of files) if (file.header && !byKey.has(lockKey(file.header.id, file.header.version))) byKey.set(lockKey(file.header.id, file.header.version), file);
  const done = new Map<ReadRuleFile, CheckedRuleFile>();
  const resolving = new Set<ReadRuleFile>();

  const resolve = (read: ReadRuleFile): CheckedRuleFile => {
    const known = done.get(read);
    if (known) return known;
    const checked = newChecked(read);
    done.set(read, checked);
    if (!read.header || read.problems.length > 0) return checked;
    const header = read.header;
    const kind = registry.get(header.kind)!;
    let content = read.content;
    if (read.amendment) {
      const { amends, changes } = read.amendment;
      const problem = (pointer: string, message: string) => checked.problems.push({ file: read.file, ...read.map!.locate(pointer), pointer, message });
      const base = byKey.get(lockKey(header.id, amends));
      if (!base) {
        const versions = files.filter((f) => f.header?.id === header.id && f !== read).map((f) => f.header!.version);
        problem('/amends', `Version »${amends}« af »${header.id}«, som ændres, findes ikke.${versions.length ? ` Kendte versioner: ${versions.join(', ')}.` : ''}`);
        return checked;
      }
      if (resolving.has(base)) {
        problem('/amends', `Ændringerne danner en ring: ${header.version} bygger (via andre versioner) på sig selv. En ændring skal bygge på en tidligere version.`);
        return checked;
      }
      resolving.add(read);
      const baseChecked = resolve(base);
      resolving.delete(read);
      const baseDoc = baseChecked.document;
      if (!baseDoc) {
        problem('/amends', `Version »${amends}«, som ændres, har selv fejl (se ${base.file}); ret den først.`);
        return checked;
      }
      if (baseDoc.kind !== header.kind) {
        problem('/kind', `Typen »${header.kind}« passer ikke med typen »${baseDoc.kind}« i version ${amends}, som ændres.`);
        return checked;
      }
      if (baseDoc.validFrom >= header.validFrom) {
        problem('/validFrom', `Ændringen træder i kraft ${formatDate(header.validFrom)}, men den version, den ændrer (${amends}), først ${formatDate(baseDoc.validFrom)}. En ændring skal træde i kraft efter den version, den ændrer.`);
      }
      if (header.status === 'published' && baseDoc.status !== 'published') {
        problem('/amends', `En offentliggjort ændring skal bygge på en offentliggjort version, men ${amends} er et udkast. Offentliggør ${amends} først, eller lad ændringen bygge på den gældende version.`);
      }
      const applied = applyAmendment(baseDoc.content as Record<string, unknown>, changes, amends, (pointer) => rowKeysAt(new SchemaNavigator(kind.contentSchema as Record<string, unknown>), pointer, baseDoc.content));
      for (const issue of applied.issues) problem(issue.pointer, issue.message);
      checked.amends = amends;
      checked.locate = (pointer, atKey) => {
        const written = pointer.startsWith('/content') ? locateInAmendment(pointer, applied.placements) : pointer;
        if (written !== undefined) return { pointer: written, ...(atKey ? read.map!.locateKey(written) : read.map!.locate(written)) };
        return { pointer, ...read.map!.locate('/amends'), inherited: true };
      };
      content = applied.content;
    }
    if (checked.problems.length > 0) return checked;

    const navigator = new SchemaNavigator(kind.contentSchema as Record<string, unknown>);
    const report = (issues: SchemaIssue[]) => {
      for (let issue of issues) {
        const place = checked.locate(issue.pointer, issue.atKey);
        // Inside a table, say which row in words (rows counted from 1), unless the message does.
        const row = issue.pointer.startsWith('/content/') && !/\brække/.test(issue.message) ? placeLabel(navigator, content, issue.pointer) : undefined;
        if (row) issue = { ...issue, message: `${row}: ${issue.message}` };
        const message = place.inherited
          ? `I indholdet fra version ${read.amendment!.amends} (${issue.pointer}), som ændringerne efterlader: ${issue.message}`
          : place.pointer !== issue.pointer
            ? `${issue.message} (i det samlede indhold: ${issue.pointer})`
            : issue.message;
        checked.problems.push({ file: read.file, line: place.line, column: place.column, pointer: place.pointer, message });
      }
    };
    let schemaIssues: SchemaIssue[];
    try {
      schemaIssues = validateAgainst(kind.contentSchema, content, '/content');
    } catch (error) {
      // A broken kind schema is a programming error, but it must not stop the other files loading.
      schemaIssues = [{ pointer: '/kind', message: `Typen »${kind.kind}« har et ugyldigt skema og kan ikke kontrollere indholdet: ${error instanceof Error ? error.message : String(error)}` }];
    }
    report(schemaIssues);
    const document = { ...header, content } as RuleSetDocument;
    // The kind's own checks assume a schema-valid document.
    if (checked.problems.length === 0 && kind.check) report(kind.check(document));
    if (checked.problems.length === 0) checked.document = document;
    return checked;
  };
  return files.map(resolve);
}

function newChecked(read: ReadRuleFile): CheckedRuleFile {
  return {
    file: read.file,
    sourcePath: read.candidate.relative,
    map: read.map,
    problems: [...read.problems],
    locate: (pointer, atKey) => ({ pointer, ...(read.map ? (atKey ? read.map.locateKey(pointer) : read.map.locate(pointer)) : { line: 1, column: 1 }) }),
  };
}

/** The `x-key` fields of the array at a content pointer (for row selectors and their messages). */
function rowKeysAt(navigator: SchemaNavigator, pointer: string, content: unknown): string[] {
  const schema = navigator.at(pointer.replace(/^\/content/, ''), content);
  const key = schema?.['x-key'];
  return typeof key === 'string' ? [key] : Array.isArray(key) ? (key as string[]) : [];
}
