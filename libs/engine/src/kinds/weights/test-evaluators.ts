import type { RuleBook, TestEvaluator } from '../../contract/kind.js';
import { weightsRules } from './compile.js';
import type { Citizen } from './types.js';

const DEFAULTS: Omit<Citizen, 'sex' | 'age'> = {
  somaticDiseases: 0,
  psychiatricDisease: false,
  civilStatus: 'ugift',
  menapt: false,
  education: 'ukendt',
  parentsEducation: 'ukendt',
  outsideLabourMarket: false,
};

/**
 * `citizen-weight`: a citizen (characteristics not given take their neutral value) → the raw
 * weight rounded to 4 decimals and its breakdown, so cases compare exact numbers.
 */
const citizenWeight: TestEvaluator = (input: unknown, book: RuleBook) => {
  const citizen = { ...DEFAULTS, ...(input as Partial<Citizen>) } as Citizen;
  const explanation = weightsRules.of(book).explain(citizen);
  const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
  return { ...explanation, raw: round4(explanation.raw), contributionIds: explanation.contributions.map((c) => c.id) };
};

export const weightsEvaluators = { 'citizen-weight': citizenWeight };
