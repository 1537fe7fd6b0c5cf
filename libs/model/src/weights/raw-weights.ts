import { AGES, type WeightTables } from '@fordeling/engine';
import type { CitizenColumns } from '../inputs/citizen-columns.js';

/**
 * Raw weight of every citizen in one pass (DOMAIN step 1): base weight(sex, age) + the contributions
 * of the citizen's characteristics. Education is the parents' below the age limit (seed 000, box 1).
 */
export function computeRawWeights(c: CitizenColumns, t: WeightTables): Float64Array {
  const raw = new Float64Array(c.count);
  const { base, parentsEducationBelowAge: below } = t;
  const { somaticDiseases, psychiatricDisease, civilStatus, menapt, effectiveEducation, outsideLabourMarket } = t.sum;
  for (let i = 0; i < c.count; i++) {
    const age = c.age[i];
    const education = age < below ? c.parentsEducation[i] : c.education[i];
    raw[i] =
      base[c.sex[i] * AGES + age] +
      somaticDiseases[c.somaticDiseases[i]] +
      psychiatricDisease[c.psychiatricDisease[i]] +
      civilStatus[c.civilStatus[i]] +
      menapt[c.menapt[i]] +
      effectiveEducation[education] +
      outsideLabourMarket[c.outsideLabourMarket[i]];
  }
  return raw;
}
