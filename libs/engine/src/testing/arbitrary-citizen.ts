import fc from 'fast-check';
import { CIVIL_STATUSES, EDUCATIONS, MAX_AGE, MAX_SOMATIC_DISEASES, SEXES } from '../kinds/weights/characteristics.js';
import type { Citizen } from '../kinds/weights/types.js';

/** Any citizen the weights take, for property tests; the ranges default to what a citizens.csv row may hold. */
export function arbitraryCitizen({ maxAge = MAX_AGE, maxSomaticDiseases = MAX_SOMATIC_DISEASES } = {}): fc.Arbitrary<Citizen> {
  return fc.record({
    sex: fc.constantFrom(...SEXES),
    age: fc.integer({ min: 0, max: maxAge }),
    somaticDiseases: fc.integer({ min: 0, max: maxSomaticDiseases }),
    psychiatricDisease: fc.boolean(),
    civilStatus: fc.constantFrom(...CIVIL_STATUSES),
    menapt: fc.boolean(),
    education: fc.constantFrom(...EDUCATIONS),
    parentsEducation: fc.constantFrom(...EDUCATIONS),
    outsideLabourMarket: fc.boolean(),
  });
}
