import { Router } from 'express';
import { capacityRules, minimumPatientsRules, weightsRules, type Citizen, type RuleBook, type WeightTables } from '@fordeling/engine';
import type { AppContext } from '../app-context.js';
import { requireRole } from '../http/auth.js';
import { usedRuleSets } from '../http/rule-set-header.js';
import { validBody } from '../http/validate-body.js';
import { clinicMinimumSchema, weightsCalculationSchema } from '../schemas/calculations.js';

type CitizenInput = Citizen & { id?: string };

/** Why a single citizen's weight here is the raw weight (seed 000, box 1; DOMAIN steps 1–3). */
const NORMALISATION_NOTE =
  'Vægten er den rå sygdomsvægt (basisvægt + bidrag). I den nationale model normaliseres alle vægte, så landsgennemsnittet er {{mean}}, ' +
  'og korrigeres derefter for middellevetid; begge trin kræver hele befolkningen og indgår derfor ikke her.';

function note(reference: WeightTables): string {
  return NORMALISATION_NOTE.replace('{{mean}}', String(reference.normalisedMean).replace('.', ','));
}

function rawMean(reference: WeightTables, citizens: CitizenInput[]): number {
  return citizens.reduce((sum, c) => sum + reference.explain(c).raw, 0) / citizens.length;
}

function minimumFor(book: RuleBook, meanWeight: number, capacities: number) {
  const capacity = capacityRules.of(book);
  const minimum = minimumPatientsRules.of(book);
  const perCapacity = minimum.advisoryMinimumPerCapacity(meanWeight, capacity);
  return {
    advisoryMinimumPerCapacity: perCapacity,
    advisoryMinimumTotal: perCapacity * capacities,
    target: capacity.target,
    maximumPerCapacity: capacity.maximum,
    rounding: { method: minimum.rounding.method, decimals: minimum.rounding.decimals },
  };
}

/** Side-effect-free calculations with the rule sets in force: weights and a clinic's advisory minimum. */
export function calculationRoutes(ctx: AppContext): Router {
  const router = Router();

  router.post('/calculations/weights', requireRole('ministry', 'region'), (req, res) => {
    const body = validBody<{ asOf?: string; citizens: CitizenInput[] }>(weightsCalculationSchema, req.body);
    const book = ctx.rules.bookAt(body.asOf, '/asOf');
    usedRuleSets(res, book);
    const reference = weightsRules.of(book);
    const citizens = body.citizens.map((citizen, index) => {
      const e = reference.explain(citizen);
      return { index, id: citizen.id ?? null, weight: e.raw, ageBand: e.ageBand, base: e.base, contributions: e.contributions };
    });
    res.json({ asOf: book.asOf, citizens, normalisation: { normalisedMean: reference.normalisedMean, applied: false, note: note(reference) }, ruleSets: book.refs() });
  });

  router.post('/calculations/clinic-minimum', requireRole('ministry', 'region'), (req, res) => {
    const body = validBody<{ asOf?: string; capacities: number; meanWeight?: number; patients?: CitizenInput[] }>(clinicMinimumSchema, req.body);
    const book = ctx.rules.bookAt(body.asOf, '/asOf');
    usedRuleSets(res, book);
    const reference = body.patients ? weightsRules.of(book) : undefined;
    const meanWeight = body.meanWeight ?? rawMean(reference!, body.patients!);
    res.json({
      asOf: book.asOf,
      meanWeight,
      meanWeightSource: body.meanWeight === undefined ? 'patients' : 'given',
      ...(reference ? { patients: body.patients!.length, normalisation: { applied: false, note: note(reference) } } : {}),
      capacities: body.capacities,
      ...minimumFor(book, meanWeight, body.capacities),
      ruleSets: book.refs(),
    });
  });

  return router;
}
