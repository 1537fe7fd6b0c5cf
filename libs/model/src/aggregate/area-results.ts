// Per municipality and region: citizens, total and mean weight (after the correction); the region is
// the one in force at the as-of date (geography rule set). Municipalities also carry the mean of their
// clinics' advisory minimums per capacity as seed 000's tables compute it: every one of the table's 20
// rows is target / the municipality's mean weight within the rounding of the weight — København and
// Aarhus, whose clinics differ most, included — which a plain mean over clinics is not (it lies above,
// as 1/w is convex). The mean that equals target / mean weight is the clinics' minimums weighted by
// their listed patients' total weight (Σ W·m / Σ W), so that is the mean (docs/model.md).
import type { GeographyIndex } from '@fordeling/engine';
import type { ClinicResult, MunicipalityResult, RegionResult } from '../result.js';
import { meanOf, rollUp, type GroupTotals } from './group-totals.js';

export function municipalityResults(geography: GeographyIndex, totals: GroupTotals, clinics: ClinicResult[]): MunicipalityResult[] {
  const minimums = new Map<number, { weighted: number; weight: number }>();
  for (const clinic of clinics) {
    if (!Number.isFinite(clinic.advisoryMinimumPerCapacity)) continue;
    const sum = minimums.get(clinic.municipalityCode) ?? { weighted: 0, weight: 0 };
    const weight = clinic.meanWeight * clinic.listedPatients;
    sum.weighted += weight * clinic.advisoryMinimumPerCapacity;
    sum.weight += weight;
    minimums.set(clinic.municipalityCode, sum);
  }
  return geography.municipalities.map((m, i) => {
    const council = geography.councils[m.council];
    const own = minimums.get(m.code);
    return {
      code: m.code,
      name: m.name,
      council: council.name,
      region: geography.regions[council.region]?.name ?? '',
      citizens: totals.citizens[i],
      totalWeight: totals.weight[i],
      meanWeight: meanOf(totals, i),
      meanAdvisoryMinimum: own ? own.weighted / own.weight : null,
    };
  });
}

export function councilTotals(geography: GeographyIndex, municipalities: GroupTotals): GroupTotals {
  return rollUp(municipalities, geography.municipalities.map((m) => m.council), geography.councils.length);
}

export function regionResults(geography: GeographyIndex, municipalities: GroupTotals): RegionResult[] {
  const regions = rollUp(councilTotals(geography, municipalities), geography.councils.map((c) => c.region), geography.regions.length);
  return geography.regions.map((r, i) => ({ region: r.name, citizens: regions.citizens[i], totalWeight: regions.weight[i], meanWeight: meanOf(regions, i) }));
}
