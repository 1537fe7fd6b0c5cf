import { CIVIL_STATUSES, EDUCATIONS, type Citizen } from '@fordeling/engine';
import { CitizenColumnsBuilder } from '../inputs/citizen-columns.js';
import { SEXES } from '../inputs/codes.js';

/** Citizens as the columns readInputs produces. */
export function toColumns(citizens: Citizen[]) {
  const builder = new CitizenColumnsBuilder(citizens.length);
  citizens.forEach((c, i) =>
    builder.push({
      id: i + 1,
      line: i + 2,
      sex: SEXES.indexOf(c.sex),
      age: c.age,
      municipality: 0,
      clinic: -1,
      somaticDiseases: c.somaticDiseases,
      psychiatricDisease: Number(c.psychiatricDisease),
      civilStatus: CIVIL_STATUSES.indexOf(c.civilStatus),
      menapt: Number(c.menapt),
      education: EDUCATIONS.indexOf(c.education),
      parentsEducation: EDUCATIONS.indexOf(c.parentsEducation),
      outsideLabourMarket: Number(c.outsideLabourMarket),
    }),
  );
  return builder.finish();
}
