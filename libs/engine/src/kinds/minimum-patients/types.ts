import type { LegalReference, Parameter } from '../../contract/legal-reference.js';
import type { Rounding } from '../capacity/types.js';

/** Content of a `minimum-patients` rule set: how the region sets each clinic's minimum. */
export interface MinimumPatientsContent {
  /** Rounding of target / mean weight (advisory minimum per capacity). */
  rounding: Rounding;
  /** Reasons the region may give for deviating from the advisory number (§ 206 b, stk. 3). */
  deviationReasons: DeviationReasonRow[];
  /**
   * A final number this share or more above the clinic's current listed patients per capacity is
   * "substantially higher" and requires a dialogue with the clinic (seed 000).
   */
  dialogueThresholdShare: Parameter<number>;
  /** A deviation from the advisory number larger than this share requires a reason. */
  deviationRequiresReasonAboveShare: Parameter<number>;
  /**
   * Where a reason is required, it must also be written out in words, which the decision letter
   * prints (not only a label). Absent = false, as in 2025.1.
   */
  deviationTextRequired?: Parameter<boolean>;
  /**
   * The final step needs a recorded dialogue with the clinic where the final number differs from the
   * advisory one (seed 003: »forpligtet til at indgå i en dialog«) or is substantially higher than what
   * the clinic has today (seed 000: »udgangspunktet er, at der skal opnås enighed«). Absent = false.
   */
  dialogueRequiredBeforeFinal?: Parameter<boolean>;
  /**
   * A final number less favourable to the clinic (higher) than the preliminary one it was heard on
   * needs a new hearing first (a new preliminary number and deadline). Absent = false.
   */
  newHearingIfFinalHigher?: Parameter<boolean>;
}

/** One reason for deviating; `direction` limits it to raising or lowering the advisory number. */
export interface DeviationReasonRow {
  id: string;
  label: string;
  /** `raise`: only for a number above the advisory one (e.g. a shortage of doctors); absent = either way. */
  direction?: 'raise' | 'lower';
  reference: LegalReference;
}
