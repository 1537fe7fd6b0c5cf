// A model input folder held parsed in memory, for what-if runs in milliseconds (the impact preview of
// a draft, issue 13): the same result as runModel(inputs, book), but each stage recomputed only when
// a rule set it depends on changes.
//
// - capacity, minimum-patients: the weight totals per municipality and clinic are kept per weights
//   and geography version; only the councils and clinics are computed (DOMAIN steps 4–5).
// - weights: one dot product per (clinic, municipality) group of the cell counts (cell-counts.ts),
//   then normalisation and the life-expectancy correction on the groups' sums (steps 1–3).
// - geography: the groups name their municipality by code, so a new geography only maps the codes
//   again before the same sums.
//
// The totals are sums of the same terms in another order than runModel's pass over the citizens, so
// they agree to the last few bits (≈ 1e-13 relative); every rounded number (ceilings, minimums) is the
// same. reference-population.test.ts holds the two against each other.
import { geographyRules, weightsRules, type GeographyIndex, type RuleBook, type WeightTables } from '@fordeling/engine';
import { municipalityIndexMap } from '../geography/align-municipalities.js';
import type { ModelInputs } from '../inputs/model-inputs.js';
import type { ModelResult } from '../result.js';
import { modelResult, type WeightTotals } from '../run/run-model.js';
import { stageRunner } from '../run/model-stages.js';
import { lifeExpectancyCorrection } from '../weights/citizen-weights.js';
import { normalisationFactor } from '../weights/normalise.js';
import { CellCounts, characteristicSizes } from './cell-counts.js';

/** Weight totals kept: each edit of a weights or geography draft is a version of its own. */
const KEPT_TOTALS = 64;

export class ReferencePopulation {
  private readonly cells = new Map<number, CellCounts>();
  private readonly raw = new Map<string, Float64Array>();
  private readonly totals = new Map<string, WeightTotals>();

  constructor(readonly inputs: ModelInputs) {}

  /** runModel(inputs, book), recomputing only what `book`'s rule sets reach (see above). */
  result(book: RuleBook): ModelResult {
    const timings: Record<string, number> = {};
    const stage = stageRunner(timings);
    const geography = geographyRules.ruleSet(book);
    const weights = weightsRules.ruleSet(book);
    const key = `${geography.hash} ${weights.hash}`;
    let totals = this.totals.get(key);
    if (!totals) {
      totals = stage('weights', () => this.weightTotals(geographyRules.of(book).index, weightsRules.of(book), weights.hash));
      if (this.totals.size >= KEPT_TOTALS) this.totals.delete(this.totals.keys().next().value!);
      this.totals.set(key, totals);
    }
    return modelResult(this.inputs, book, geographyRules.of(book).index, totals, stage, timings);
  }

  /** Counts the population by cell now (≈ two passes over the citizens), so the first preview is fast too. */
  prepare(tables: WeightTables): void {
    this.cellsFor(tables);
  }

  private cellsFor(tables: WeightTables): CellCounts {
    let cells = this.cells.get(tables.parentsEducationBelowAge);
    if (!cells || !cells.fits(tables)) {
      const { inputs } = this;
      cells = new CellCounts(inputs.citizens, inputs.municipalityCodes.length, inputs.clinics.length, tables.parentsEducationBelowAge, characteristicSizes(tables));
      this.cells.set(tables.parentsEducationBelowAge, cells);
    }
    return cells;
  }

  /** DOMAIN steps 1–3 on the groups: what computeCitizenWeights and the sums after it give, per municipality and clinic. */
  private weightTotals(geography: GeographyIndex, tables: WeightTables, weightsHash: string): WeightTotals {
    const cells = this.cellsFor(tables);
    const rawKey = `${weightsHash} ${cells.parentsEducationBelowAge}`;
    let raw = this.raw.get(rawKey);
    if (!raw) {
      raw = cells.rawWeights(tables);
      if (this.raw.size >= KEPT_TOTALS) this.raw.delete(this.raw.keys().next().value!);
      this.raw.set(rawKey, raw);
    }
    const toGeography = municipalityIndexMap(this.inputs, geography);
    const m = geography.municipalities.length;
    let total = 0;
    for (let g = 0; g < raw.length; g++) total += raw[g];
    // As the whole-population run does: no rescaling where the rule set says its weights are on the mean-1 scale.
    const factor = tables.normalise ? normalisationFactor(total, this.inputs.citizens.count, tables.normalisedMean) : 1;

    const normalised = { citizens: new Float64Array(m), weight: new Float64Array(m) };
    for (let g = 0; g < raw.length; g++) {
      const i = toGeography[cells.municipality[g]];
      normalised.citizens[i] += cells.citizens[g];
      normalised.weight[i] += raw[g] * factor;
    }
    const { correction, warnings } = lifeExpectancyCorrection(geography, this.inputs.lifeExpectancy, tables, normalised);
    const f = correction.municipalityFactor;

    const municipalities = { citizens: normalised.citizens, weight: new Float64Array(m) };
    const clinics = { citizens: new Float64Array(this.inputs.clinics.length), weight: new Float64Array(this.inputs.clinics.length) };
    for (let g = 0; g < raw.length; g++) {
      const i = toGeography[cells.municipality[g]];
      const weight = raw[g] * factor * f[i];
      municipalities.weight[i] += weight;
      const k = cells.clinic[g];
      if (k < 0) continue;
      clinics.citizens[k] += cells.citizens[g];
      clinics.weight[k] += weight;
    }
    return { municipalities, clinics, warnings };
  }
}
