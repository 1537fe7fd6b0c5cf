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
}

/** `<file>:<line>:<column> <json-pointer> <message>` — the one line the CLI prints per problem. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column} ${p.pointer || '/'} ${p.message}`;
}
