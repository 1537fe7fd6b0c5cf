import type { MinimumCase } from './minimum-case.js';

/**
 * A hearing case as the store and the API answer it (libs/store HearingCase: preliminary, response,
 * final with the store's field names). Only the fields the letters use are read.
 */
export interface StoreCaseLike {
  providerNumber: string;
  status: string;
  preliminary: { minimumPerCapacity: number; deviationReasonId: string | null; deviationText?: string | null; hearingDeadline?: string | null; hearingNumber?: number } | null;
  response: { comment: string; maximumPatients: number | null; at: string } | null;
  final: { minimumPerCapacity: number; reasonId: string | null; reasonText?: string | null; withoutResponse?: boolean } | null;
  dialogues?: Array<{ heldOn: string; outcome: string; agreement: boolean }>;
}

export function isStoreCase(value: unknown): value is StoreCaseLike {
  return typeof value === 'object' && value !== null && 'status' in value && 'preliminary' in value && 'providerNumber' in value;
}

/** The store's case in the cases-file form the letters read. */
export function fromStoreCase(c: StoreCaseLike): MinimumCase {
  return {
    providerNumber: c.providerNumber,
    ...(c.preliminary ? { preliminaryPerCapacity: c.preliminary.minimumPerCapacity } : {}),
    ...(c.preliminary?.deviationReasonId ? { deviationReason: c.preliminary.deviationReasonId } : {}),
    ...(c.preliminary?.deviationText ? { deviationText: c.preliminary.deviationText } : {}),
    ...(c.preliminary?.hearingDeadline ? { hearingDeadline: c.preliminary.hearingDeadline } : {}),
    ...(c.preliminary?.hearingNumber && c.preliminary.hearingNumber > 1 ? { hearingNumber: c.preliminary.hearingNumber } : {}),
    ...(c.response
      ? {
          response: {
            receivedOn: c.response.at.slice(0, 10),
            ...(c.response.maximumPatients !== null ? { maximumPatients: c.response.maximumPatients } : {}),
            ...(c.response.comment ? { summary: c.response.comment } : {}),
          },
        }
      : {}),
    ...(c.final ? { finalPerCapacity: c.final.minimumPerCapacity } : {}),
    ...(c.final?.reasonId ? { finalDeviationReason: c.final.reasonId } : {}),
    ...(c.final?.reasonText ? { finalDeviationText: c.final.reasonText } : {}),
    ...(c.final?.withoutResponse ? { decidedWithoutResponse: true } : {}),
    ...(c.dialogues?.length ? { dialogues: c.dialogues.map(({ heldOn, outcome, agreement }) => ({ heldOn, outcome, agreement })) } : {}),
  };
}
