import express, { Router } from 'express';
import type { LoadedRuleSet } from '@fordeling/engine';
import type { AppContext } from '../app-context.js';
import { requireRole } from '../http/auth.js';
import { problems } from '../http/problem.js';
import { queryDate, queryString } from '../http/query.js';
import { usedRuleSets } from '../http/rule-set-header.js';
import { versionView } from '../rules/version-view.js';

function summary(r: LoadedRuleSet, inForce: boolean) {
  const d = r.document;
  return { id: d.id, kind: d.kind, version: d.version, validFrom: d.validFrom, validTo: d.validTo ?? null, status: d.status, title: d.title, hash: r.hash, file: r.file, inForce };
}

function findVersion(ctx: AppContext, id: string, version: string, pointer: string): LoadedRuleSet {
  const ruleSet = ctx.rules.library.get(id, version);
  if (!ruleSet) {
    const known = ctx.rules.library.versions(id).map((r) => r.ref.version);
    const detail = known.length ? `Version »${version}« af regelsættet »${id}« findes ikke. Kendte versioner: ${known.join(', ')}.` : `Regelsættet »${id}« findes ikke.`;
    if (pointer) throw problems.invalid(detail, [{ pointer, message: detail }]);
    throw problems.notFound(detail);
  }
  return ruleSet;
}

/** Rule sets: list (with those in force on a date), one version, diff, and validation of a document. */
export function ruleSetRoutes(ctx: AppContext, bodyLimit: string | number): Router {
  const router = Router();

  router.get('/rulesets', (req, res) => {
    const asOf = queryDate(req, 'asOf') ?? ctx.rules.todayDate();
    const book = ctx.rules.bookAt(asOf);
    const inForce = new Set(book.refs().map((r) => r.hash));
    usedRuleSets(res, book);
    res.json({ asOf, inForce: book.refs(), ruleSets: ctx.rules.library.ruleSets.map((r) => summary(r, inForce.has(r.hash))) });
  });

  // One version with its state and history: shipped in the folder, published through the store, or a
  // draft in the store (which is not part of the library until it is published).
  router.get('/rulesets/:id/versions/:version', async (req, res) => {
    const { id, version } = req.params;
    const library = ctx.rules.library;
    const stored = await ctx.store.getRuleVersion(id, version);
    const loaded = stored ? library.get(id, version) : findVersion(ctx, id, version, '');
    if (loaded) usedRuleSets(res, [loaded.ref]);
    res.json(versionView(library, loaded, stored));
  });

  router.get('/rulesets/:id/diff', (req, res) => {
    const from = findVersion(ctx, req.params.id, queryString(req, 'from', true)!, '#/query/from');
    const to = findVersion(ctx, req.params.id, queryString(req, 'to', true)!, '#/query/to');
    usedRuleSets(res, [from.ref, to.ref]);
    res.json({ from: from.ref, to: to.ref, changes: ctx.engine.diff(from, to) });
  });

  // The document arrives as text so problems can name line and column, exactly as the CLI does.
  // A document with problems is still a successful validation: 200 with valid=false.
  router.post(
    '/rulesets/validate',
    requireRole('ministry', 'region'),
    express.text({ type: () => true, limit: bodyLimit }),
    async (req, res) => {
      const text = typeof req.body === 'string' ? req.body : '';
      if (!text.trim()) throw problems.invalid('Send regelsættet som JSON i forespørgslens krop.', [{ pointer: '', message: 'Kroppen er tom.' }]);
      const found = await ctx.engine.validateDocument(text, ctx.rules.library);
      const errors = found.filter((p) => p.severity !== 'warning');
      res.json({ valid: errors.length === 0, problems: errors, warnings: found.filter((p) => p.severity === 'warning') });
    },
  );

  return router;
}
