// GET /v1/rulesets/{id}/drafts/{version}/trial (issue 16): the draft put through what approval
// would do — published into the library, succession and lock checked, every rule test run with it —
// without writing anything, so the editor shows the rule set's test cases against the draft as it
// is now, and whether it can be submitted.
import { Router } from 'express';
import type { AppContext } from '../app-context.js';
import { requireRole } from '../http/auth.js';

export function ruleDraftTrialRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/rulesets/:id/drafts/:version/trial', requireRole('ministry'), async (req, res) => {
    const id = String(req.params.id);
    const plan = await ctx.drafts.trial(id, String(req.params.version));
    const results = plan.tests?.results ?? [];
    // The rule set's own cases first (rules/<order>/<id>/tests/), then every other case it affects.
    const own = (file: string) => file.includes(`/${id}/tests/`);
    res.json({
      publishable: plan.refused.length === 0,
      refused: plan.refused,
      warnings: plan.warnings,
      predecessor: plan.predecessor?.ref ?? null,
      changes: plan.changes.map(({ pointer, change, sentence }) => ({ pointer, change, sentence })),
      tests: plan.tests
        ? {
            summary: plan.tests.summary,
            passed: plan.tests.passed,
            failed: plan.tests.failed,
            problems: plan.tests.problems,
            results: [...results.filter((r) => own(r.file)), ...results.filter((r) => !own(r.file) && !r.passed)].map((r) => ({ file: r.file, line: r.line, name: r.name, passed: r.passed, reason: r.reason ?? null, own: own(r.file) })),
          }
        : null,
    });
  });
  return router;
}
