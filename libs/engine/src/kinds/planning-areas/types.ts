import type { LegalReference } from '../../contract/legal-reference.js';

/**
 * Content of a `planning-areas` rule set: areas below a health council that a region plans its
 * capacities in — a regional refinement on top of the national rules (seed 000: »det er op til
 * regionen at planlægge kapaciteten og placeringen heraf indenfor sundhedsrådenes geografi«; Region
 * Hovedstaden plans København by its districts). Optional per region: a region without rows plans
 * by council.
 */
export interface PlanningAreasContent {
  areas: PlanningArea[];
}

export interface PlanningArea {
  id: string;
  name: string;
  /** The region that plans by the area (the geography's region id). */
  region: string;
  /** The health council the area lies in (the geography's council id). */
  council: string;
  /** The municipality (official code) the area is part of. */
  municipality: number;
  /** A clinic belongs to the area when its address's postal code lies in one of these ranges (both ends included). */
  postalCodes: Array<{ from: number; to: number }>;
  reference: LegalReference;
}
