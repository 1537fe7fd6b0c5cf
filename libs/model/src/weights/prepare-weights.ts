import { geographyRules, weightsRules, type GeographyIndex, type RuleBook } from '@fordeling/engine';
import { alignMunicipalities } from '../geography/align-municipalities.js';
import type { ModelInputs } from '../inputs/model-inputs.js';
import { computeCitizenWeights, type CitizenWeights } from './citizen-weights.js';

export interface PreparedWeights extends CitizenWeights {
  geography: GeographyIndex;
  /** Each citizen's municipality as an index into geography.municipalities. */
  municipality: Uint16Array;
}

/** Geography in force + every citizen's final weight: what runModel and explainCitizen share. */
export function prepareGeography(inputs: ModelInputs, book: RuleBook): { geography: GeographyIndex; municipality: Uint16Array } {
  const geography = geographyRules.of(book).index;
  return { geography, municipality: alignMunicipalities(inputs, geography) };
}

export function prepareWeights(inputs: ModelInputs, book: RuleBook, geo = prepareGeography(inputs, book)): PreparedWeights {
  return { ...geo, ...computeCitizenWeights(inputs.citizens, geo.municipality, geo.geography, inputs.lifeExpectancy, weightsRules.of(book)) };
}
