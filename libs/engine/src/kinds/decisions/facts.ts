import type { GeographyLookup } from '../geography/compile.js';
import type { CapacityRequest } from './types.js';

export type FactType = 'date' | 'string' | 'number' | 'boolean';

/**
 * The facts a decision rule's conditions may use, derived from the request. `statement` is the Danish
 * reading of a boolean fact ("…, at <statement>"); `label` names any other fact.
 */
export const FACTS: Record<string, { type: FactType; label: string }> = {
  date: { type: 'date', label: 'anmodningens dato' },
  council: { type: 'string', label: 'sundhedsrådet' },
  request: { type: 'string', label: 'anmodningen' },
  existingCapacities: { type: 'number', label: 'antal eksisterende kapaciteter' },
  ceiling: { type: 'number', label: 'kapacitetsloftet' },
  councilClosed: { type: 'boolean', label: 'sundhedsrådet har nået sit kapacitetsloft' },
  island: { type: 'string', label: 'klinikkens ø' },
  islandKnown: { type: 'boolean', label: 'klinikken ligger på en kendt ikke-brofast ø' },
  regionFindsCoverageInsufficient: { type: 'boolean', label: 'regionen vurderer, at lægedækningen ikke er tilstrækkelig' },
  extraordinaryGrowthDocumented: { type: 'boolean', label: 'en ekstraordinær befolkningstilvækst er dokumenteret' },
  projectedGrowthPct: { type: 'number', label: 'den fremskrevne befolkningstilvækst (pct.)' },
};

export type DecisionFacts = Record<keyof typeof FACTS, string | number | boolean>;

/**
 * The facts of a validated request. A council is closed when its existing capacities reach the
 * ceiling (seed 000: "et stop for at udlodde nye ydernumre"). No island is the empty text, so every
 * fact is defined (the engine runs with allowUndefinedFacts: false).
 */
export function requestFacts(request: CapacityRequest, geography: GeographyLookup): DecisionFacts {
  const island = request.clinic.island === undefined ? undefined : geography.island(request.clinic.island);
  return {
    date: request.date,
    council: request.council,
    request: request.request,
    existingCapacities: request.existingCapacities,
    ceiling: request.ceiling,
    councilClosed: request.existingCapacities >= request.ceiling,
    island: island?.id ?? '',
    islandKnown: island !== undefined,
    regionFindsCoverageInsufficient: request.regionFindsCoverageInsufficient,
    extraordinaryGrowthDocumented: request.extraordinaryGrowth.documented,
    projectedGrowthPct: request.extraordinaryGrowth.projectedGrowthPct,
  };
}
