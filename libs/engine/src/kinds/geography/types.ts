import type { LegalReference } from '../../contract/legal-reference.js';

/** Content of a `geography` rule set: municipalities → health councils → regions. */
export interface GeographyContent {
  regions: Array<{ id: string; name: string; reference: LegalReference }>;
  councils: Array<{ id: string; name: string; region: string; reference: LegalReference }>;
  municipalities: Array<{
    /** Official municipality code, e.g. 360. */
    code: number;
    name: string;
    council: string;
    /** Approximate population (seed 004), used only to generate synthetic data. */
    approxPopulation: number;
    reference: LegalReference;
  }>;
  /** Non-bridged islands. An island is a property of a clinic, not of a municipality. */
  islands: Array<{
    id: string;
    name: string;
    municipality: number;
    /** The island is the whole municipality (Læsø, Samsø, …). */
    wholeMunicipality: boolean;
    reference: LegalReference;
  }>;
}
