import type { ClinicResult } from '../result.js';
import { byText, csvLine, fixed, trimmed } from './csv-format.js';

export const CLINICS_COLUMNS = [
  'provider_number', 'name', 'address', 'municipality_code', 'municipality', 'council', 'region', 'island', 'capacities',
  'listed_patients', 'mean_weight', 'advisory_minimum_per_capacity', 'advisory_minimum_total', 'patients_per_capacity', 'in_band',
] as const;

/** clinics.csv (docs/contracts.md), one row per provider number, sorted by provider number. */
export function clinicsCsv(clinics: readonly ClinicResult[]): string {
  const rows = [...clinics].sort(byText((c) => c.providerNumber)).map((c) =>
    csvLine([
      c.providerNumber,
      c.name,
      c.address,
      String(c.municipalityCode),
      c.municipality,
      c.council,
      c.region,
      c.island ?? '',
      trimmed(c.capacities, 2),
      String(c.listedPatients),
      fixed(c.meanWeight, 4),
      trimmed(c.advisoryMinimumPerCapacity, 2),
      trimmed(c.advisoryMinimumTotal, 2),
      fixed(c.patientsPerCapacity, 1),
      String(c.inBand),
    ]),
  );
  return csvLine(CLINICS_COLUMNS) + rows.join('');
}
