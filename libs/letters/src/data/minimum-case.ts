/**
 * A clinic's minimum-patient case as the region has handled it (from the store or exported by hand):
 * the preliminary and final numbers, the reasons, the clinic's response. `--cases FILE` is
 * `{ "cases": [MinimumCase, …] }`, or the store's/API's cases as they are answered (an array or
 * `{ "cases": [...] }` of HearingCase). Without a case the advisory number is used as the
 * preliminary and the final number (docs/letters.md).
 */
export interface MinimumCase {
  providerNumber: string;
  preliminaryPerCapacity?: number;
  /** Id of a deviation reason of the minimum-patients rule set. */
  deviationReason?: string;
  deviationText?: string;
  hearingDeadline?: string;
  response?: { receivedOn: string; maximumPatients?: number; summary?: string; regionAnswer?: string };
  finalPerCapacity?: number;
  finalDeviationReason?: string;
  finalDeviationText?: string;
  reasons?: string[];
  /** Letter date overriding the timeline's date for this clinic. */
  letterDate?: string;
}
