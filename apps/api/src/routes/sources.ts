import { Router } from 'express';
import type { AppContext } from '../app-context.js';

/**
 * GET /v1/sources — the documents the rules rest on (rules/sources.json) by their real titles, with
 * the names the rule files use for them (`aliases`, e.g. »BEK nr. 975 af 2025«), so a page can show a
 * reference's source by its title and never by an internal name.
 */
export function sourceRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/sources', (_req, res) => {
    res.json({ sources: ctx.rules.library.sources.sources });
  });
  return router;
}
