import type { RuleBook, TestEvaluator } from '../../contract/kind.js';
import { capacityRules } from '../capacity/compile.js';
import { minimumPatientsRules } from './compile.js';

/** `clinic-minimum`: { meanWeight } → { perCapacity } (the advisory minimum per capacity). */
const clinicMinimum: TestEvaluator = (input: unknown, book: RuleBook) => {
  const { meanWeight } = input as { meanWeight: number };
  const minimum = minimumPatientsRules.of(book);
  return { perCapacity: minimum.advisoryMinimumPerCapacity(meanWeight, capacityRules.of(book)) };
};

/**
 * `final-minimum`: { final, advisory, current, preliminary?, reason? } → whether a reason and a
 * dialogue are required, whether the reason must be written out, whether the final step needs a
 * recorded dialogue, whether a higher final than the preliminary needs a new hearing, and a reason's
 * direction problem (`reasonProblem`).
 */
const finalMinimum: TestEvaluator = (input: unknown, book: RuleBook) => {
  const { final, advisory, current, preliminary, reason } = input as { final: number; advisory: number; current: number; preliminary?: number; reason?: string };
  const minimum = minimumPatientsRules.of(book);
  const reasonProblem = reason === undefined ? undefined : minimum.reasonDirectionProblem(reason, final, advisory);
  return {
    requiresReason: minimum.requiresReason(final, advisory),
    requiresDialogue: minimum.requiresDialogue(final, current),
    reasonTextRequired: minimum.deviationTextRequired.value && minimum.requiresReason(final, advisory),
    dialogueBeforeFinal: minimum.dialogueNeeded(final, advisory, current),
    ...(preliminary === undefined ? {} : { newHearing: minimum.newHearingIfFinalHigher.value && final > preliminary }),
    ...(reasonProblem ? { reasonProblem } : {}),
  };
};

export const minimumPatientsEvaluators = { 'clinic-minimum': clinicMinimum, 'final-minimum': finalMinimum };
