import type { Citizen, Contribution, Education } from './types.js';

/** The education the model uses: the parents' below the age limit (seed 000, box 1). */
export function effectiveEducation(citizen: Pick<Citizen, 'age' | 'education' | 'parentsEducation'>, parentsEducationBelowAge: number): Education {
  return citizen.age < parentsEducationBelowAge ? citizen.parentsEducation : citizen.education;
}

/** Does the contribution's single condition hold for this characteristic value? */
export function contributionApplies(c: Contribution, value: string | number | boolean): boolean {
  if (c.equals !== undefined) return value === c.equals;
  if (c.in !== undefined) return c.in.includes(value as string | number);
  if (typeof value !== 'number') return false;
  return (c.min === undefined || value >= c.min) && (c.max === undefined || value <= c.max);
}
