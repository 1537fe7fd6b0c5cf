/**
 * One thing wrong with an input — a rule file, a CSV row, a request. Always says where (file, line,
 * column, JSON pointer) and why, in Danish a legal officer can act on.
 */
export interface Problem {
  file: string;
  /** 1-based; 0 when the position is unknown (e.g. a file that could not be read). */
  line: number;
  /** 1-based; 0 when unknown. */
  column: number;
  /** RFC 6901 JSON pointer into the document; "" for the whole document. */
  pointer: string;
  /** Danish. */
  message: string;
  /** A warning does not stop loading or a run; it asks the officer to look (absent = an error). */
  severity?: 'warning';
  /**
   * What kind of problem it is, where a program acts on it: `not-locked` — a published version not yet
   * recorded in the lock, which `rules lock` is there to fix; `incomplete-input` — a model input that
   * leaves out what a national run needs (a council's or municipality's row), which stops a run unless
   * a partial run is asked for.
   */
  code?: 'not-locked' | 'incomplete-input';
}

/** `<file>:<line>:<column> <json-pointer> <message>` — the one line the CLI prints per problem. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column} ${p.pointer || '/'} ${p.severity === 'warning' ? 'Advarsel: ' : ''}${p.message}`;
}

/** Problems in file order, then by position (a stable sort, so equal places keep their order). */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
