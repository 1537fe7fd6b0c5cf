import express, { type Express } from 'express';
import helmet from 'helmet';
import { pino, type Logger } from 'pino';
import type { HearingStore } from '@fordeling/store';
import type { AppContext } from './app-context.js';
import { authenticate } from './http/auth.js';
import { errorHandler, notFoundHandler } from './http/error-handler.js';
import { rateLimiter, type RateLimitOptions } from './http/rate-limit.js';
import { requestId } from './http/request-id.js';
import { requestLogger } from './http/request-logger.js';
import { ruleSetsInForce } from './http/rule-set-header.js';
import { cachedTokenVerifier, type TokenVerifier } from './http/token-verifier.js';
import { openApiRoutes } from './openapi/routes.js';
import { engineFunctions } from './rules/engine-functions.js';
import type { EngineFunctions } from './rules/engine-port.js';
import { RulesContext, type ApiRuleLibrary } from './rules/rules-context.js';
import { calculationRoutes } from './routes/calculations.js';
import { caseRoutes } from './routes/cases.js';
import { decisionRoutes } from './routes/decisions.js';
import { healthRoutes } from './routes/health.js';
import { hearingRoutes } from './routes/hearings.js';
import { ruleSetRoutes } from './routes/rulesets.js';
import { regionalRoutes } from './routes/regional.js';
import { runRoutes } from './routes/runs.js';

export interface AppOptions {
  store: HearingStore;
  library: ApiRuleLibrary;
  /** Default: the engine's decide/diff/validate (engine-functions.ts). */
  engine?: EngineFunctions;
  /** Default: the store's hashed tokens, looked up through a short cache. */
  tokens?: TokenVerifier;
  logger?: Logger;
  /** "Today" for rule sets in force and hearing rounds; default the system clock. */
  clock?: () => Date;
  /** Largest JSON body; default 1 MB. */
  bodyLimit?: string | number;
  /** Per client address on /v1; default 6,000 requests a minute. `false` turns it off. */
  rateLimit?: RateLimitOptions | false;
  /** How long a token lookup is remembered (ms); default 10 s, 0 = always ask the store. */
  tokenCacheMs?: number;
  /** Folder under which POST /v1/runs {path} may read run outputs; default the working directory. */
  runsRoot?: string;
}

/** Logger that never writes the Authorization header, whatever is passed to it. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, redact: { paths: ['authorization', '*.authorization', '*.headers.authorization', 'req.headers.authorization'], censor: '[skjult]' } });
}

/** The HTTP API as an Express app, not listening: `app.listen(...)` or supertest(app). */
export function createApp(options: AppOptions): Express {
  const logger = options.logger ?? createLogger();
  const clock = options.clock ?? (() => new Date());
  const bodyLimit = options.bodyLimit ?? '1mb';
  const ctx: AppContext = {
    store: options.store,
    rules: new RulesContext(options.library, () => clock().toISOString().slice(0, 10)),
    engine: options.engine ?? engineFunctions(options.library.registry),
    runsRoot: options.runsRoot ?? process.cwd(),
  };
  const tokens = options.tokens ?? cachedTokenVerifier({ find: (plain) => options.store.findToken(plain) }, options.tokenCacheMs ?? 10_000);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(requestId());
  app.use(requestLogger(logger));
  app.use(ruleSetsInForce(ctx.rules));
  // Swagger UI at /docs needs a CSP of its own (openapi/routes.ts); every other path gets helmet's defaults.
  const strictHeaders = helmet();
  app.use((req, res, next) => (req.path.startsWith('/docs') ? next() : strictHeaders(req, res, next)));
  app.use(openApiRoutes());
  const json = express.json({ limit: bodyLimit });
  // The validate route reads the document as text to report line and column; everything else is JSON.
  app.use((req, res, next) => (req.path === '/v1/rulesets/validate' ? next() : json(req, res, next)));
  app.use(healthRoutes(ctx));

  const v1 = express.Router();
  if (options.rateLimit !== false) v1.use(rateLimiter(options.rateLimit ?? { windowMs: 60_000, limit: 6_000 }));
  v1.use(authenticate(tokens));
  v1.use(ruleSetRoutes(ctx, bodyLimit));
  v1.use(decisionRoutes(ctx));
  v1.use(calculationRoutes(ctx));
  v1.use(runRoutes(ctx));
  v1.use(regionalRoutes(ctx));
  v1.use(hearingRoutes(ctx));
  v1.use(caseRoutes(ctx));
  app.use('/v1', v1);

  app.use(notFoundHandler());
  app.use(errorHandler(logger));
  return app;
}
