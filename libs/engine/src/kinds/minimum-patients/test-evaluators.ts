import type { RuleBook, TestEvaluator } from '../../contract/kind.js';
import { capacityRules } from '../capacity/compile.js';
import { minimumPatientsRules } from './compile.js';

/** `clinic-minimum`: { meanWeight } → { perCapacity } (the advisory minimum per capacity). */
const clinicMinimum: TestEvaluator = (input: unknown, book: RuleBook) => {
  const { meanWeight } = input as { meanWeight: number };
  const minimum = minimumPatientsRules.of(book);
  return { perCapacity: minimum.advisoryMinimumPerCapacity(meanWeight, capacityRules.of(book)) };
};

/** `final-minimum`: { final, advisory, current } → whether a reason and a dialogue are required. */
const finalMinimum: TestEvaluator = (input: unknown, book: RuleBook) => {
  const { final, advisory, current } = input as { final: number; advisory: number; current: number };
  const minimum = minimumPatientsRules.of(book);
  return { requiresReason: minimum.requiresReason(final, advisory), requiresDialogue: minimum.requiresDialogue(final, current) };
};

export const minimumPatientsEvaluators = { 'clinic-minimum': clinicMinimum, 'final-minimum': finalMinimum };
