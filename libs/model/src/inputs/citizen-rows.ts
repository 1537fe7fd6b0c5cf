// The citizens.csv table: its columns, the validating path for one row (CsvRow, every reason in
// Danish) and the fast path over the bytes that accepts exactly the rows it would accept
// (citizen-fast-path.ts), both filling the same columns. One reader (read-citizens.ts) or several
// worker threads over byte ranges (citizens-worker.ts) use it alike.
import type { CitizenColumnsBuilder } from './citizen-columns.js';
import { CITIZEN_FIELD_ORDER, citizenFastPath } from './citizen-fast-path.js';
import { CIVIL_STATUSES, EDUCATIONS, MAX_AGE, MAX_SOMATIC_DISEASES, SEXES, codeIndex } from './codes.js';
import type { CsvTableOptions } from './csv-table.js';
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
type CitizenColumnKey = keyof typeof CITIZEN_COLUMNS;

const MAX_ID = Number.MAX_SAFE_INTEGER;

const sexIndex = codeIndex(SEXES);
const civilIndex = codeIndex(CIVIL_STATUSES);
const educationIndex = codeIndex(EDUCATIONS);

/**
 * The most rows `bytes` of citizens.csv can hold: an accepted row has every field, each at least as
 * long as its shortest valid value, 11 commas and a line break. Columns of this many rows never
 * grow; the pages beyond the real row count are never touched.
 */
export function maxCitizenRows(bytes: number): number {
  const shortest = (codes: readonly string[]) => Math.min(...codes.map((c) => Buffer.byteLength(c)));
  const rowBytes = 1 + 1 + 1 + 1 + 0 + 1 + 1 + shortest(CIVIL_STATUSES) + 1 + 2 * shortest(EDUCATIONS) + 1 + 11;
  return Math.floor(bytes / rowBytes) + 1;
}

export interface CitizenRowsContext {
  municipalities: Pick<MunicipalityLookup, 'index'>;
  /** Provider numbers of clinics.csv in clinic order (`citizens.clinic` indexes them). */
  providerNumbers: readonly string[];
  /** The byte-level fast path (on by default; the tests compare both paths). */
  fastPath?: boolean;
}

/** The citizens table filling `builder`: the validating row path and, for the usual header, the fast path. */
export function citizenRows(builder: CitizenColumnsBuilder, ctx: CitizenRowsContext): Omit<CsvTableOptions<CitizenColumnKey>, 'afterRead' | 'onProgress'> {
  const C = CITIZEN_COLUMNS;
  const { municipalities, providerNumbers } = ctx;
  const providerIndex = new Map(providerNumbers.map((p, i) => [p, i]));
  // One scratch row reused for every citizen: no per-citizen object.
  const out = {
    id: 0, line: 0, sex: 0, age: 0, municipality: 0, clinic: -1, somaticDiseases: 0, psychiatricDisease: 0,
    civilStatus: 0, menapt: 0, education: 0, parentsEducation: 0, outsideLabourMarket: 0,
  };
  return {
    file: 'citizens.csv',
    columns: C,
    scanner: (header) =>
      ctx.fastPath !== false && header.join(',') === CITIZEN_FIELD_ORDER.join(',')
        ? citizenFastPath({ builder, providerNumbers, municipalityIndex: (code) => municipalities.index(code) })
        : undefined,
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
        clinic = providerIndex.get(provider) ?? -1;
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
  };
}
