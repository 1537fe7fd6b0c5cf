import { Router } from 'express';
import { geographyRules, parseVersionSelection, requestDate, type Decision } from '@fordeling/engine';
import type { AppContext } from '../app-context.js';
import { principal, requireRole } from '../http/auth.js';
import { problems } from '../http/problem.js';
import { queryString } from '../http/query.js';
import { usedRuleSets } from '../http/rule-set-header.js';
import { decisionAnswer } from './decisions.js';

/** What every sentence of a preview begins with: it decides nothing and nothing is stored. */
export const PREVIEW_BANNER = 'PRØVE — ingen afgørelse, intet er gemt';

/** The decision with every sentence marked as a preview: the explanation, each rule's and each condition's. */
export function markPreview(decision: Decision): Decision & { preview: true } {
  const mark = (sentence: string) => `${PREVIEW_BANNER}: ${sentence}`;
  return {
    ...decision,
    preview: true,
    explanation: decision.explanation.map(mark),
    trace: decision.trace.map((rule) => ({
      ...rule,
      explanation: mark(rule.explanation),
      conditions: rule.conditions.map((c) => (c.sentence === undefined ? c : { ...c, sentence: mark(c.sentence) })),
    })),
  };
}

/**
 * POST /v1/decisions/capacity/preview?versions=decisions@2026.1-udkast,… — the decision and its trace
 * under the chosen versions (drafts in the folder or in the store, or any published version), for the
 * ministry and the regions (a region for its own councils). Never stored, no audit entry; every
 * sentence says it is a preview.
 */
export function decisionPreviewRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post('/decisions/capacity/preview', requireRole('ministry', 'region'), async (req, res) => {
    const selection = queryString(req, 'versions');
    let versions: Record<string, string> | undefined;
    try {
      versions = selection === undefined ? undefined : parseVersionSelection(selection);
    } catch (error) {
      const message = (error as Error).message;
      throw problems.invalid(message, [{ pointer: '#/query/versions', message }]);
    }
    const library = versions ? await ctx.drafts.libraryWithAll(versions) : ctx.rules.library;
    const date = requestDate(req.body);
    let book;
    try {
      book = date && versions ? library.bookAt(date, { versions }) : ctx.rules.bookAt(date, '/date');
    } catch (error) {
      const message = (error as Error).message;
      throw problems.invalid(message, [{ pointer: /dato/.test(message) ? '/date' : '#/query/versions', message }]);
    }
    usedRuleSets(res, book);
    const request = ctx.engine.validateRequest(req.body, book);
    const caller = principal(res);
    if (caller.role === 'region') {
      const geography = geographyRules.of(book);
      const region = geography.region(geography.council(request.council)!.region)!;
      if (!ctx.rules.sameRegion(book, caller.region, region.id)) {
        throw problems.forbidden(`Sundhedsrådet »${request.council}« hører ikke under adgangsnøglens region (${caller.region ?? 'ingen'}).`);
      }
    }
    const decision = markPreview(await ctx.engine.decide(request, book));
    res.json({ preview: true, ...decisionAnswer(decision), ...(decision.draft ? { draft: true } : {}) });
  });
  return router;
}
