/** One thing wrong with a template: which file, where, which field, why (Danish). */
export interface TemplateIssue {
  template: string;
  line: number;
  column: number;
  field: string;
  message: string;
}

export function formatTemplateIssue(issue: TemplateIssue): string {
  return `${issue.template}:${issue.line}:${issue.column} ${issue.field ? `»${issue.field}« ` : ''}${issue.message}`;
}
