import express, { type Express } from 'express';
import helmet from 'helmet';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { RuleLibrary } from '@fordeling/engine';
import type { HearingStore } from '@fordeling/store';
import type { AppContext } from './app-context.js';
import { authenticate, identifyCaller } from './http/auth.js';
import { bodyGuard } from './http/body-guard.js';
import { errorHandler, notFoundHandler } from './http/error-handler.js';
import { addressRateLimiter, DEFAULT_RATE_LIMIT, tokenRateLimiter, type RateLimitOptions } from './http/rate-limit.js';
import { requestId } from './http/request-id.js';
import { requireRules } from './http/require-rules.js';
import { requestLogger } from './http/request-logger.js';
import { sessionAuthentication, sessionRoutes } from './http/session.js';
import { ruleSetsInForce } from './http/rule-set-header.js';
import { cachedTokenVerifier, storeTokenVerifier, type TokenVerifier } from './http/token-verifier.js';
import { openApiRoutes } from './openapi/routes.js';
import { engineFunctions } from './rules/engine-functions.js';
import type { EngineFunctions } from './rules/engine-port.js';
import { ReferencePopulations } from './impact/reference-populations.js';
import { DraftWorkflow } from './rules/draft-workflow.js';
import { LiveRuleLibrary } from './rules/live-rules.js';
import { RulesContext } from './rules/rules-context.js';
import { calculationRoutes } from './routes/calculations.js';
import { caseRoutes } from './routes/cases.js';
import { decisionPreviewRoutes } from './routes/decision-preview.js';
import { decisionRoutes } from './routes/decisions.js';
import { healthRoutes } from './routes/health.js';
import { impactRoutes } from './routes/impact.js';
import { hearingRoutes } from './routes/hearings.js';
import { DRAFT_TEXT_PATH, ruleDraftRoutes } from './routes/rule-drafts.js';
import { ruleSetRoutes } from './routes/rulesets.js';
import { ruleExplorerRoutes } from './routes/rule-explorer.js';
import { ruleDraftTrialRoutes } from './routes/rule-draft-trial.js';
import { regionalRoutes } from './routes/regional.js';
import { regionWorkbenchRoutes } from './routes/region-workbench.js';
import { runRoutes } from './routes/runs.js';
import { tokenRoutes } from './routes/tokens.js';
import { webAppRoutes } from './web/web-app.js';

export interface AppOptions {
  store: HearingStore;
  /**
   * The rule library, reloaded while the server runs when a version is published (composeApi binds
   * it to the shipped folder and the store); `library` instead serves one that never changes.
   */
  rules?: LiveRuleLibrary;
  library?: RuleLibrary;
  /** Default: the engine's decide/diff/validate (engine-functions.ts). */
  engine?: EngineFunctions;
  /** Default: the store's hashed tokens, looked up through a short cache. */
  tokens?: TokenVerifier;
  logger?: Logger;
  /** "Today" for rule sets in force and hearing rounds; default the system clock. */
  clock?: () => Date;
  /** Largest JSON body; default 1 MB. */
  bodyLimit?: string | number;
  /** Per token on /v1, and per address for failed authentications (http/rate-limit.ts); `false` turns both off. */
  rateLimit?: RateLimitOptions | false;
  /** How long a token lookup is remembered (ms); default 10 s, 0 = always ask the store. */
  tokenCacheMs?: number;
  /** Folder under which POST /v1/runs {path} may read run outputs; default the working directory. */
  runsRoot?: string;
  /** The secret `fordeling tokens` uses while this server holds the PGlite folder (tokens/local-admin.ts). */
  localAdminSecret?: string;
}

