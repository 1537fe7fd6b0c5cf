import type { InputFileReport } from '../result.js';
import { CitizenColumnsBuilder, type CitizenColumns } from './citizen-columns.js';
import { CIVIL_STATUSES, EDUCATIONS, MAX_AGE, MAX_SOMATIC_DISEASES, SEXES, codeIndex } from './codes.js';
import type { CsvProgress } from './csv-reader.js';
import { CITIZEN_FIELD_ORDER, citizenFastPath } from './citizen-fast-path.js';
import { findDuplicateIds } from './duplicate-ids.js';
import { readCsvTable } from './csv-table.js';
import { UNKNOWN_MUNICIPALITY, type MunicipalityLookup } from './municipality-lookup.js';

export const CITIZEN_COLUMNS = {
  id: { name: 'id', label: 'id' },
  sex: { name: 'sex', label: 'køn' },
  age: { name: 'age', label: 'alder' },
  municipalityCode: { name: 'municipality_code', label: 'kommunekode' },
  providerNumber: { name: 'provider_number', label: 'ydernummer' },
  somaticDiseases: { name: 'somatic_diseases', label: 'antal somatiske sygdomme' },
  psychiatricDisease: { name: 'psychiatric_disease', label: 'psykiatrisk sygdom' },
  civilStatus: { name: 'civil_status', label: 'civilstand' },
  menapt: { name: 'menapt', label: 'MENAPT-oprindelse' },
  education: { name: 'education', label: 'uddannelse' },
  parentsEducation: { name: 'parents_education', label: 'forældrenes uddannelse' },
  outsideLabourMarket: { name: 'outside_labour_market', label: 'uden for arbejdsmarkedet' },
};

/** Bytes per citizens.csv row, to size the columns once for the expected population. */
const BYTES_PER_ROW = 48;
const MAX_ID = Number.MAX_SAFE_INTEGER;

const sexIndex = codeIndex(SEXES);
const civilIndex = codeIndex(CIVIL_STATUSES);
const educationIndex = codeIndex(EDUCATIONS);

export async function readCitizens(
  path: string,
  fileBytes: number,
  municipalities: MunicipalityLookup,
  providerNumbers: readonly string[],
  onProgress?: (p: CsvProgress) => void,
  /** The byte-level fast path (on by default; the tests compare both paths). */
  fastPath = true,
): Promise<{ citizens: CitizenColumns; report: InputFileReport }> {
  const C = CITIZEN_COLUMNS;
  const builder = new CitizenColumnsBuilder(Math.ceil(fileBytes / BYTES_PER_ROW));
  const providerIndex = new Map(providerNumbers.map((p, i) => [p, i]));
  const clinicIndex = (p: string) => providerIndex.get(p) ?? -1;
  const fast = citizenFastPath({ builder, providerNumbers, municipalityIndex: (code) => municipalities.index(code) });
  // One scratch row reused for every citizen: no per-citizen object.
  const out = {
    id: 0, line: 0, sex: 0, age: 0, municipality: 0, clinic: -1, somaticDiseases: 0, psychiatricDisease: 0,
    civilStatus: 0, menapt: 0, education: 0, parentsEducation: 0, outsideLabourMarket: 0,
  };
  let citizens: CitizenColumns | undefined;
  const report = await readCsvTable(path, {
    file: 'citizens.csv',
    // Ids are unique: a repeated id would count one citizen twice, so the later rows are rejected.
    afterRead(reject) {
      citizens = builder.finish();
      const duplicates = findDuplicateIds(citizens.id, citizens.count);
      if (duplicates.length === 0) return;
      const keep = new Uint8Array(citizens.count).fill(1);
      for (const { index, first } of duplicates) {
        keep[index] = 0;
        reject({ line: citizens.line[index], column: 1, pointer: '/id', message: `id ${citizens.id[index]} står allerede på linje ${citizens.line[first]}` });
      }
      citizens = CitizenColumnsBuilder.filter(citizens, keep);
    },
    columns: C,
    onProgress,
    fastRow: (header) => (fastPath && header.join(',') === CITIZEN_FIELD_ORDER.join(',') ? fast : undefined),
    onRow(row) {
      const id = row.whole('id', C.id, 0, MAX_ID);
      if (id === undefined) return;
      const sex = row.code('sex', C.sex, SEXES, sexIndex);
      if (sex === undefined) return;
      const age = row.whole('age', C.age, 0, MAX_AGE);
      if (age === undefined) return;
      const code = row.whole('municipalityCode', C.municipalityCode, 0, 9999);
      if (code === undefined) return;
      const municipality = municipalities.index(code);
      if (municipality === -1) return row.reject('municipalityCode', C.municipalityCode, UNKNOWN_MUNICIPALITY(code));
      const provider = row.text('providerNumber');
      let clinic = -1;
      if (provider !== '') {
        clinic = clinicIndex(provider);
        if (clinic === -1) return row.reject('providerNumber', C.providerNumber, `ydernummer »${provider}« findes ikke i clinics.csv`);
      }
      const somaticDiseases = row.whole('somaticDiseases', C.somaticDiseases, 0, MAX_SOMATIC_DISEASES);
      if (somaticDiseases === undefined) return;
      const psychiatricDisease = row.flag('psychiatricDisease', C.psychiatricDisease);
      if (psychiatricDisease === undefined) return;
      const civilStatus = row.code('civilStatus', C.civilStatus, CIVIL_STATUSES, civilIndex);
      if (civilStatus === undefined) return;
      const menapt = row.flag('menapt', C.menapt);
      if (menapt === undefined) return;
      const education = row.code('education', C.education, EDUCATIONS, educationIndex);
      if (education === undefined) return;
      const parentsEducation = row.code('parentsEducation', C.parentsEducation, EDUCATIONS, educationIndex);
      if (parentsEducation === undefined) return;
      const outsideLabourMarket = row.flag('outsideLabourMarket', C.outsideLabourMarket);
      if (outsideLabourMarket === undefined) return;
      out.id = id;
      out.line = row.line;
      out.sex = sex;
      out.age = age;
      out.municipality = municipality;
      out.clinic = clinic;
      out.somaticDiseases = somaticDiseases;
      out.psychiatricDisease = psychiatricDisease;
      out.civilStatus = civilStatus;
      out.menapt = menapt;
      out.education = education;
      out.parentsEducation = parentsEducation;
      out.outsideLabourMarket = outsideLabourMarket;
      builder.push(out);
    },
  });
  return { citizens: citizens!, report };
}
