/**
 * A clinic's minimum-patient case as the region has handled it (from the store or exported by hand):
 * the preliminary and final numbers, the reasons, the clinic's response. `--cases FILE` is
 * `{ "cases": [MinimumCase, …] }`, or the store's/API's cases as they are answered (an array or
 * `{ "cases": [...] }` of HearingCase). Without a case the hearing letter proposes the advisory
 * number; a decision letter needs its case (docs/letters.md): it never assumes the hearing's outcome.
 */
export interface MinimumCase {
  providerNumber: string;
  preliminaryPerCapacity?: number;
  /** Id of a deviation reason of the minimum-patients rule set. */
  deviationReason?: string;
  deviationText?: string;
  hearingDeadline?: string;
  response?: { receivedOn: string; maximumPatients?: number; summary?: string; regionAnswer?: string };
  /** The final number was set without a response, after the deadline (`hearingDeadline`). */
  decidedWithoutResponse?: boolean;
  /** 1 for the first hearing; 2 and up for a new hearing. */
  hearingNumber?: number;
  /** The dialogues with the clinic about its number (seed 003). */
  dialogues?: Array<{ heldOn: string; outcome: string; agreement: boolean }>;
  finalPerCapacity?: number;
  finalDeviationReason?: string;
  finalDeviationText?: string;
  reasons?: string[];
  /** Letter date overriding the timeline's date for this clinic. */
  letterDate?: string;
}
