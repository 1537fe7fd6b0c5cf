import { Router } from 'express';
import { planningAreasRules, supplementRules, type RuleBook } from '@fordeling/engine';
import { planningAreaResults, supplementSummary } from '@fordeling/model';
import type { AppContext } from '../app-context.js';
import { principal } from '../http/auth.js';
import { problems } from '../http/problem.js';
import { queryDate } from '../http/query.js';
import { usedRuleSets } from '../http/rule-set-header.js';

const has = (book: RuleBook, kind: string) => book.ruleSets.some((r) => r.document.kind === kind);

/**
 * What sits beside the national rules: the temporary supplement of sundhedsloven § 206 b, stk. 5
 * (its period and areas) and the regions' planning areas below the councils (Region Hovedstaden's
 * districts of København), each from the rule set in force on `asOf` (default today).
 */
export function regionalRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/supplement', async (req, res) => {
    const asOf = queryDate(req, 'asOf') ?? ctx.rules.todayDate();
    const book = ctx.rules.bookAt(asOf);
    usedRuleSets(res, book);
    if (!has(book, supplementRules.kind)) throw problems.notFound(`Intet regelsæt om midlertidigt tilskud (sundhedsloven § 206 b, stk. 5) gælder ${asOf}.`);
    res.json({ asOf, ...supplementSummary(book) });
  });

  // A region sees its own areas; the ministry and readers see every region's.
  router.get('/runs/:id/planning-areas', async (req, res) => {
    const record = await ctx.store.getRun(req.params.id);
    if (!record) throw problems.notFound(`Modelkørslen »${req.params.id}« findes ikke.`);
    const asOf = queryDate(req, 'asOf') ?? ctx.rules.todayDate();
    const book = ctx.rules.bookAt(asOf);
    usedRuleSets(res, book);
    if (!has(book, planningAreasRules.kind)) throw problems.notFound(`Intet regelsæt om regionale planlægningsområder gælder ${asOf}.`);
    const caller = principal(res);
    const areas = planningAreaResults(await ctx.store.listClinics(record.id), planningAreasRules.of(book))
      .filter((area) => caller.role !== 'region' || ctx.rules.sameRegion(book, caller.region, area.region));
    res.json({ runId: record.id, asOf, areas });
  });

  return router;
}
