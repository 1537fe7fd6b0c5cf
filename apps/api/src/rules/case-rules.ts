import { capacityRules, minimumPatientsRules, type RuleBook } from '@fordeling/engine';
import type { CaseRules } from '@fordeling/store';

/**
 * The limits a case change must satisfy, read from the rule sets in force: the maximum patients per
 * capacity (capacity rule set, 2,700) and the deviation rules of the minimum-patients rule set
 * (§ 206 b, stk. 3). The store enforces them; no number lives in the API.
 */
export function caseRulesOf(book: RuleBook): CaseRules {
  const capacity = capacityRules.ruleSet(book);
  const minimum = minimumPatientsRules.ruleSet(book);
  const compiled = minimumPatientsRules.of(book);
  const ruleId = (set: typeof capacity | typeof minimum, field: string) => `${set.ref.id}@${set.ref.version}#/content/${field}`;
  return {
    maximumPerCapacity: {
      value: capacityRules.of(book).maximum,
      ruleId: ruleId(capacity, 'maximumPatientsPerCapacity'),
      reference: capacity.document.content.maximumPatientsPerCapacity.reference,
    },
    deviationRequiresReasonAboveShare: {
      value: compiled.deviationRequiresReasonAboveShare,
      ruleId: ruleId(minimum, 'deviationRequiresReasonAboveShare'),
      reference: minimum.document.content.deviationRequiresReasonAboveShare.reference,
    },
    deviationReasons: (id) => compiled.deviationReason(id) !== undefined,
    deviationReasonsRule: { ruleId: ruleId(minimum, 'deviationReasons'), reference: minimum.document.legalBasis },
    reasonDirectionProblem: (id, perCapacity, advisory) => compiled.reasonDirectionProblem(id, perCapacity, advisory),
    // The hearing's own rules (minimum-patients 2026.1); a version without them asks for none of it.
    ...(compiled.deviationTextRequired.value && compiled.deviationTextRequired.reference
      ? { deviationTextRequired: { ruleId: ruleId(minimum, 'deviationTextRequired'), reference: compiled.deviationTextRequired.reference } }
      : {}),
    ...(compiled.dialogueRequiredBeforeFinal.value && compiled.dialogueRequiredBeforeFinal.reference
      ? {
          dialogueBeforeFinal: {
            ruleId: ruleId(minimum, 'dialogueRequiredBeforeFinal'),
            reference: compiled.dialogueRequiredBeforeFinal.reference,
            needed: (final: number, advisory: number, current: number) => compiled.dialogueNeeded(final, advisory, current),
          },
        }
      : {}),
    ...(compiled.newHearingIfFinalHigher.value && compiled.newHearingIfFinalHigher.reference
      ? { newHearingIfFinalHigher: { ruleId: ruleId(minimum, 'newHearingIfFinalHigher'), reference: compiled.newHearingIfFinalHigher.reference } }
      : {}),
  };
}

/** Must the region hold a dialogue with the clinic before setting this number (seed 000)? */
export function dialogueRequired(book: RuleBook, minimumPerCapacity: number, listedPatients: number, capacities: number): boolean {
  return minimumPatientsRules.of(book).requiresDialogue(minimumPerCapacity, listedPatients / capacities);
}
