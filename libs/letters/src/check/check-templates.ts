import { LETTER_KINDS, type LetterKind } from '../letter-kind.js';
import { LETTER_SCHEMAS } from '../schema/letter-schemas.js';
import { HELPER_NAMES } from '../templates/helpers.js';
import type { TemplateSet } from '../templates/template-set.js';
import { checkTemplatePaths, templateFieldPaths } from './template-paths.js';
import type { TemplateIssue } from './template-issue.js';

/** Static check of the letter templates of `kinds` (all by default) against their data schemas. */
export function checkTemplateSet(set: TemplateSet, kinds: readonly LetterKind[] = LETTER_KINDS): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  for (const kind of kinds) {
    const template = set.letters[kind];
    if (!template) {
      issues.push({ template: `${kind}/letter.hbs`, line: 0, column: 0, field: '', message: 'skabelonen findes ikke' });
      continue;
    }
    issues.push(...checkTemplatePaths({ template, partials: set.partials, schema: LETTER_SCHEMAS[kind], helpers: HELPER_NAMES }));
  }
  // A shared partial is reported once even when several letters use it.
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.template}:${i.line}:${i.column}:${i.field}:${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The data fields the letter of `kind` prints, by the template set's own templates and partials (templateFieldPaths). */
export function printedFields(set: TemplateSet, kind: LetterKind): Set<string> {
  const template = set.letters[kind];
  return template ? templateFieldPaths({ template, partials: set.partials, schema: LETTER_SCHEMAS[kind], helpers: HELPER_NAMES }) : new Set();
}