/**
 * Logger that never writes the Authorization header, whatever is passed to it. Standard output by
 * default; the benchmark passes /dev/null to log at `info` exactly as production does, unprinted.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: ['authorization', '*.authorization', '*.headers.authorization', 'req.headers.authorization'], censor: '[skjult]' } };
  return destination ? pino(options, destination) : pino(options);
}

/** The HTTP API as an Express app, not listening: `app.listen(...)` or supertest(app). */
export function createApp(options: AppOptions): Express {
  const logger = options.logger ?? createLogger();
  const clock = options.clock ?? (() => new Date());
  const bodyLimit = options.bodyLimit ?? '1mb';
  const live = options.rules ?? (options.library ? LiveRuleLibrary.fixed(options.library, clock) : undefined);
  if (!live) throw new Error('createApp needs `rules` or `library`.');
  const rules = new RulesContext(live, () => clock().toISOString().slice(0, 10));
  const runsRoot = options.runsRoot ?? process.cwd();
  const ctx: AppContext = {
    store: options.store,
    rules,
    engine: options.engine ?? engineFunctions(live.registry),
    drafts: new DraftWorkflow(options.store, rules, live.registry),
    populations: new ReferencePopulations(options.store, rules, runsRoot),
    runsRoot,
  };
  const tokens = options.tokens ?? cachedTokenVerifier(storeTokenVerifier(options.store), options.tokenCacheMs ?? 10_000);
  // A token revoked anywhere (another replica, `fordeling tokens revoke` on PostgreSQL) is forgotten at once.
  const caching = options.tokens ? Boolean(options.tokens.forget) : (options.tokenCacheMs ?? 10_000) > 0;
  if (caching) void options.store.watchTokenRevocations((id) => tokens.forget?.(id)).catch((error: unknown) => logger.warn({ err: error }, 'token revocations not watched'));

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(requestId());
  app.use(requestLogger(logger));
  app.use(ruleSetsInForce(ctx.rules));
  // Swagger UI at /docs needs a CSP of its own (openapi/routes.ts); every other path gets helmet's defaults.
  // No upgrade-insecure-requests: the server speaks plain HTTP on 127.0.0.1, and the workbench's
  // pages (web/web-app.ts) would otherwise ask for their scripts and post their forms over HTTPS.
  const strictHeaders = helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
  app.use((req, res, next) => (req.path.startsWith('/docs') ? next() : strictHeaders(req, res, next)));
  app.use(openApiRoutes());
  app.use(healthRoutes(ctx));
  app.use(sessionRoutes(ctx.store, tokens));

  // Order matters (issue 15): who is calling, and whether they may call now, is settled before a
  // byte of the body is read — an anonymous caller gets 401 (or 429), never 400 or 413, and never
  // makes the server parse a megabyte. Then the body: the validate route and a draft's save read the
  // document as text to report line and column (their routes parse it); everything else is JSON.
  const v1 = express.Router();
  // The workbench's session cookie (http/session.ts) names its caller as a token would; such a
  // caller, like one with a valid token, is not counted against the address's limit.
  v1.use(sessionAuthentication(ctx.store));
  const limits = options.rateLimit === false ? undefined : { ...DEFAULT_RATE_LIMIT, ...options.rateLimit };
  if (limits) v1.use(addressRateLimiter(limits, (req, res) => identifyCaller(tokens, req, res)));
  const json = express.json({ limit: bodyLimit });
  const asText = (req: express.Request) => req.path === '/rulesets/validate' || (req.method === 'PUT' && DRAFT_TEXT_PATH.test(`/v1${req.path}`));
  const afterAuthentication: express.RequestHandler[] = [
    ...(limits ? [tokenRateLimiter(limits)] : []),
    (req, res, next) => (asText(req) ? next() : json(req, res, next)),
    bodyGuard(),
  ];
  // /v1/tokens authenticates on its own: it also takes the server's local secret (tokens/local-admin.ts).
  v1.use('/tokens', tokenRoutes(ctx, tokens, options.localAdminSecret, afterAuthentication));
  v1.use(authenticate(tokens));
  v1.use(...afterAuthentication);
  // Every /v1 route reads the rule sets (the geography behind a token's region, a council, a case's
  // limits, the versions in force); without a library free of problems each answers 503.
  v1.use(requireRules(ctx.rules));
  v1.use(ruleSetRoutes(ctx, bodyLimit));
  v1.use(ruleDraftRoutes(ctx, bodyLimit));
  v1.use(ruleExplorerRoutes(ctx));
  v1.use(ruleDraftTrialRoutes(ctx));
  v1.use(impactRoutes(ctx));
  v1.use(decisionPreviewRoutes(ctx));
  v1.use(decisionRoutes(ctx));
  v1.use(calculationRoutes(ctx));
  v1.use(runRoutes(ctx));
  v1.use(regionalRoutes(ctx));
  v1.use(hearingRoutes(ctx));
  v1.use(caseRoutes(ctx));
  v1.use(regionWorkbenchRoutes(ctx));
  app.use('/v1', v1);
  app.use(webAppRoutes());

  app.use(notFoundHandler());
  app.use(errorHandler(logger));
  return app;
}
