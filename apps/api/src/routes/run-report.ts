import { Router } from 'express';
import type { AppContext } from '../app-context.js';
import { principal } from '../http/auth.js';
import { problems } from '../http/problem.js';
import { queryString } from '../http/query.js';
import { usedRuleSets } from '../http/rule-set-header.js';

/**
 * GET /v1/runs/{id}/report?region= — a registered run's report for one region (the report's council
 * and clinic tables, docs/model.md): the region's councils per year with their ceilings and free
 * capacities, those at their ceiling (no free capacity) named, and the region's clinics. A region
 * token gets its own region; the ministry and readers choose one, or get the whole country.
 */
/** How many years from the run's own the report looks for council results. */
const REPORTED_YEARS = [0, 1, 2, 3, 4];

export function runReportRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/runs/:id/report', async (req, res) => {
    const record = await ctx.store.getRun(req.params.id);
    if (!record) throw problems.notFound(`Modelkørslen »${req.params.id}« findes ikke.`);
    usedRuleSets(res, record.run.ruleSets);
    const caller = principal(res);
    const book = ctx.rules.bookAt(record.asOf);
    const asked = caller.role === 'region' ? caller.region ?? '' : queryString(req, 'region');
    const inRegion = (region: string) => asked === undefined || ctx.rules.sameRegion(book, asked, region);
    // The model computes the ceilings for the run's year and the years after it (docs/model.md).
    const first = Number(record.asOf.slice(0, 4));
    const [clinics, ...perYear] = await Promise.all([ctx.store.listClinics(record.id), ...REPORTED_YEARS.map((i) => ctx.store.listCouncils(first + i, record.id))]);
    const councils = perYear.flat().filter((c) => inRegion(c.region));
    const ownClinics = clinics.filter((c) => inRegion(c.region));
    if (asked !== undefined && ownClinics.length === 0 && councils.length === 0 && caller.role !== 'region') {
      const message = `Modelkørslen har hverken klinikker eller sundhedsråd i regionen »${asked}«.`;
      throw problems.invalid(message, [{ pointer: '#/query/region', message }]);
    }
    res.json({
      id: record.id,
      asOf: record.asOf,
      synthetic: record.synthetic,
      registeredAt: record.registeredAt,
      // Users see rule sets by their Danish titles, never »capacity 2025.1«.
      ruleSets: record.run.ruleSets.map((ref) => ({ ...ref, title: ctx.rules.library.get(ref.id, ref.version)?.document.title ?? null })),
      region: asked ?? null,
      regions: [...new Set(clinics.map((c) => c.region))].sort((a, b) => a.localeCompare(b, 'da')),
      years: [...new Set(councils.map((c) => c.year))].sort(),
      councils: councils.map((c) => ({ ...c, atCeiling: c.freeCapacities <= 0 })),
      clinics: ownClinics,
      totals: {
        clinics: ownClinics.length,
        capacities: ownClinics.reduce((sum, c) => sum + c.capacities, 0),
        listedPatients: ownClinics.reduce((sum, c) => sum + c.listedPatients, 0),
      },
    });
  });
  return router;
}
