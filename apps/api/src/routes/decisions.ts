import { Router } from 'express';
import type { CapacityRequest } from '@fordeling/engine';
import type { AppContext } from '../app-context.js';
import { principal, requireRole } from '../http/auth.js';
import { actorOf } from '../http/principal.js';
import { problems } from '../http/problem.js';
import { usedRuleSets } from '../http/rule-set-header.js';
import { validBody } from '../http/validate-body.js';
import { capacityRequestSchema } from '@fordeling/engine';

/**
 * POST /v1/decisions/capacity — decides a request to establish or re-fill a capacity with the rule
 * sets in force on the request's date, stores the decision with an audit entry, and answers with
 * the outcome, the basis, the rules that fired and the rule-set versions used.
 */
export function decisionRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post('/decisions/capacity', requireRole('region'), async (req, res) => {
    const request = validBody<CapacityRequest>(capacityRequestSchema, req.body);
    const caller = principal(res);
    const book = ctx.rules.bookAt(request.date, '/date');
    usedRuleSets(res, book);
    const region = ctx.rules.regionOfCouncil(book, request.council);
    if (!region) {
      const message = `Sundhedsrådet »${request.council}« findes ikke i geografien, der gælder på datoen.`;
      throw problems.invalid(message, [{ pointer: '/council', message }]);
    }
    if (!ctx.rules.sameRegion(book, caller.region, region)) {
      throw problems.forbidden(`Sundhedsrådet »${request.council}« hører ikke under adgangsnøglens region (${caller.region ?? 'ingen'}).`);
    }
    const decision = await ctx.engine.decide(request, book);
    const record = await ctx.store.recordDecision({
      request,
      decision,
      region,
      council: request.council,
      actor: actorOf(caller),
      ruleSets: decision.ruleSets,
      inputHash: ctx.engine.hash(req.body),
    });
    res.status(201).location(`/v1/decisions/${record.id}`).json({
      id: record.id,
      outcome: decision.outcome,
      basis: decision.basis,
      validUntil: decision.validUntil ?? null,
      decidingRule: decision.decidingRule,
      explanation: decision.explanation,
      trace: decision.trace,
      asOf: decision.asOf,
      ruleSets: decision.ruleSets,
    });
  });
  return router;
}
