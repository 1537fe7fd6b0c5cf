import { kindHandle } from '../../contract/kind-handle.js';
import { citeReference, type LegalReference } from '../../contract/legal-reference.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { applyRounding } from './rounding.js';
import type { CapacityContent, FixedCeiling, Rounding } from './types.js';

/**
 * A council's ceiling for one year: the order's fixed number where the rule set has one, and the
 * model's own figure beside it (seed 000: the order states the numbers; they are based on the
 * distribution model).
 */
export interface CouncilCeiling {
  /** What decisions and free capacities use: the fixed number where present, else the computed one. */
  ceiling: number;
  /** »Beregnet efter modellen«: total weight / target, rounded as the rule set says. */
  computed: number;
  /** The order's number for the council and year, with its reference; absent where the rule set has none. */
  fixed?: { capacities: number; reference: LegalReference };
  /** computed − fixed, where fixed; how far the model's figure lies from the order's. */
  difference?: number;
}

/** The norm and the steering model, ready to use (DOMAIN step 5). */
export interface CapacityCompiled {
  /** Weighted citizens per capacity (1,600). */
  target: number;
  /** Maximum listed patients per capacity (2,700). */
  maximum: number;
  ceilingRounding: Rounding;
  years: CapacityContent['years'];
  band: { lower: number; upper: number; expectedShare: number };
  /** A council's capacity ceiling: total weight / target, rounded as the rule set says. */
  ceiling(totalWeight: number): number;
  /** New capacities that may be established: max(0, ceiling − existing). Re-filling never counts. */
  freeCapacities(ceiling: number, existing: number): number;
  /** The rows of the order's table (empty where the version has none). */
  fixedCeilings: readonly FixedCeiling[];
  /** The table's citations (each once) and whether a row is illustrative; undefined without a table. */
  fixedCeilingSource?: { citation: string; illustrative: boolean };
  /** The order's number for a council (id, case-insensitive) and year, if the rule set has one. */
  fixedCeiling(council: string, year: number): FixedCeiling | undefined;
  /** The ceiling to use and the computed one beside it, for a council, a year and its total weight. */
  councilCeiling(council: string, year: number, totalWeight: number): CouncilCeiling;
}

const councilKey = (council: string, year: number) => `${council.trim().toLocaleLowerCase('da')}\u0000${year}`;

/** A difference of rounded capacities, without binary noise (330 − 302.5 = 27.5, not 27.499…). */
const cleanDifference = (a: number, b: number) => Number((a - b).toPrecision(12));

export function compileCapacity(doc: RuleSetDocument<CapacityContent>): CapacityCompiled {
  const c = doc.content;
  const target = c.targetWeightedCitizensPerCapacity.value;
  const fixedCeilings = c.fixedCeilings ?? [];
  const fixedByKey = new Map(fixedCeilings.map((row) => [councilKey(row.council, row.year), row]));
  const ceiling = (totalWeight: number) => applyRounding(totalWeight / target, c.ceilingRounding);
  const fixedCeiling = (council: string, year: number) => fixedByKey.get(councilKey(council, year));
  return {
    target,
    maximum: c.maximumPatientsPerCapacity.value,
    ceilingRounding: c.ceilingRounding,
    years: c.years,
    band: { lower: c.reportingBand.lower, upper: c.reportingBand.upper, expectedShare: c.reportingBand.expectedShare },
    ceiling,
    freeCapacities: (ceiling, existing) => Math.max(0, cleanDifference(ceiling, existing)),
    fixedCeilings,
    ...(fixedCeilings.length
      ? { fixedCeilingSource: { citation: [...new Set(fixedCeilings.map((row) => citeReference(row.reference)))].join('; '), illustrative: fixedCeilings.some((row) => row.reference.illustrative === true) } }
      : {}),
    fixedCeiling,
    councilCeiling(council, year, totalWeight) {
      const computed = ceiling(totalWeight);
      const fixed = fixedCeiling(council, year);
      if (!fixed) return { ceiling: computed, computed };
      return { ceiling: fixed.capacities, computed, fixed: { capacities: fixed.capacities, reference: fixed.reference }, difference: cleanDifference(computed, fixed.capacities) };
    },
  };
}

/** The `capacity` rule set in force in a book: `capacityRules.of(book)` is its CapacityCompiled. */
export const capacityRules = kindHandle<CapacityContent, CapacityCompiled>('capacity');
