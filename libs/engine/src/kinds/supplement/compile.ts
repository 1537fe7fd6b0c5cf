import { kindHandle } from '../../contract/kind-handle.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import type { SupplementArea, SupplementContent } from './types.js';

/** The temporary supplement of § 206 b, stk. 5, ready to ask. */
export interface SupplementCompiled {
  period: SupplementContent['period'];
  areas: readonly SupplementArea[];
  /** Whether a supplement may be agreed on `date` (inside the period, both ends included). */
  inForceOn(date: string): boolean;
  /** The area a municipality lies in, if any. */
  areaOf(municipalityCode: number): SupplementArea | undefined;
}

export function compileSupplement(doc: RuleSetDocument<SupplementContent>): SupplementCompiled {
  const { period, areas } = doc.content;
  const byCode = new Map(areas.flatMap((area) => area.municipalities.map((code) => [code, area] as const)));
  return {
    period,
    areas,
    inForceOn: (date) => date >= period.from && date <= period.to,
    areaOf: (code) => byCode.get(code),
  };
}

/** The `supplement` rule set in force in a book: `supplementRules.of(book)` is its SupplementCompiled. */
export const supplementRules = kindHandle<SupplementContent, SupplementCompiled>('supplement');
