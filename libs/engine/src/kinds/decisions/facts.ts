import type { GeographyLookup } from '../geography/compile.js';
import type { ValidatedRequest } from './types.js';

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
  requestedCapacities: { type: 'number', label: 'antal ansøgte kapaciteter' },
  ceiling: { type: 'number', label: 'kapacitetsloftet' },
  freeCapacities: { type: 'number', label: 'antal ledige kapaciteter under loftet' },
  councilClosed: { type: 'boolean', label: 'sundhedsrådet har nået sit kapacitetsloft' },
  withinCeiling: { type: 'boolean', label: 'de eksisterende og de ansøgte kapaciteter er tilsammen inden for loftet' },
  island: { type: 'string', label: 'klinikkens ø' },
  islandKnown: { type: 'boolean', label: 'klinikken ligger på en kendt ikke-brofast ø' },
  regionFindsCoverageInsufficient: { type: 'boolean', label: 'regionen vurderer, at lægedækningen ikke er tilstrækkelig' },
  extraordinaryGrowthDocumented: { type: 'boolean', label: 'en ekstraordinær befolkningstilvækst er dokumenteret' },
  projectedGrowthPct: { type: 'number', label: 'den fremskrevne befolkningstilvækst (pct.)' },
  extraordinarySituation: { type: 'boolean', label: 'regionen har beskrevet en ekstraordinær situation og begrundet sin vurdering' },
  extraordinarySituationKind: { type: 'string', label: 'slags ekstraordinær situation' },
  extraordinarySituationDescription: { type: 'string', label: 'den ekstraordinære situation' },
  regionReasoning: { type: 'string', label: 'regionens begrundelse' },
  doctorProviderNumbers: { type: 'number', label: 'antal ydernumre, lægen ville eje' },
};

export type DecisionFacts = Record<keyof typeof FACTS, string | number | boolean>;

/** Sums and comparisons of capacities at 12 significant digits: 142,5 + 0,5 is 143, never 142,99…. */
const clean = (x: number) => Number(x.toPrecision(12));

/**
 * The facts of a validated request. A council is closed when its existing capacities reach the
 * ceiling (seed 000: "et stop for at udlodde nye ydernumre"); a request is within the ceiling when the
 * existing and the requested capacities together do not exceed it. No island, situation or doctor is
 * the empty text or 0, so every fact is defined (the engine runs with allowUndefinedFacts: false).
 */
export function requestFacts(request: ValidatedRequest, geography: GeographyLookup): DecisionFacts {
  const island = request.clinic.island === undefined ? undefined : geography.island(request.clinic.island);
  const requested = request.requestedCapacities ?? 1;
  const situation = request.extraordinarySituation;
  const doctor = request.doctor;
  return {
    date: request.date,
    council: request.council,
    request: request.request,
    existingCapacities: request.existingCapacities,
    requestedCapacities: requested,
    ceiling: request.ceiling,
    freeCapacities: Math.max(0, clean(request.ceiling - request.existingCapacities)),
    councilClosed: request.existingCapacities >= request.ceiling,
    withinCeiling: clean(request.existingCapacities + requested) <= request.ceiling,
    island: island?.id ?? '',
    islandKnown: island !== undefined,
    regionFindsCoverageInsufficient: request.regionFindsCoverageInsufficient,
    extraordinaryGrowthDocumented: request.extraordinaryGrowth?.documented ?? false,
    projectedGrowthPct: situation?.projectedGrowthPct ?? request.extraordinaryGrowth?.projectedGrowthPct ?? 0,
    extraordinarySituation: situation !== undefined && situation.description.trim() !== '' && situation.regionReasoning.trim() !== '',
    extraordinarySituationKind: situation?.kind ?? '',
    extraordinarySituationDescription: situation?.description.trim() ?? '',
    regionReasoning: situation?.regionReasoning.trim() ?? '',
    // The provider number asked about counts once, whether the doctor owns it already or not.
    doctorProviderNumbers: doctor ? new Set([...doctor.providerNumbers, request.clinic.providerNumber]).size : 0,
  };
}
