import { formatProblem, plural, type Problem } from '@fordeling/engine';
import type { Request, Response } from 'express';

/** One field at fault in a request: RFC 6901 pointer into the body (or `#/query/<name>`) and why. */
export interface FieldError {
  pointer: string;
  /** Danish. */
  message: string;
}

/**
 * Every problem type the API sends, described on the API's own page GET /docs/problems (one anchor
 * per type; openapi/problem-page.ts). A problem's `type` is `/docs/problems#<slug>`: a URI reference
 * resolved against the request's URI (RFC 9457, § 3.1.1), so it names this server's page wherever
 * the server runs. A slug not listed here does not compile.
 */
export const PROBLEM_TYPES = {
  'malformed-json': { status: [400], title: 'Ugyldig JSON', description: 'Forespørgslens krop er ikke gyldig JSON. Ret syntaksen (fx et manglende komma eller anførselstegn) og send igen.' },
  'malformed-url': { status: [400], title: 'Ugyldig adresse', description: 'Adressen kan ikke læses: et »%« skal efterfølges af to hexadecimale cifre, der tilsammen er gyldig UTF-8 (fx %C3%A6 for »æ«). Ret adressen og send igen.' },
  unauthorized: { status: [401], title: 'Manglende eller ugyldig adgangsnøgle', description: 'Der er ingen adgangsnøgle i headeren »Authorization: Bearer <nøgle>«, eller nøglen er ukendt eller tilbagekaldt. Ministeriet udsteder nøgler (»fordeling tokens create« eller POST /v1/tokens).' },
  forbidden: { status: [403], title: 'Ingen adgang', description: 'Adgangsnøglens rolle må ikke udføre handlingen, eller sundhedsrådet hører til en anden region end nøglens.' },
  'not-found': { status: [404], title: 'Findes ikke', description: 'Adressen, kørslen, regelsættet, høringsrunden, sagen, afgørelsen eller adgangsnøglen findes ikke — eller hører til en anden region (så dens eksistens ikke afsløres).' },
  'state-conflict': { status: [409], title: 'Konflikt med sagens tilstand', description: 'Sagens trin kommer i forkert rækkefølge, eller sagen er ændret siden den version, forespørgslen byggede på (»expectedVersion«). Hent sagen igen.' },
  'decision-conflict': { status: [409], title: 'Reglerne modsiger hinanden', description: 'To undtagelser i regelsættet for afgørelser finder anvendelse med forskellige udfald. Regelsættet skal rettes; begge regler er nævnt.' },
  'decision-gap': { status: [409], title: 'Ingen regel finder anvendelse', description: 'Ingen regel i regelsættet for afgørelser dækker anmodningen. Regelsættet skal rettes.' },
  'rule-workflow': { status: [403, 409, 422], title: 'Reglerne for regelsætversioner tillader det ikke', description: 'Et trin i arbejdsgangen for regelsætversioner, som en af dens regler forbyder (fx fire øjne: forfatteren kan ikke godkende sit eget udkast). Reglen er nævnt i »ruleId« og »rule«.' },
  'too-large': { status: [413], title: 'Forespørgslen er for stor', description: 'Forespørgslens krop er større end serverens grænse (standard 1 MB).' },
  'unsupported-media-type': { status: [415], title: 'Formatet understøttes ikke', description: 'Kroppen er ikke JSON i UTF-8.' },
  validation: { status: [422], title: 'Ugyldig forespørgsel', description: 'Kroppen eller en parameter overholder ikke skemaet. Hver fejl står i »errors« med sit sted (JSON-pointer; en parameter som #/query/<navn>) og en forklaring.' },
  'rule-violation': { status: [422], title: 'Reglerne er ikke overholdt', description: 'Forespørgslen er gyldig, men bryder en regel (fx et minimumspatienttal over 2.700, eller en afvigelse uden begrundelse). Reglen og dens hjemmel står i »ruleId« og »reference«.' },
  'rate-limit': { status: [429], title: 'For mange forespørgsler', description: 'For mange forespørgsler i tidsrummet. Vent det antal sekunder, headeren »RateLimit« angiver, og prøv igen.' },
  internal: { status: [500], title: 'Intern fejl', description: 'En uventet fejl på serveren. Den er logget med forespørgslens id (X-Request-Id); oplys det ved henvendelse.' },
  'decision-replay': { status: [500], title: 'Den gemte afgørelse kan ikke genskabes', description: 'En gemt afgørelse giver ikke længere samme resultat med de regelsætversioner, den blev truffet efter. Serverens data eller regler er ændret; kontakt driften.' },
  starting: { status: [503], title: 'Serveren starter', description: 'Serveren har lige åbnet sin port og er ved at åbne databasen og indlæse regelsættene (fordeling serve, apps/cli/src/commands/serve-starting.ts). Prøv igen efter det antal sekunder, headeren »Retry-After« angiver.' },
  'rules-unavailable': { status: [503], title: 'Regelsættene kan ikke bruges', description: 'Serveren startede på regelsæt med fejl og svarer ikke på noget, der bygger på reglerne, før de er rettet (»fordeling rules validate« viser dem; »problems« har de første).' },
} as const satisfies Record<string, { status: readonly number[]; title: string; description: string }>;

export type ProblemSlug = keyof typeof PROBLEM_TYPES;

/** The page that describes the problem types, as `type` URIs name it. */
export const PROBLEM_PAGE = '/docs/problems';

/**
 * An RFC 9457 problem. Route handlers throw it; the error handler renders it as
 * `application/problem+json`. `title` and `detail` are Danish because they reach legal officers.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    /** Short slug, e.g. "validation"; becomes the `type` URI. */
    readonly slug: ProblemSlug,
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
export const problemType = (problem: HttpProblem): string => `${PROBLEM_PAGE}#${problem.slug}`;

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
