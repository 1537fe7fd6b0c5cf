import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { problems, sendProblem } from './problem.js';

export interface RateLimitOptions {
  windowMs: number;
  /** Requests per window and client address. */
  limit: number;
}

/** Generous by default; answers 429 as problem+json with the standard RateLimit headers. */
export function rateLimiter(options: RateLimitOptions): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) => {
      const seconds = Math.ceil(options.windowMs / 1000);
      sendProblem(req, res, problems.rateLimited(`Højst ${options.limit} forespørgsler pr. ${seconds} sekunder. Vent og prøv igen.`));
    },
  });
}
