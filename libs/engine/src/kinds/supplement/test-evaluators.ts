import type { RuleBook, TestEvaluator } from '../../contract/kind.js';
import { supplementRules } from './compile.js';

/** `supplement`: { date, municipality } → { inForce, area? } — may a supplement be agreed there that day. */
const supplement: TestEvaluator = (input: unknown, book: RuleBook) => {
  const { date, municipality } = input as { date: string; municipality: number };
  const compiled = supplementRules.of(book);
  const area = compiled.areaOf(municipality);
  return { inForce: compiled.inForceOn(date), ...(area ? { area: area.id } : {}) };
};

export const supplementEvaluators = { supplement };
