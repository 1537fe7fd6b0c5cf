import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { NotFoundError, RuleViolationError, RuleWorkflowError, ruleWorkflowRules, StateConflictError, InvalidInputError } from '@fordeling/store';
import { capacityRequestSchema, type Problem } from '@fordeling/engine';
import { withFieldNames } from './field-names.js';
import { HttpProblem, problems, sendProblem } from './problem.js';

/** express.json's errors carry `type` and `status`. */
interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

function isEngineError(error: unknown, name: string): error is Error & { problems?: Problem[] } {
  return error instanceof Error && error.name === name;
}

/** Maps every error a route can raise to an RFC 9457 problem. */
export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  const parser = error as BodyParserError;
  if (parser?.type === 'entity.parse.failed') return problems.malformedJson('Forespørgslens krop er ikke gyldig JSON.');
  if (parser?.type === 'entity.too.large') {
    return problems.tooLarge(`Forespørgslens krop er større end grænsen på ${parser.limit ?? '?'} byte.`);
  }
  if (parser?.type === 'encoding.unsupported' || parser?.type === 'charset.unsupported') {
    return new HttpProblem(415, 'unsupported-media-type', 'Formatet understøttes ikke', 'Send JSON i UTF-8.');
  }
  // The router could not decode a path parameter (a lone »%«, a broken UTF-8 sequence): the address
  // names nothing, which is the caller's to correct (issue 15: it was a 500).
  if (error instanceof URIError) {
    return new HttpProblem(400, 'malformed-url', 'Ugyldig adresse', 'Adressen kan ikke læses: et »%« skal efterfølges af to hexadecimale cifre, der tilsammen er gyldig UTF-8 (fx %C3%A6 for »æ«).');
  }
  if (error instanceof StateConflictError) return problems.conflict(error.message, { case: error.details });
  if (error instanceof RuleViolationError) {
    return problems.ruleViolation(error.message, [{ pointer: `/${error.field}`, message: error.message }], { ruleId: error.ruleId, reference: error.reference });
  }
  if (error instanceof RuleWorkflowError) {
    const title = { 403: 'Reglerne for regelsætversioner tillader det ikke', 409: 'Konflikt med versionens tilstand', 422: 'Versionen kan ikke sendes til godkendelse' }[error.httpStatus];
    return new HttpProblem(error.httpStatus, 'rule-workflow', title, error.message, undefined, {
      ruleId: error.ruleId,
      rule: ruleWorkflowRules[error.ruleId] ?? error.ruleId,
      ruleSet: error.details,
    });
  }
  if (error instanceof NotFoundError) return problems.notFound(error.message);
  if (error instanceof InvalidInputError) return problems.invalid(error.message, [{ pointer: `/${error.field}`, message: error.message }]);
  // The engine's decide: an invalid request lists its problems; two exceptions that both apply with
  // different outcomes are a clash in the rule set the caller must resolve, not a server fault.
  if (isEngineError(error, 'RequestError')) {
    // Only the capacity request raises it (validateRequest); its schema names the fields.
    return problems.invalid(error.message, withFieldNames(capacityRequestSchema, error.problems ?? []));
  }
  if (isEngineError(error, 'DecisionConflictError')) {
    return new HttpProblem(409, 'decision-conflict', 'Reglerne modsiger hinanden', error.message);
  }
  if (isEngineError(error, 'DecisionGapError')) {
    return new HttpProblem(409, 'decision-gap', 'Ingen regel finder anvendelse', error.message);
  }
  // A stored decision that no longer rebuilds as it was made: the server's data or rules are at fault,
  // and the caller is told so rather than shown a trace that was not the decision's own.
  if (isEngineError(error, 'DecisionReplayError')) {
    return new HttpProblem(500, 'decision-replay', 'Den gemte afgørelse kan ikke genskabes', error.message);
  }
  return problems.internal('Der opstod en uventet fejl. Oplys forespørgslens id (X-Request-Id) ved henvendelse.');
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const problem = toProblem(error);
    if (problem.status >= 500) logger.error({ requestId: res.locals.requestId, err: error }, 'unhandled error');
    if (res.headersSent) return;
    sendProblem(req, res, problem);
  };
}

export function notFoundHandler(): RequestHandler {
  return (req) => {
    throw problems.notFound(`Adressen ${req.method} ${req.path} findes ikke i API'et.`);
  };
}
