import { Router } from 'express';
import type { AppContext } from '../app-context.js';
import { principal, requireRole } from '../http/auth.js';
import { actorOf } from '../http/principal.js';
import { problems } from '../http/problem.js';
import { validBody } from '../http/validate-body.js';
import { draftImpact, type ImpactRequest } from '../impact/draft-impact.js';
import { impactRequestSchema, runInputsSchema } from '../schemas/rule-drafts.js';

/**
 * The impact preview of a draft (issue 13) and the reference population it is computed on: the
 * input folder of a registered run, held parsed in memory.
 */
export function impactRoutes(ctx: AppContext): Router {
  const router = Router();

  router.post('/rulesets/:id/drafts/:version/impact', requireRole('ministry', 'region'), async (req, res) => {
    const started = performance.now();
    const body = validBody<ImpactRequest>(impactRequestSchema, req.body ?? {});
    const answer = await draftImpact(ctx, String(req.params.id), String(req.params.version), body);
    // The server's own time for the preview (the benchmark's measure), as Server-Timing (W3C).
    res.set('Server-Timing', `impact;dur=${(performance.now() - started).toFixed(2)}`);
    res.json(answer);
  });

  router.put('/runs/:id/inputs', requireRole('ministry'), async (req, res) => {
    const body = validBody<{ path: string }>(runInputsSchema, req.body);
    const { record } = await ctx.populations.register(String(req.params.id), body.path, actorOf(principal(res)));
    res.json(record);
  });

  router.get('/runs/:id/inputs', async (req, res) => {
    const record = await ctx.store.getRunInputs(String(req.params.id));
    if (!record) throw problems.notFound(`Modelkørslen »${req.params.id}« har ingen registreret inputmappe.`);
    res.json(record);
  });

  return router;
}
