import { Router } from 'express';
import { legalReferenceSchema, referenceView, type LegalReference } from '@fordeling/engine';
import type { AppContext } from '../app-context.js';
import { validBody } from '../http/validate-body.js';

const referencesSchema = {
  type: 'object',
  required: ['references'],
  additionalProperties: false,
  properties: { references: { type: 'array', maxItems: 500, items: legalReferenceSchema } },
} as const;

/**
 * POST /v1/references {references: [LegalReference]} — the references a page has (a decision's
 * trace, a preview's) as users see them: the citation, the sources by their real titles
 * (rules/sources.json), illustrative values marked — the engine's referenceView, as the rule
 * explorer shows them; never the rule files' internal notes as written.
 */
export function referenceRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post('/references', (req, res) => {
    const body = validBody<{ references: LegalReference[] }>(referencesSchema, req.body);
    const library = ctx.rules.library;
    res.json({ references: body.references.map((reference) => referenceView(library, reference)) });
  });
  return router;
}
