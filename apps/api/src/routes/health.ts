import { Router } from 'express';
import type { AppContext } from '../app-context.js';

/** GET /health — no token needed; says whether the store answers and how many rule sets are loaded. */
export function healthRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    await ctx.store.migrations();
    res.json({
      status: 'ok',
      store: ctx.store.backend,
      ruleSets: ctx.rules.library.ruleSets.length,
      ruleProblems: ctx.rules.library.problems.length,
    });
  });
  return router;
}
