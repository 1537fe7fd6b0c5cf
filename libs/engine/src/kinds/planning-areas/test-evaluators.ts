import type { RuleBook, TestEvaluator } from '../../contract/kind.js';
import { planningAreasRules } from './compile.js';

/** `planning-area`: { municipality, address } → { area? } — the planning area a clinic lies in. */
const planningArea: TestEvaluator = (input: unknown, book: RuleBook) => {
  const { municipality, address } = input as { municipality: number; address: string };
  const area = planningAreasRules.of(book).areaOfClinic(municipality, address);
  return area ? { area: area.id, name: area.name } : {};
};

export const planningAreasEvaluators = { 'planning-area': planningArea };
