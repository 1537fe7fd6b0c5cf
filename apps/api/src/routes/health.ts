import { Router } from 'express';
import { plural } from '@fordeling/engine';
import type { AppContext } from '../app-context.js';

/**
 * GET /health — no token needed: whether the store answers and what the rules are doing. `ok`: the
 * library loaded without problems; `degraded` (200): a later load failed — a published version whose
 * library does not load — and the last good library is still served, the problems listed;
 * `unavailable` (503): the server started on rule sets with problems and answers nothing that depends
 * on them.
 */
export function healthRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    await ctx.store.migrations();
    const rules = ctx.rules.live.status();
    res.status(rules.status === 'unavailable' ? 503 : 200).json({
      status: rules.status,
      store: ctx.store.backend,
      ruleSets: rules.ruleSets,
      ruleProblems: rules.problems.length,
      ...(rules.loadedAt ? { rulesLoadedAt: rules.loadedAt } : {}),
      ...(rules.status === 'ok' ? {} : { message: healthMessage(rules.status, rules.problems.length), failedAt: rules.failedAt, problems: rules.problems.slice(0, 100) }),
    });
  });
  return router;
}

function healthMessage(status: 'degraded' | 'unavailable', count: number): string {
  const problems = plural(count, 'fejl', 'fejl');
  return status === 'degraded'
    ? `Regelsættene kunne ikke indlæses igen (${problems}); serveren bruger fortsat de senest gyldige regelsæt.`
    : `Regelsættene har ${problems}; serveren svarer 503 på alt, der bygger på reglerne, indtil de er rettet.`;
}
