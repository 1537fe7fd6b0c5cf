import type { InputFileReport } from '../result.js';
import type { CitizenColumns } from './citizen-columns.js';

/** manifest.json (optional): says whether the folder is synthetic. */
export interface InputManifest {
  synthetic: boolean;
  generator?: string;
  seed?: number;
  scale?: number;
}

export interface ClinicInput {
  providerNumber: string;
  name: string;
  address: string;
  municipalityCode: number;
  /** Island name as in the geography rule set, or null. */
  island: string | null;
  capacities: number;
  /** As registered with the region (clinics.csv); the model counts its own from citizens.csv. */
  registeredListedPatients: number;
  line: number;
}

export interface CouncilInput {
  /** The council's name as in the geography rule set. */
  council: string;
  existingCapacities: number;
  line: number;
}

export interface LifeExpectancyInput {
  municipalityCode: number;
  lifeExpectancy: number;
  lostLifeYearsPer1000: number;
  line: number;
}

export interface ProjectionInput {
  municipalityCode: number;
  growthPct: number;
  line: number;
}

/** Everything read from one input folder (docs/contracts.md "Model input folder"). */
export interface ModelInputs {
  dir: string;
  synthetic: boolean;
  manifest: InputManifest | null;
  /**
   * Index → municipality code for `citizens.municipality`: the geography rule set's codes, sorted,
   * when the inputs were read with a rule book; otherwise the codes met in the files, in order of
   * first appearance (runModel maps them onto the geography).
   */
  municipalityCodes: number[];
  /** True when codes, council names and islands were checked against the geography rule set. */
  checkedAgainstGeography: boolean;
  citizens: CitizenColumns;
  /** In file order; `citizens.clinic` indexes into this list. */
  clinics: ClinicInput[];
  councils: CouncilInput[];
  lifeExpectancy: LifeExpectancyInput[];
  projection: ProjectionInput[];
  /** One per file read, in the order citizens, clinics, councils, life_expectancy, projection. */
  reports: InputFileReport[];
}
