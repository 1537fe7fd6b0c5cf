import { Router, type Response } from 'express';
import { timelineRules, type RuleBook } from '@fordeling/engine';
import { caseStatuses, type CaseStatus, type HearingRecord } from '@fordeling/store';
import type { AppContext } from '../app-context.js';
import { principal, requireRole } from '../http/auth.js';
import { actorOf } from '../http/principal.js';
import { problems } from '../http/problem.js';
import { queryString } from '../http/query.js';
import { usedRuleSets } from '../http/rule-set-header.js';
import { validBody } from '../http/validate-body.js';
import { openHearingSchema } from '../schemas/hearings.js';
import { sendCreated } from '../http/created.js';

/** The round's dates from the timeline rule set (seeds 002, 003); 422 when it has no round that year. */
function hearingDates(book: RuleBook, year: number): Record<string, string> {
  try {
    const round = timelineRules.of(book).round(year);
    return Object.fromEntries(round.steps.map((s) => [s.id, s.date]));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw problems.invalid(message, [{ pointer: '/year', message }]);
  }
}

/** A region may only see its own rounds; another region's round answers 404 so existence does not leak. */
export async function visibleHearing(ctx: AppContext, res: Response, id: string): Promise<HearingRecord> {
  const hearing = await ctx.store.getHearing(id);
  const caller = principal(res);
  if (!hearing || (caller.role === 'region' && !ctx.rules.sameRegion(ctx.rules.bookAt(), caller.region, hearing.region))) {
    throw problems.notFound(`Høringsrunden »${id}« findes ikke.`);
  }
  return hearing;
}

export function hearingRoutes(ctx: AppContext): Router {
  const router = Router();

  router.post('/hearings', requireRole('region'), async (req, res) => {
    const body = validBody<{ runId: string; year?: number }>(openHearingSchema, req.body);
    const caller = principal(res);
    const run = await ctx.store.getRun(body.runId);
    if (!run) {
      const message = `Modelkørslen »${body.runId}« findes ikke.`;
      throw problems.invalid(message, [{ pointer: '/runId', message }]);
    }
    const book = ctx.rules.bookAt();
    usedRuleSets(res, book);
    const year = body.year ?? Number(run.asOf.slice(0, 4));
    const dates = hearingDates(book, year);
    // The run names regions as in force at its as-of date; use its spelling of the caller's region.
    const clinics = await ctx.store.listClinics(run.id);
    const region = clinics.map((c) => c.region).find((r) => ctx.rules.sameRegion(book, caller.region, r));
    if (!region) {
      const message = `Modelkørslen har ingen klinikker i regionen ${caller.region ?? ''}.`;
      throw problems.invalid(message, [{ pointer: '/runId', message }]);
    }
    const hearing = await ctx.store.openHearing({ region, year, runId: run.id, dates, actor: actorOf(caller), ruleSets: book.refs(), inputHash: ctx.engine.hash(body) });
    sendCreated(res, `/v1/hearings/${hearing.id}`, hearing);
  });

  router.get('/hearings', async (_req, res) => {
    const caller = principal(res);
    const all = await ctx.store.listHearings();
    const book = ctx.rules.bookAt();
    res.json({ hearings: all.filter((h) => caller.role !== 'region' || ctx.rules.sameRegion(book, caller.region, h.region)) });
  });

  router.get('/hearings/:id', async (req, res) => {
    res.json(await visibleHearing(ctx, res, req.params.id));
  });

  router.get('/hearings/:id/cases', async (req, res) => {
    const hearing = await visibleHearing(ctx, res, req.params.id);
    const status = queryString(req, 'status');
    if (status !== undefined && !caseStatuses.includes(status as CaseStatus)) {
      const message = `Ukendt status »${status}«. Gyldige: ${caseStatuses.join(', ')}.`;
      throw problems.invalid(message, [{ pointer: '#/query/status', message }]);
    }
    res.json({ hearing, cases: await ctx.store.listCases(hearing.id, status as CaseStatus | undefined) });
  });

  return router;
}
