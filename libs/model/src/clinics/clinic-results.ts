// DOMAIN step 4, per clinic (provider number): the mean weight of its listed patients (citizens.csv
// rows with its provider number) → the advisory minimum per capacity, computed by the
// minimum-patients rule set (target / mean weight, rounded, never above the maximum 2,700; seeds
// 000, 001, 003). The total scales by the clinic's capacities, rounded the same way.
import { applyRounding, type CapacityCompiled, type GeographyIndex, type MinimumPatientsCompiled, type Problem } from '@fordeling/engine';
import type { GroupTotals } from '../aggregate/group-totals.js';
import type { ClinicInput } from '../inputs/model-inputs.js';
import type { ClinicResult } from '../result.js';

export interface ClinicRules {
  capacity: CapacityCompiled;
  minimum: MinimumPatientsCompiled;
}

export function computeClinicResults(
  clinics: ClinicInput[],
  totals: GroupTotals,
  geography: GeographyIndex,
  rules: ClinicRules,
): { clinics: ClinicResult[]; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const results = clinics.map((clinic, k): ClinicResult => {
    const listedPatients = totals.citizens[k];
    // A clinic without listed citizens has no mean weight: its minimum does not exist (NaN, written
    // as an empty field) rather than a number the data does not support.
    const meanWeight = listedPatients > 0 ? totals.weight[k] / listedPatients : Number.NaN;
    if (listedPatients === 0) {
      warnings.push({
        file: 'clinics.csv',
        line: clinic.line,
        column: 0,
        pointer: '/provider_number',
        message: `ydernummer ${clinic.providerNumber} har ingen tilmeldte borgere i citizens.csv; der kan ikke beregnes et vejledende minimumspatienttal`,
      });
    }
    const perCapacity = listedPatients > 0 ? rules.minimum.advisoryMinimumPerCapacity(meanWeight, rules.capacity) : Number.NaN;
    const m = geography.municipalities[geography.municipalityIndex(clinic.municipalityCode)];
    const council = geography.councils[m.council];
    return {
      providerNumber: clinic.providerNumber,
      name: clinic.name,
      address: clinic.address,
      municipalityCode: clinic.municipalityCode,
      municipality: m.name,
      council: council.name,
      region: geography.regions[council.region]?.name ?? '',
      island: clinic.island,
      capacities: clinic.capacities,
      listedPatients,
      meanWeight,
      advisoryMinimumPerCapacity: perCapacity,
      advisoryMinimumTotal: applyRounding(perCapacity * clinic.capacities, rules.minimum.rounding),
      patientsPerCapacity: listedPatients / clinic.capacities,
      inBand: perCapacity >= rules.capacity.band.lower && perCapacity <= rules.capacity.band.upper,
    };
  });
  results.sort((a, b) => compareProviderNumbers(a.providerNumber, b.providerNumber));
  return { clinics: results, warnings };
}

/** Numeric where both are numbers, else code-point order — deterministic on every machine. */
export function compareProviderNumbers(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}
