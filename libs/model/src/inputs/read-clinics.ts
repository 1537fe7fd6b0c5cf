import type { InputFileReport } from '../result.js';
import type { GeographyIndex } from '@fordeling/engine';
import type { CsvProgress } from './csv-reader.js';
import { readCsvTable } from './csv-table.js';
import type { ClinicInput } from './model-inputs.js';
import { UNKNOWN_MUNICIPALITY, type MunicipalityLookup } from './municipality-lookup.js';

/** A provider number (ydernummer): six digits, e.g. »071234«. */
export const PROVIDER_NUMBER = /^\d{6}$/;

export const CLINIC_COLUMNS = {
  providerNumber: { name: 'provider_number', label: 'ydernummer' },
  name: { name: 'name', label: 'navn' },
  address: { name: 'address', label: 'adresse' },
  municipalityCode: { name: 'municipality_code', label: 'kommunekode' },
  island: { name: 'island', label: 'ø' },
  capacities: { name: 'capacities', label: 'kapaciteter' },
  listedPatients: { name: 'listed_patients', label: 'tilmeldte patienter' },
};

export async function readClinics(
  path: string,
  municipalities: MunicipalityLookup,
  geography: GeographyIndex | undefined,
  onProgress?: (p: CsvProgress) => void,
): Promise<{ clinics: ClinicInput[]; report: InputFileReport }> {
  const C = CLINIC_COLUMNS;
  const clinics: ClinicInput[] = [];
  const lineOf = new Map<string, number>();
  const report = await readCsvTable(path, {
    file: 'clinics.csv',
    columns: C,
    onProgress,
    onRow(row) {
      const providerNumber = row.required('providerNumber', C.providerNumber)?.trim();
      if (providerNumber === undefined) return;
      // A provider number (ydernummer) is six digits, as the regions and the collective agreement write it.
      if (!PROVIDER_NUMBER.test(providerNumber)) return row.reject('providerNumber', C.providerNumber, `ydernummer »${providerNumber}« har ikke regionernes form: seks cifre, fx »071234«`);
      const earlier = lineOf.get(providerNumber);
      if (earlier !== undefined) return row.reject('providerNumber', C.providerNumber, `ydernummer »${providerNumber}« står allerede på linje ${earlier}`);
      const name = row.required('name', C.name);
      if (name === undefined) return;
      const municipalityCode = row.whole('municipalityCode', C.municipalityCode, 0, 9999);
      if (municipalityCode === undefined) return;
      if (municipalities.index(municipalityCode) === -1) return row.reject('municipalityCode', C.municipalityCode, UNKNOWN_MUNICIPALITY(municipalityCode));
      const islandText = row.text('island').trim();
      let island: string | null = null;
      if (islandText !== '' && geography) {
        const found = geography.island(islandText);
        if (!found) return row.reject('island', C.island, `øen »${islandText}« er ikke en ikke-brofast ø i geografi-regelsættet i kraft`);
        if (found.municipality !== municipalityCode) {
          return row.reject('island', C.island, `øen ${found.name} ligger i kommune ${found.municipality}, ikke i kommune ${municipalityCode}`);
        }
        island = found.name;
      } else if (islandText !== '') island = islandText;
      const capacities = row.decimal('capacities', C.capacities, { min: 0, exclusiveMin: true, max: 1000 });
      if (capacities === undefined) return;
      const registeredListedPatients = row.whole('listedPatients', C.listedPatients, 0, 1_000_000);
      if (registeredListedPatients === undefined) return;
      lineOf.set(providerNumber, row.line);
      clinics.push({ providerNumber, name, address: row.text('address'), municipalityCode, island, capacities, registeredListedPatients, line: row.line });
    },
  });
  return { clinics, report };
}
