// The temporary supplement of sundhedsloven § 206 b, stk. 5 as the supplement rule set in force says:
// its period, whether it holds on the book's date, and its areas by their municipalities' names.
import { citeReference, geographyRules, supplementRules, type RuleBook } from '@fordeling/engine';
import type { SupplementSummary } from '../result.js';

export function supplementSummary(book: RuleBook): SupplementSummary {
  const supplement = supplementRules.of(book);
  const geography = geographyRules.of(book);
  return {
    from: supplement.period.from,
    to: supplement.period.to,
    inForce: supplement.inForceOn(book.asOf),
    citation: citeReference(supplement.period.reference),
    areas: supplement.areas.map((area) => ({
      id: area.id,
      name: area.name,
      region: geography.region(area.region)?.name ?? area.region,
      municipalities: area.municipalities.map((code) => geography.municipality(code)?.name ?? String(code)),
      citation: citeReference(area.reference),
      illustrative: area.reference.illustrative === true,
    })),
  };
}
