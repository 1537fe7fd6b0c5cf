import type { LegalReference, Parameter } from '../../contract/legal-reference.js';
import type { Rounding } from '../capacity/types.js';

/** Content of a `minimum-patients` rule set: how the region sets each clinic's minimum. */
export interface MinimumPatientsContent {
  /** Rounding of target / mean weight (advisory minimum per capacity). */
  rounding: Rounding;
  /** Reasons the region may give for deviating from the advisory number (§ 206 b, stk. 3). */
  deviationReasons: Array<{ id: string; label: string; reference: LegalReference }>;
  /**
   * A final number this share or more above the clinic's current listed patients per capacity is
   * "substantially higher" and requires a dialogue with the clinic (seed 000).
   */
  dialogueThresholdShare: Parameter<number>;
  /** A deviation from the advisory number larger than this share requires a reason. */
  deviationRequiresReasonAboveShare: Parameter<number>;
}
