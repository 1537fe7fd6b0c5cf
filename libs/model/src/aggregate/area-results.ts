// Per municipality and region: citizens, total and mean weight (after the correction); the region is
// the one in force at the as-of date (geography rule set). Municipalities also carry the mean of their
// clinics' advisory minimums per capacity, as seed 000's tables show per municipality.
import type { GeographyIndex } from '@fordeling/engine';
import type { ClinicResult, MunicipalityResult, RegionResult } from '../result.js';
import { meanOf, rollUp, type GroupTotals } from './group-totals.js';

export function municipalityResults(geography: GeographyIndex, totals: GroupTotals, clinics: ClinicResult[]): MunicipalityResult[] {
  const minimums = new Map<number, number[]>();
  for (const clinic of clinics) {
    if (!Number.isFinite(clinic.advisoryMinimumPerCapacity)) continue;
    const list = minimums.get(clinic.municipalityCode) ?? [];
    list.push(clinic.advisoryMinimumPerCapacity);
    minimums.set(clinic.municipalityCode, list);
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
      meanAdvisoryMinimum: own ? own.reduce((a, b) => a + b, 0) / own.length : null,
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
