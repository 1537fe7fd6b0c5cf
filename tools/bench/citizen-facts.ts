import { CIVIL_STATUSES, EDUCATIONS } from '@fordeling/engine';
import { SEXES, type CitizenColumns } from '@fordeling/model';

/** One citizen as the facts a per-citizen rules engine sees (the weights kind's characteristic names). */
export interface CitizenFacts {
  sex: string;
  age: number;
  somaticDiseases: number;
  psychiatricDisease: boolean;
  civilStatus: string;
  menapt: boolean;
  /** Own education, or the parents' under the rule set's age limit (seed 000, box 1). */
  effectiveEducation: string;
  outsideLabourMarket: boolean;
}

export function citizenFacts(c: CitizenColumns, i: number, parentsEducationBelowAge: number): CitizenFacts {
  const age = c.age[i];
  return {
    sex: SEXES[c.sex[i]],
    age,
    somaticDiseases: c.somaticDiseases[i],
    psychiatricDisease: c.psychiatricDisease[i] === 1,
    civilStatus: CIVIL_STATUSES[c.civilStatus[i]],
    menapt: c.menapt[i] === 1,
    effectiveEducation: EDUCATIONS[age < parentsEducationBelowAge ? c.parentsEducation[i] : c.education[i]],
    outsideLabourMarket: c.outsideLabourMarket[i] === 1,
  };
}

/** `count` citizen indices spread evenly over the population (deterministic sample). */
export function evenSample(population: number, count: number): Int32Array {
  const n = Math.min(count, population);
  return Int32Array.from({ length: n }, (_, k) => Math.floor((k * population) / n));
}
