import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { problems, sendProblem } from './problem.js';
import type { Principal } from './principal.js';

export interface RateLimitOptions {
  windowMs: number;
  /** Requests per window and token (after authentication). */
  limit: number;
  /**
   * Requests per window and client address without a valid token, counted before authentication;
   * once spent, such requests from the address get 429 instead of 401 until the window ends, while
   * valid tokens from the same address go on. Default: `DEFAULT_RATE_LIMIT.unauthenticatedLimit`.
   */
  unauthenticatedLimit?: number;
}

/**
 * Per token 60.000 requests a minute (1.000 a second, a fifth of what the decision route serves on
 * the 2-core benchmark machine): a region's whole hearing round — ≈ 1.000 clinics × preliminary,
 * response, final and a read — is ≈ 5.000 requests and never comes near it, while one runaway
 * client cannot take the whole server. Per address 600 failed authentications a minute: a client
 * with a wrong token learns it at once, guessing tokens (256 bits) gains nothing either way.
 */
export const DEFAULT_RATE_LIMIT: Required<RateLimitOptions> = { windowMs: 60_000, limit: 60_000, unauthenticatedLimit: 600 };

function refused(limit: number, windowMs: number, what: string): RequestHandler {
  return (req, res) => {
    const seconds = Math.ceil(windowMs / 1000);
    sendProblem(req, res, problems.rateLimited(`Højst ${limit.toLocaleString('da-DK')} ${what} pr. ${seconds} sekunder. Vent og prøv igen.`));
  };
}

/**
 * Before authentication: one bucket per client address (IPv6 by /56, express-rate-limit's default)
 * for the requests without a session or a valid token (`identifyCaller` in auth.ts): a region's
 * batch never fills it, and one misconfigured client behind an office's address does not stop the
 * others there (the soak showed it did when every request from the address counted).
 */
export function addressRateLimiter(options: RateLimitOptions, isKnownCaller: (req: Request, res: Response) => Promise<boolean>): RequestHandler {
  const limit = options.unauthenticatedLimit ?? DEFAULT_RATE_LIMIT.unauthenticatedLimit;
  return rateLimit({
    windowMs: options.windowMs,
    limit,
    standardHeaders: false,
    legacyHeaders: false,
    skip: isKnownCaller,
    handler: refused(limit, options.windowMs, 'forespørgsler uden gyldig adgangsnøgle fra samme adresse'),
  });
}

/** After authentication: one bucket per token; answers 429 as problem+json with the standard RateLimit headers. */
export function tokenRateLimiter(options: RateLimitOptions): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (_req, res) => `token:${(res.locals.principal as Principal).id}`,
    handler: refused(options.limit, options.windowMs, 'forespørgsler pr. adgangsnøgle'),
  });
}
