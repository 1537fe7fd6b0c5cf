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
  direction?: 'raise' | 'lower';
  reference: LegalReference;
}

/** A yes/no rule of the hearing with the reference it is cited by; `value` false where the version lacks it. */
export interface HearingRule {
  value: boolean;
  reference?: LegalReference;
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
  /** Where a reason is required, it must be written out in words too. */
  deviationTextRequired: HearingRule;
  /** The final step needs a recorded dialogue (seeds 003, 000); `dialogueNeeded` says when. */
  dialogueRequiredBeforeFinal: HearingRule;
  /** A higher final number than the preliminary needs a new hearing first. */
  newHearingIfFinalHigher: HearingRule;
  /**
   * Whether this final number needs a dialogue with the clinic before it is set: it differs from the
   * advisory number (seed 003), or it is substantially higher than the clinic's patients per capacity
   * today (seed 000) — where the rule set asks for a dialogue at all.
   */
  dialogueNeeded(finalPerCapacity: number, advisoryPerCapacity: number, currentPerCapacity: number): boolean;
  /** Why a reason does not fit the number: a `raise` reason for a lower number, or the reverse. */
  reasonDirectionProblem(reasonId: string, perCapacity: number, advisoryPerCapacity: number): string | undefined;
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

const hearingRule = (parameter: { value: boolean; reference: LegalReference } | undefined): HearingRule =>
  parameter ? { value: parameter.value, reference: parameter.reference } : { value: false };

export function compileMinimumPatients(doc: RuleSetDocument<MinimumPatientsContent>): MinimumPatientsCompiled {
  const c = doc.content;
  const dialogue = c.dialogueThresholdShare.value;
  const reasonShare = c.deviationRequiresReasonAboveShare.value;
  const reasons = new Map(c.deviationReasons.map((r) => [r.id, r]));
  const requiresDialogue = (finalPerCapacity: number, currentPerCapacity: number) =>
    finalPerCapacity > currentPerCapacity && finalPerCapacity >= clean(currentPerCapacity * (1 + dialogue));
  const dialogueRequiredBeforeFinal = hearingRule(c.dialogueRequiredBeforeFinal);
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
    requiresDialogue,
    requiresReason: (finalPerCapacity, advisoryPerCapacity) => deviationRequiresReason(finalPerCapacity, advisoryPerCapacity, reasonShare),
    deviationTextRequired: hearingRule(c.deviationTextRequired),
    dialogueRequiredBeforeFinal,
    newHearingIfFinalHigher: hearingRule(c.newHearingIfFinalHigher),
    dialogueNeeded: (finalPerCapacity, advisoryPerCapacity, currentPerCapacity) =>
      dialogueRequiredBeforeFinal.value && (finalPerCapacity !== advisoryPerCapacity || requiresDialogue(finalPerCapacity, currentPerCapacity)),
    reasonDirectionProblem(reasonId, perCapacity, advisoryPerCapacity) {
      const reason = reasons.get(reasonId);
      if (!reason?.direction) return undefined;
      if (reason.direction === 'raise' && perCapacity < advisoryPerCapacity) return `Begrundelsen »${reason.label}« kan kun begrunde et tal over det vejledende, ikke et lavere.`;
      if (reason.direction === 'lower' && perCapacity > advisoryPerCapacity) return `Begrundelsen »${reason.label}« kan kun begrunde et tal under det vejledende, ikke et højere.`;
      return undefined;
    },
  };
}

/** The `minimum-patients` rule set in force in a book: `minimumPatientsRules.of(book)` is its MinimumPatientsCompiled. */
export const minimumPatientsRules = kindHandle<MinimumPatientsContent, MinimumPatientsCompiled>('minimum-patients');
