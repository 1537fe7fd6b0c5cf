import { Router, type Response } from 'express';
import { DecisionReplayError, geographyRules, requestDate, type Decision } from '@fordeling/engine';
import type { CapacityDecisionRecord } from '@fordeling/store';
import type { AppContext } from '../app-context.js';
import { principal, requireRole } from '../http/auth.js';
import { sendCreated } from '../http/created.js';
import { toProblem } from '../http/error-handler.js';
import { actorOf, type Principal } from '../http/principal.js';
import { problems, problemType } from '../http/problem.js';
import { queryPositiveInteger, queryString } from '../http/query.js';
import { usedRuleSets } from '../http/rule-set-header.js';

/**
 * POST /v1/decisions/capacity — decides a request to establish or re-fill a capacity with the rule
 * sets in force on the request's date, stores the decision with an audit entry, and answers with
 * the outcome, the basis, the rules that fired and the rule-set versions used; with `Prefer:
 * return=minimal`, the same without the trace (GET /v1/decisions/{id} has it).
 */
export function decisionRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post('/decisions/capacity', requireRole('region'), async (req, res) => {
    const caller = principal(res);
    const book = ctx.rules.bookAt(requestDate(req.body), '/date');
    usedRuleSets(res, book);
    // The engine's check of the request names every problem (schema, council, island) in one 422.
    const request = ctx.engine.validateRequest(req.body, book);
    const geography = geographyRules.of(book);
    // A valid request's council is the geography's, and the geography's checks give every council a region.
    const council = geography.council(request.council)!;
    const region = geography.region(council.region)!;
    if (!ctx.rules.sameRegion(book, caller.region, region.id)) {
      throw problems.forbidden(`Sundhedsrådet »${request.council}« hører ikke under adgangsnøglens region (${caller.region ?? 'ingen'}).`);
    }
    const decision = await ctx.engine.decide(request, book);
    // Council and region are stored by their ids in the geography ("vendsyssel" is Vendsyssel), so lists find them.
    const record = await ctx.store.recordDecision({
      request,
      decision: ctx.engine.compact(decision),
      region: region.id,
      council: council.id,
      actor: actorOf(caller),
      ruleSets: decision.ruleSets,
      inputHash: ctx.engine.hash(req.body),
    });
    const answer = { id: record.id, ...decisionAnswer(decision) };
    if (prefersMinimal(req.get('prefer'))) {
      // RFC 7240 § 4.2: the client asked for less. The trace (≈ 5 of the ≈ 7 KB) is one GET away, at
      // Location; the outcome, its basis and the sentences stay, so the answer still says why.
      const { trace: _trace, ...minimal } = answer;
      res.set('Preference-Applied', 'return=minimal');
      sendCreated(res, `/v1/decisions/${record.id}`, minimal);
    } else {
      sendCreated(res, `/v1/decisions/${record.id}`, answer);
    }
  });

  // GET /v1/decisions/{id} — where the POST's Location points: the stored decision in full.
  router.get('/decisions/:id', async (req, res) => {
    const record = await visibleDecision(ctx, res, req.params.id);
    usedRuleSets(res, record.ruleSets);
    const decision = expanded(ctx, record);
    res.json({ ...decisionSummary(record, decision.explanation), trace: decision.trace });
  });

  // GET /v1/decisions — newest first, without traces; a region sees only its own region's decisions.
  router.get('/decisions', async (req, res) => {
    const council = queryString(req, 'council');
    const limit = queryPositiveInteger(req, 'limit', MAX_LISTED) ?? DEFAULT_LISTED;
    const geography = geographyRules.of(ctx.rules.bookAt());
    const records = await ctx.store.listDecisions({
      region: regionFilter(ctx, principal(res)),
      council: council && (geography.council(council)?.id ?? council),
      limit,
    });
    res.json({ decisions: records.map((record) => listed(ctx, record)) });
  });
  return router;
}

/** A decision as the API answers it (the 201 body without its id; the preview's body). */
export function decisionAnswer(decision: Decision) {
  return {
    outcome: decision.outcome,
    basis: decision.basis,
    validUntil: decision.validUntil ?? null,
    decidingRule: decision.decidingRule,
    explanation: decision.explanation,
    trace: decision.trace,
    asOf: decision.asOf,
    ruleSets: decision.ruleSets,
  };
}

/** Whether a Prefer header (RFC 7240) asks for `return=minimal`; several preferences may be listed, in any case. */
export function prefersMinimal(prefer: string | undefined): boolean {
  return prefer !== undefined && prefer.split(',').some((preference) => preference.split(';')[0].trim().toLowerCase() === 'return=minimal');
}

const DEFAULT_LISTED = 100;
const MAX_LISTED = 1000;

/** A region sees only its own region's decisions; another region's answers 404 like its cases (existence does not leak). */
export async function visibleDecision(ctx: AppContext, res: Response, id: string): Promise<CapacityDecisionRecord> {
  const found = await ctx.store.getDecision(id);
  const caller = principal(res);
  if (!found || (caller.role === 'region' && !ctx.rules.sameRegion(ctx.rules.bookAt(), caller.region, found.region))) {
    throw problems.notFound(`Der findes ingen kapacitetsafgørelse med id »${id}«.`);
  }
  return found;
}

/**
 * The region id a region token's list is limited to (a token may name its region by name; decisions
 * store the geography's id), or undefined for ministry and reader, who see every region.
 */
function regionFilter(ctx: AppContext, caller: Principal): string | undefined {
  if (caller.role !== 'region') return undefined;
  // A region token without a region matches no decision ('' is no region id), as sameRegion does.
  return ctx.rules.regionId(ctx.rules.bookAt(), caller.region ?? '');
}

/** The stored decision in full: its trace and sentences rebuilt under its own rule-set versions. */
export function expanded(ctx: AppContext, record: CapacityDecisionRecord): Decision {
  return ctx.engine.expand(record.request, record.decision, record.ruleSets, ctx.rules.bookOfDecision(record.decision.asOf, record.ruleSets));
}

/**
 * A decision in the list. One that no longer rebuilds as it was made is listed with its stored result
 * and the problem instead of an explanation — loud, but without hiding the region's other decisions;
 * reading it by id answers the 500 itself.
 */
function listed(ctx: AppContext, record: CapacityDecisionRecord) {
  try {
    return decisionSummary(record, expanded(ctx, record).explanation);
  } catch (error) {
    if (!(error instanceof DecisionReplayError)) throw error;
    const problem = toProblem(error);
    return { ...decisionSummary(record, []), problem: { type: problemType(problem), title: problem.title, detail: problem.detail } };
  }
}

/** The POST's 201 body without the trace, plus who decided, for which region and council, and when. */
function decisionSummary(record: CapacityDecisionRecord, explanation: string[]) {
  return {
    id: record.id,
    request: record.request,
    outcome: record.outcome,
    basis: record.basis,
    validUntil: record.validUntil,
    decidingRule: record.decidingRule,
    explanation,
    asOf: record.decision.asOf,
    ruleSets: record.ruleSets,
    region: record.region,
    council: record.council,
    actorId: record.actorId,
    createdAt: record.createdAt,
  };
}
