// compareResults(base, alternative): what a change of rule-set versions (or as-of date) does to each
// council's ceilings and free capacities and to each clinic's mean weight and minimum. Both runs
// carry their rule-set refs, so the comparison says exactly which versions it compares.
import { compareProviderNumbers } from '../clinics/clinic-results.js';
import type { ClinicComparison, CouncilComparison, CouncilYearResult, ModelComparison, ModelResult, RuleSetChanges } from '../result.js';
import { changedRuleSetIds } from './rule-set-changes.js';

export interface CompareOptions {
  /** describeRuleSetChanges(…) of the two runs: the differences in words. Without it only the versions are named. */
  ruleSetChanges?: RuleSetChanges[];
}

export function compareResults(base: ModelResult, alternative: ModelResult, options: CompareOptions = {}): ModelComparison {
  const altCouncils = new Map(alternative.councils.map((c) => [c.council, c]));
  const councils: CouncilComparison[] = base.councils
    .filter((c) => altCouncils.has(c.council))
    .map((c) => {
      const alt = altCouncils.get(c.council)!;
      const years = c.years
        .map((y) => ({ y, a: alt.years.find((x) => x.year === y.year) }))
        .filter((p): p is { y: CouncilYearResult; a: CouncilYearResult } => p.a !== undefined)
        .map(({ y, a }) => ({
          year: y.year,
          base: pickYear(y),
          alternative: pickYear(a),
          ceilingDifference: a.ceiling - y.ceiling,
          freeCapacitiesDifference: a.freeCapacities - y.freeCapacities,
        }));
      return { council: c.council, region: c.region, existingCapacities: c.existingCapacities, years };
    });

  const altClinics = new Map(alternative.clinics.map((c) => [c.providerNumber, c]));
  const clinics: ClinicComparison[] = base.clinics
    .filter((c) => altClinics.has(c.providerNumber))
    .map((c) => {
      const a = altClinics.get(c.providerNumber)!;
      return {
        providerNumber: c.providerNumber,
        name: c.name,
        municipality: c.municipality,
        council: c.council,
        base: { meanWeight: c.meanWeight, advisoryMinimumPerCapacity: c.advisoryMinimumPerCapacity, advisoryMinimumTotal: c.advisoryMinimumTotal },
        alternative: { meanWeight: a.meanWeight, advisoryMinimumPerCapacity: a.advisoryMinimumPerCapacity, advisoryMinimumTotal: a.advisoryMinimumTotal },
        meanWeightDifference: a.meanWeight - c.meanWeight,
        advisoryMinimumDifference: a.advisoryMinimumPerCapacity - c.advisoryMinimumPerCapacity,
      };
    })
    .sort((x, y) => compareProviderNumbers(x.providerNumber, y.providerNumber));

  const changedRuleSets = changedRuleSetIds(base.ruleSets, alternative.ruleSets);
  return {
    base: { asOf: base.asOf, ruleSets: base.ruleSets },
    alternative: { asOf: alternative.asOf, ruleSets: alternative.ruleSets },
    changedRuleSets,
    ruleSetChanges: changedRuleSets.map(
      (id) =>
        options.ruleSetChanges?.find((c) => c.id === id) ?? {
          id,
          baseVersion: base.ruleSets.find((r) => r.id === id)?.version ?? null,
          alternativeVersion: alternative.ruleSets.find((r) => r.id === id)?.version ?? null,
          changes: [],
        },
    ),
    councils,
    clinics,
    shareInBand: { base: base.shareInBand, alternative: alternative.shareInBand },
  };
}

function pickYear(y: CouncilYearResult) {
  return { totalWeight: y.totalWeight, ceiling: y.ceiling, freeCapacities: y.freeCapacities };
}
