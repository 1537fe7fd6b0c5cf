import { formatProblem, plural, type Problem } from '@fordeling/engine';
import type { Request, Response } from 'express';

/** One field at fault in a request: RFC 6901 pointer into the body (or `#/query/<name>`) and why. */
export interface FieldError {
  pointer: string;
  /** Danish. */
  message: string;
}

/** Where the problem types are described (docs/api.md, section "Errors"). */
const TYPE_BASE = 'https://fordeling.example/problems/';

/**
 * An RFC 9457 problem. Route handlers throw it; the error handler renders it as
 * `application/problem+json`. `title` and `detail` are Danish because they reach legal officers.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    /** Short slug, e.g. "validation"; becomes the `type` URI. */
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    /** Extra members, e.g. the rule id and legal reference of a violated rule. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export const problems = {
  malformedJson: (detail: string) => new HttpProblem(400, 'malformed-json', 'Ugyldig JSON', detail),
  unauthorized: (detail: string) => new HttpProblem(401, 'unauthorized', 'Manglende eller ugyldig adgangsnøgle', detail),
  forbidden: (detail: string) => new HttpProblem(403, 'forbidden', 'Ingen adgang', detail),
  notFound: (detail: string) => new HttpProblem(404, 'not-found', 'Findes ikke', detail),
  conflict: (detail: string, extensions: Record<string, unknown> = {}) => new HttpProblem(409, 'state-conflict', 'Konflikt med sagens tilstand', detail, undefined, extensions),
  tooLarge: (detail: string) => new HttpProblem(413, 'too-large', 'Forespørgslen er for stor', detail),
  invalid: (detail: string, errors: FieldError[], extensions: Record<string, unknown> = {}) =>
    new HttpProblem(422, 'validation', 'Ugyldig forespørgsel', detail, errors, extensions),
  ruleViolation: (detail: string, errors: FieldError[], extensions: Record<string, unknown> = {}) =>
    new HttpProblem(422, 'rule-violation', 'Reglerne er ikke overholdt', detail, errors, extensions),
  rateLimited: (detail: string) => new HttpProblem(429, 'rate-limit', 'For mange forespørgsler', detail),
  internal: (detail: string) => new HttpProblem(500, 'internal', 'Intern fejl', detail),
  /** The server started on rule sets with problems: nothing that builds on the rules is answered (issue 13). */
  rulesUnavailable: (found: readonly Problem[]) =>
    new HttpProblem(
      503,
      'rules-unavailable',
      'Regelsættene kan ikke bruges',
      `Regelsættene har ${plural(found.length, 'fejl', 'fejl')}, så serveren svarer ikke på noget, der bygger på reglerne, før de er rettet (»fordeling rules validate« viser dem).${found[0] ? ` Første fejl: ${formatProblem(found[0])}` : ''}`,
      undefined,
      { problems: found.slice(0, 100), problemCount: found.length },
    ),
};

/** The problem's `type` URI. */
export const problemType = (problem: HttpProblem): string => `${TYPE_BASE}${problem.slug}`;

/** Writes the problem as `application/problem+json` with `instance` = the request path and request id. */
export function sendProblem(req: Request, res: Response, problem: HttpProblem): void {
  const body: Record<string, unknown> = {
    type: problemType(problem),
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    instance: `${req.originalUrl.split('?')[0]}#${String(res.locals.requestId ?? '')}`,
    ...problem.extensions,
  };
  if (problem.errors) body.errors = problem.errors;
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(body));
}
