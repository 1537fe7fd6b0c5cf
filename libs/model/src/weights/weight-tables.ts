// The `weights` rule set compiled ONCE into flat lookup tables (seed 000, box 1): a base weight per
// sex × age, and per characteristic the sum of the contributions that apply to each code. The hot
// path then is one array read per characteristic — no rules-engine call per citizen.
import { contributionApplies, type Contribution, type WeightsContent } from '@fordeling/engine';
import { CIVIL_STATUSES, EDUCATIONS, MAX_AGE, MAX_SOMATIC_DISEASES, SEXES } from '../inputs/codes.js';

export const AGES = MAX_AGE + 1;

export type Characteristic = Contribution['characteristic'];

/** The value each code index of a characteristic stands for, as a contribution's condition sees it. */
const CODE_VALUES: Record<Characteristic, ReadonlyArray<string | number | boolean>> = {
  somaticDiseases: Array.from({ length: MAX_SOMATIC_DISEASES + 1 }, (_, n) => n),
  psychiatricDisease: [false, true],
  civilStatus: CIVIL_STATUSES,
  menapt: [false, true],
  effectiveEducation: EDUCATIONS,
  outsideLabourMarket: [false, true],
};

export const CHARACTERISTICS = Object.keys(CODE_VALUES) as Characteristic[];

export interface WeightTables {
  /** Base weight at [sex * AGES + age]. */
  base: Float64Array;
  /** The age band id at [age]. */
  ageBand: string[];
  /** Per characteristic: summed contribution per code index. */
  sum: Record<Characteristic, Float64Array>;
  /** Per characteristic and code index: the contributions that apply (for explanations). */
  applying: Record<Characteristic, Contribution[][]>;
  /** Under this age the parents' education counts (seed 000, box 1: under 30). */
  parentsEducationBelowAge: number;
}

export function compileWeightTables(content: WeightsContent): WeightTables {
  const ageBand = Array.from({ length: AGES }, (_, age) => {
    const band = content.ageBands.find((b) => age >= b.from && (b.to === undefined || age <= b.to));
    if (!band) throw new Error(`Vægt-regelsættet har intet aldersinterval, der dækker alder ${age}`);
    return band.id;
  });
  const base = new Float64Array(SEXES.length * AGES);
  SEXES.forEach((sex, s) => {
    for (let age = 0; age < AGES; age++) {
      const row = content.baseWeights.find((r) => r.sex === sex && r.ageBand === ageBand[age]);
      if (!row) throw new Error(`Vægt-regelsættet har ingen grundvægt for køn ${sex}, aldersinterval ${ageBand[age]}`);
      base[s * AGES + age] = row.value;
    }
  });
  const sum = {} as WeightTables['sum'];
  const applying = {} as WeightTables['applying'];
  for (const characteristic of CHARACTERISTICS) {
    const values = CODE_VALUES[characteristic];
    applying[characteristic] = values.map((value) => content.contributions.filter((c) => c.characteristic === characteristic && contributionApplies(c, value)));
    sum[characteristic] = Float64Array.from(applying[characteristic], (list) => list.reduce((total, c) => total + c.value, 0));
  }
  return { base, ageBand, sum, applying, parentsEducationBelowAge: content.parentsEducationBelowAge.value };
}
