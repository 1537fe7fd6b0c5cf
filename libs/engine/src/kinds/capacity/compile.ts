import { kindHandle } from '../../contract/kind-handle.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { applyRounding } from './rounding.js';
import type { CapacityContent, Rounding } from './types.js';

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
}

export function compileCapacity(doc: RuleSetDocument<CapacityContent>): CapacityCompiled {
  const c = doc.content;
  const target = c.targetWeightedCitizensPerCapacity.value;
  return {
    target,
    maximum: c.maximumPatientsPerCapacity.value,
    ceilingRounding: c.ceilingRounding,
    years: c.years,
    band: { lower: c.reportingBand.lower, upper: c.reportingBand.upper, expectedShare: c.reportingBand.expectedShare },
    ceiling: (totalWeight) => applyRounding(totalWeight / target, c.ceilingRounding),
    freeCapacities: (ceiling, existing) => Math.max(0, ceiling - existing),
  };
}

/** The `capacity` rule set in force in a book: `capacityRules.of(book)` is its CapacityCompiled. */
export const capacityRules = kindHandle<CapacityContent, CapacityCompiled>('capacity');
