import { CLINIC_COLUMNS } from '../inputs/read-clinics.js';
import type { ClinicResult } from '../result.js';
import { byText, csvHeader, csvLine, fixed, MACHINE_CSV, trimmed, type CsvDialect } from './csv-format.js';

/** clinics.csv's columns in order: header name and the Danish label a reader explains a bad field with. */
export const RUN_CLINIC_COLUMNS = {
  providerNumber: CLINIC_COLUMNS.providerNumber,
  name: CLINIC_COLUMNS.name,
  address: CLINIC_COLUMNS.address,
  municipalityCode: CLINIC_COLUMNS.municipalityCode,
  municipality: { name: 'municipality', label: 'kommune' },
  council: { name: 'council', label: 'sundhedsråd' },
  region: { name: 'region', label: 'region' },
  island: CLINIC_COLUMNS.island,
  capacities: CLINIC_COLUMNS.capacities,
  listedPatients: CLINIC_COLUMNS.listedPatients,
  meanWeight: { name: 'mean_weight', label: 'gennemsnitlig vægt' },
  advisoryMinimumPerCapacity: { name: 'advisory_minimum_per_capacity', label: 'vejledende minimum pr. kapacitet' },
  advisoryMinimumTotal: { name: 'advisory_minimum_total', label: 'vejledende minimum i alt' },
  patientsPerCapacity: { name: 'patients_per_capacity', label: 'patienter pr. kapacitet' },
  inBand: { name: 'in_band', label: 'inden for intervallet' },
};

export const CLINICS_COLUMNS = Object.values(RUN_CLINIC_COLUMNS).map((c) => c.name);

/** clinics.csv (docs/contracts.md), one row per provider number, sorted by provider number. */
export function clinicsCsv(clinics: readonly ClinicResult[], dialect: CsvDialect = MACHINE_CSV): string {
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
    ], dialect),
  );
  return csvHeader(Object.values(RUN_CLINIC_COLUMNS), dialect) + rows.join('');
}
