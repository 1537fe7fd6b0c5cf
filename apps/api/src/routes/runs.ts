import { Router } from 'express';
import type { ClinicInput, CouncilInput, RunDocument } from '@fordeling/store';
import type { AppContext } from '../app-context.js';
import { principal, requireRole } from '../http/auth.js';
import { actorOf } from '../http/principal.js';
import { problems } from '../http/problem.js';
import { queryString, queryYear } from '../http/query.js';
import { usedRuleSets } from '../http/rule-set-header.js';
import { validBody } from '../http/validate-body.js';
import { readRunToRegister, resolveInside } from '../runs/read-run-to-register.js';
import { registerRunSchema } from '../schemas/runs.js';
import { sendCreated } from '../http/created.js';

type RegisterRunBody = { run: RunDocument; clinics: ClinicInput[]; councils?: CouncilInput[] } | { path: string };

/** Model runs (registered by the ministry) and the councils' ceilings from a run. */
export function runRoutes(ctx: AppContext): Router {
  const router = Router();

  router.post('/runs', requireRole('ministry'), async (req, res) => {
    const body = validBody<RegisterRunBody>(registerRunSchema, req.body);
    const { run, clinics, councils } = 'path' in body ? await readRunToRegister(await resolveInside(ctx.runsRoot, body.path)) : { councils: [], ...body };
    usedRuleSets(res, run.ruleSets);
    const record = await ctx.store.registerRun(run, clinics, {
      councils,
      actor: actorOf(principal(res)),
      ruleSets: run.ruleSets,
      inputHash: ctx.engine.hash(run),
    });
    sendCreated(res, `/v1/runs/${record.id}`, record);
  });

  router.get('/runs', async (_req, res) => {
    res.json({ runs: await ctx.store.listRuns() });
  });

  // A region sees its own clinics of the run; the ministry and readers see all of them.
  router.get('/runs/:id', async (req, res) => {
    const record = await ctx.store.getRun(req.params.id);
    if (!record) throw problems.notFound(`Modelkørslen »${req.params.id}« findes ikke.`);
    usedRuleSets(res, record.run.ruleSets);
    const caller = principal(res);
    const book = ctx.rules.bookAt(record.asOf);
    const clinics = (await ctx.store.listClinics(record.id)).filter((c) => caller.role !== 'region' || ctx.rules.sameRegion(book, caller.region, c.region));
    res.json({ ...record, clinics });
  });

  router.get('/councils', async (req, res) => {
    const year = queryYear(req, 'year') ?? Number(ctx.rules.todayDate().slice(0, 4));
    const runId = queryString(req, 'runId');
    if (runId && !(await ctx.store.getRun(runId))) throw problems.notFound(`Modelkørslen »${runId}« findes ikke.`);
    const councils = await ctx.store.listCouncils(year, runId);
    res.json({ year, runId: councils[0]?.runId ?? runId ?? null, councils });
  });

  return router;
}
