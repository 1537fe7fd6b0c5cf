import type { CapacityRequest } from '../kinds/decisions/types.js';

/** A request in Sundhedsråd Kronjylland (Anholt lies in Norddjurs, Kronjylland), council closed. */
export function kronjyllandRequest(overrides: Partial<CapacityRequest> = {}): CapacityRequest {
  return {
    date: '2026-03-15',
    council: 'Kronjylland',
    request: 'new',
    existingCapacities: 150,
    ceiling: 150,
    clinic: { providerNumber: '071234' },
    regionFindsCoverageInsufficient: false,
    extraordinaryGrowth: { documented: false, projectedGrowthPct: 0.4 },
    ...overrides,
  };
}

/** The same closed council, for a clinic on Anholt (a non-bridged island) the region finds needed. */
export function anholtRequest(overrides: Partial<CapacityRequest> = {}): CapacityRequest {
  return kronjyllandRequest({ clinic: { providerNumber: '071234', island: 'Anholt' }, regionFindsCoverageInsufficient: true, ...overrides });
}
