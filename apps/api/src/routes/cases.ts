import { Router, type Response } from 'express';
import type { CaseDetail } from '@fordeling/store';
import type { AppContext } from '../app-context.js';
import { principal, requireRole } from '../http/auth.js';
import { actorOf } from '../http/principal.js';
import { problems } from '../http/problem.js';
import { queryYear } from '../http/query.js';
import { usedRuleSets } from '../http/rule-set-header.js';
import { validBody } from '../http/validate-body.js';
import { caseRulesOf, dialogueRequired } from '../rules/case-rules.js';
import { dialogueSchema, finalSchema, preliminarySchema, responseSchema } from '../schemas/hearings.js';

/** A region sees only its own clinics' cases; another region's case answers 404 (existence does not leak). */
export async function visibleCase(ctx: AppContext, res: Response, providerNumber: string, year?: number): Promise<CaseDetail> {
  const found = await ctx.store.getCase(providerNumber, year);
  const caller = principal(res);
  if (!found || (caller.role === 'region' && !ctx.rules.sameRegion(ctx.rules.bookAt(), caller.region, found.region))) {
    throw problems.notFound(`Der findes ingen sag for ydernummer ${providerNumber}.`);
  }
  return found;
}

async function detail(ctx: AppContext, caseId: string): Promise<CaseDetail> {
  const found = await ctx.store.getCaseById(caseId);
  if (!found) throw problems.notFound(`Sagen »${caseId}« findes ikke.`);
  return found;
}

/** A case's state changes; each is checked against the rule sets in force and audited by the store. */
export function caseRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/cases/:providerNumber', async (req, res) => {
    res.json(await visibleCase(ctx, res, req.params.providerNumber, queryYear(req, 'year')));
  });

  router.post('/cases/:providerNumber/preliminary', requireRole('region'), async (req, res) => {
    const current = await visibleCase(ctx, res, String(req.params.providerNumber));
    const body = validBody<{ minimumPerCapacity: number; deviationReasonId?: string | null; deviationText?: string | null; hearingDeadline?: string; newHearing?: boolean; expectedVersion?: number }>(preliminarySchema, req.body);
    const book = ctx.rules.bookAt();
    usedRuleSets(res, book);
    await ctx.store.setPreliminary({
      caseId: current.id,
      expectedVersion: body.expectedVersion,
      rules: caseRulesOf(book),
      minimumPerCapacity: body.minimumPerCapacity,
      deviationReasonId: body.deviationReasonId ?? null,
      deviationText: body.deviationText ?? null,
      ...(body.hearingDeadline ? { hearingDeadline: body.hearingDeadline } : {}),
      ...(body.newHearing ? { newHearing: true } : {}),
      dialogueRequired: dialogueRequired(book, body.minimumPerCapacity, current.listedPatients, current.capacities),
      today: ctx.rules.todayDate(),
      actor: actorOf(principal(res)),
      ruleSets: book.refs(),
      inputHash: ctx.engine.hash(body),
    });
    res.json(await detail(ctx, current.id));
  });

  router.post('/cases/:providerNumber/response', requireRole('region'), async (req, res) => {
    const current = await visibleCase(ctx, res, String(req.params.providerNumber));
    const body = validBody<{ comment: string; maximumPatients?: number | null; expectedVersion?: number }>(responseSchema, req.body);
    await ctx.store.recordResponse({
      caseId: current.id,
      expectedVersion: body.expectedVersion,
      comment: body.comment,
      maximumPatients: body.maximumPatients ?? null,
      actor: actorOf(principal(res)),
      inputHash: ctx.engine.hash(body),
    });
    res.json(await detail(ctx, current.id));
  });

  router.post('/cases/:providerNumber/final', requireRole('region'), async (req, res) => {
    const current = await visibleCase(ctx, res, String(req.params.providerNumber));
    const body = validBody<{ minimumPerCapacity: number; reasonId?: string | null; reasonText?: string | null; expectedVersion?: number }>(finalSchema, req.body);
    const hearing = await ctx.store.getHearing(current.hearingId);
    const effectiveDate = hearing?.dates['final-effective'];
    if (!effectiveDate) throw problems.invalid('Høringsrunden har ingen ikrafttrædelsesdato (trinnet »final-effective« i tidsplanen).', []);
    const book = ctx.rules.bookAt();
    usedRuleSets(res, book);
    await ctx.store.setFinal({
      caseId: current.id,
      expectedVersion: body.expectedVersion,
      rules: caseRulesOf(book),
      minimumPerCapacity: body.minimumPerCapacity,
      reasonId: body.reasonId ?? null,
      reasonText: body.reasonText ?? null,
      effectiveDate,
      today: ctx.rules.todayDate(),
      actor: actorOf(principal(res)),
      ruleSets: book.refs(),
      inputHash: ctx.engine.hash(body),
    });
    res.json(await detail(ctx, current.id));
  });

  // The dialogue with the clinic (seed 003: »forpligtet til at indgå i en dialog«), recorded on the case.
  router.post('/cases/:providerNumber/dialogue', requireRole('region'), async (req, res) => {
    const current = await visibleCase(ctx, res, String(req.params.providerNumber));
    const body = validBody<{ heldOn: string; outcome: string; agreement: boolean; expectedVersion?: number }>(dialogueSchema, req.body);
    await ctx.store.recordDialogue({
      caseId: current.id,
      expectedVersion: body.expectedVersion,
      heldOn: body.heldOn,
      outcome: body.outcome,
      agreement: body.agreement,
      today: ctx.rules.todayDate(),
      actor: actorOf(principal(res)),
      inputHash: ctx.engine.hash(body),
    });
    res.json(await detail(ctx, current.id));
  });

  return router;
}
