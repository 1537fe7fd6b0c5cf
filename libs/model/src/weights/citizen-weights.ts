// DOMAIN steps 1–3 for the whole population: raw weights from the compiled tables, normalisation to
// the national mean, then the life-expectancy correction per level.
import type { GeographyIndex, Problem, WeightTables } from '@fordeling/engine';
import { sumByGroup, type GroupTotals } from '../aggregate/group-totals.js';
import { perMunicipality } from '../geography/per-municipality.js';
import type { CitizenColumns } from '../inputs/citizen-columns.js';
import type { LifeExpectancyInput } from '../inputs/model-inputs.js';
import { applyCorrection, lifeExpectancyFactors, type CorrectionLevelInput, type CorrectionResult } from './life-expectancy-correction.js';
import { normaliseWeights } from './normalise.js';
import { computeRawWeights } from './raw-weights.js';

export interface CitizenWeights {
  /** Final weight per citizen (after normalisation and correction). */
  weights: Float64Array;
  tables: WeightTables;
  normalisationFactor: number;
  correction: CorrectionResult;
  /** Lost life years per 1,000 per municipality index (0 where life_expectancy.csv has no row). */
  lostLifeYearsPer1000: Float64Array;
  warnings: Problem[];
}

export function computeCitizenWeights(
  citizens: CitizenColumns,
  municipality: Uint16Array,
  geography: GeographyIndex,
  lifeExpectancy: LifeExpectancyInput[],
  tables: WeightTables,
): CitizenWeights {
  const weights = computeRawWeights(citizens, tables);
  // Published weights fitted on the mean-1 scale are used as they are (the rule set's `normalise`).
  const normalisationFactor = tables.normalise ? normaliseWeights(weights, tables.normalisedMean) : 1;
  const totals = sumByGroup(municipality, weights, geography.municipalities.length);
  const { correction, lostLifeYearsPer1000, warnings } = lifeExpectancyCorrection(geography, lifeExpectancy, tables, totals);
  applyCorrection(weights, municipality, correction.municipalityFactor);
  return { weights, tables, normalisationFactor, correction, lostLifeYearsPer1000, warnings };
}

/**
 * DOMAIN step 3 from the municipalities' totals after normalisation: the lost life years per
 * municipality (a municipality with citizens but no row in life_expectancy.csv counts 0, warned), and
 * each level's factors. Shared by the whole-population run and the reference population's totals.
 */
export function lifeExpectancyCorrection(
  geography: GeographyIndex,
  lifeExpectancy: LifeExpectancyInput[],
  tables: WeightTables,
  municipalityTotals: GroupTotals,
): { correction: CorrectionResult; lostLifeYearsPer1000: Float64Array; warnings: Problem[] } {
  const m = geography.municipalities.length;
  const { values: lost, warnings } = perMunicipality(geography, lifeExpectancy, (row) => row.lostLifeYearsPer1000, municipalityTotals.citizens, {
    file: 'life_expectancy.csv',
    assumed: 'regnet med 0 tabte leveår i korrektionen for middellevetid',
  });
  const levels: CorrectionLevelInput[] = tables.lifeExpectancyCorrection.map(({ level, share }) =>
    level === 'council'
      ? { level, share, areaOfMunicipality: geography.municipalities.map((x) => x.council), areaCount: geography.councils.length }
      : { level, share, areaOfMunicipality: Array.from({ length: m }, (_, i) => i), areaCount: m },
  );
  const correction = lifeExpectancyFactors(municipalityTotals.weight, municipalityTotals.citizens, lost, levels);
  return { correction, lostLifeYearsPer1000: lost, warnings };
}
