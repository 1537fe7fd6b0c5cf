import express, { Router, type Request } from 'express';
import type { AppContext } from '../app-context.js';
import { principal, requireRole } from '../http/auth.js';
import { sendCreated } from '../http/created.js';
import { guardText } from '../http/body-guard.js';
import { actorOf } from '../http/principal.js';
import { problems } from '../http/problem.js';
import { usedRuleSets } from '../http/rule-set-header.js';
import { validBody } from '../http/validate-body.js';
import type { NewDraftRequest } from '../rules/draft-workflow.js';
import { versionView } from '../rules/version-view.js';
import { newDraftSchema, reasonSchema, submitSchema } from '../schemas/rule-drafts.js';

/** The path of a draft's text: PUT sends the document as text, so problems name its lines and columns. */
export const DRAFT_TEXT_PATH = /^\/v1\/rulesets\/[^/]+\/drafts\/[^/]+$/;

/** The route's rule-set id and version. */
function names(req: Request): [string, string] {
  return [String(req.params.id), String(req.params.version)];
}

/** `If-Match: "3"` (or `3`): the revision the caller saw. */
function ifMatch(req: Request): number | undefined {
  const header = req.get('if-match');
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(header);
  if (!match) throw problems.invalid('»If-Match« skal være udkastets revision, fx "3".', [{ pointer: '#/header/If-Match', message: `»${header}« er ikke en revision.` }]);
  return Number(match[1]);
}

/**
 * The ministry's workflow for a new version (issue 13): create a draft (whole or as an amendment),
 * save it (checked against the whole library, problems kept with it), submit it, and — by another
 * ministry user — approve it, which publishes it, or reject it with a reason. Regions and readers
 * read only.
 */
export function ruleDraftRoutes(ctx: AppContext, bodyLimit: string | number): Router {
  const router = Router();
  const ministry = requireRole('ministry');

  /** The version as it is now, with its state and history, after a step. */
  const view = async (id: string, version: string) => {
    const stored = await ctx.store.getRuleVersion(id, version);
    const library = ctx.rules.library;
    return versionView(library, library.get(id, version), stored);
  };

  router.get('/rulesets/:id/drafts', async (req, res) => {
    const versions = await ctx.store.listRuleVersions({ ruleSetId: req.params.id });
    res.json({
      drafts: versions.map((v) => ({
        id: v.ruleSetId,
        version: v.version,
        status: v.status,
        revision: v.revision,
        kind: v.kind,
        validFrom: v.validFrom,
        hash: v.hash,
        problems: v.problems.length,
        warnings: v.warnings.length,
        authors: v.authors,
        updatedAt: v.updatedAt,
      })),
    });
  });

  router.post('/rulesets/:id/drafts', ministry, async (req, res) => {
    const body = validBody<NewDraftRequest>(newDraftSchema, req.body);
    const { record } = await ctx.drafts.create(actorOf(principal(res)), names(req)[0], body);
    sendCreated(res, `/v1/rulesets/${record.ruleSetId}/versions/${record.version}`, await view(record.ruleSetId, record.version));
  });

  // The document arrives as text so every problem names its line and column, as the CLI does. A
  // draft with problems is saved (200) with them; it cannot be submitted until they are fixed.
  router.put('/rulesets/:id/drafts/:version', ministry, express.text({ type: () => true, limit: bodyLimit }), async (req, res) => {
    const text = typeof req.body === 'string' ? req.body : '';
    if (!text.trim()) throw problems.invalid('Send udkastets dokument som JSON i forespørgslens krop.', [{ pointer: '', message: 'Kroppen er tom.' }]);
    guardText(text);
    const { record } = await ctx.drafts.save(actorOf(principal(res)), ...names(req), text, ifMatch(req));
    res.json({ valid: record.problems.length === 0, ...(await view(record.ruleSetId, record.version)) });
  });

  router.post('/rulesets/:id/drafts/:version/submit', ministry, async (req, res) => {
    const body = validBody<{ revision?: number }>(submitSchema, req.body ?? {});
    const { record } = await ctx.drafts.submit(actorOf(principal(res)), ...names(req), body.revision);
    res.json(await view(record.ruleSetId, record.version));
  });

  router.post('/rulesets/:id/drafts/:version/approve', ministry, async (req, res) => {
    const body = validBody<{ reason: string; revision?: number }>(reasonSchema, req.body);
    const { record, plan } = await ctx.drafts.approve(actorOf(principal(res)), ...names(req), body.reason, body.revision);
    if (plan.published) usedRuleSets(res, [plan.published.ref]);
    res.json({
      ...(await view(record.ruleSetId, record.version)),
      predecessor: plan.predecessor?.ref ?? null,
      changes: plan.changes.map(({ pointer, change, sentence }) => ({ pointer, change, sentence })),
      tests: plan.tests?.summary ?? null,
      rules: ctx.rules.live.status().status,
    });
  });

  router.post('/rulesets/:id/drafts/:version/reject', ministry, async (req, res) => {
    const body = validBody<{ reason: string; revision?: number }>(reasonSchema, req.body);
    const record = await ctx.drafts.reject(actorOf(principal(res)), ...names(req), body.reason, body.revision);
    res.json(await view(record.ruleSetId, record.version));
  });

  return router;
}
