import { kindHandle } from '../../contract/kind-handle.js';
import type { LegalReference } from '../../contract/legal-reference.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import type { CapacityCompiled } from '../capacity/compile.js';
import { applyRounding } from '../capacity/rounding.js';
import type { Rounding } from '../capacity/types.js';
import type { MinimumPatientsContent } from './types.js';

export interface DeviationReason {
  id: string;
  label: string;
  reference: LegalReference;
}

/** How the region sets each clinic's minimum (§ 206 b, stk. 3; seeds 000, 002, 003). */
export interface MinimumPatientsCompiled {
  rounding: Rounding;
  deviationReasons: readonly DeviationReason[];
  dialogueThresholdShare: number;
  deviationRequiresReasonAboveShare: number;
  /**
   * The advisory minimum patients per capacity = min(maximum, target / mean weight, rounded) — the one
   * place this formula lives; the model, the API and the letters call it.
   */
  advisoryMinimumPerCapacity(meanWeight: number, capacity: CapacityCompiled): number;
  deviationReason(id: string): DeviationReason | undefined;
  /** The final number is "substantially higher" than the clinic's current patients per capacity. */
  requiresDialogue(finalPerCapacity: number, currentPerCapacity: number): boolean;
  /** The final number deviates from the advisory one by more than the allowed share. */
  requiresReason(finalPerCapacity: number, advisoryPerCapacity: number): boolean;
}

/** 1500 × 1.1 is 1650.0000000000002 in binary; thresholds compare at 12 significant digits. */
const clean = (x: number) => Number(x.toPrecision(12));

/**
 * The region's minimum deviates from the advisory one by more than `share` of it, so it needs a reason
 * (§ 206 b, stk. 3) — the one place this rule lives: the compiled rule set and the store's check of a
 * case change both call it.
 */
export function deviationRequiresReason(finalPerCapacity: number, advisoryPerCapacity: number, share: number): boolean {
  return Math.abs(finalPerCapacity - advisoryPerCapacity) > clean(share * advisoryPerCapacity);
}

export function compileMinimumPatients(doc: RuleSetDocument<MinimumPatientsContent>): MinimumPatientsCompiled {
  const c = doc.content;
  const dialogue = c.dialogueThresholdShare.value;
  const reasonShare = c.deviationRequiresReasonAboveShare.value;
  const reasons = new Map(c.deviationReasons.map((r) => [r.id, r]));
  return {
    rounding: c.rounding,
    deviationReasons: c.deviationReasons,
    dialogueThresholdShare: dialogue,
    deviationRequiresReasonAboveShare: reasonShare,
    advisoryMinimumPerCapacity(meanWeight, capacity) {
      if (!(meanWeight > 0)) throw new RangeError(`Gennemsnitsvægten skal være større end 0 (fik ${meanWeight}).`);
      return Math.min(capacity.maximum, applyRounding(capacity.target / meanWeight, c.rounding));
    },
    deviationReason: (id) => reasons.get(id),
    requiresDialogue: (finalPerCapacity, currentPerCapacity) =>
      finalPerCapacity > currentPerCapacity && finalPerCapacity >= clean(currentPerCapacity * (1 + dialogue)),
    requiresReason: (finalPerCapacity, advisoryPerCapacity) => deviationRequiresReason(finalPerCapacity, advisoryPerCapacity, reasonShare),
  };
}

/** The `minimum-patients` rule set in force in a book: `minimumPatientsRules.of(book)` is its MinimumPatientsCompiled. */
export const minimumPatientsRules = kindHandle<MinimumPatientsContent, MinimumPatientsCompiled>('minimum-patients');
