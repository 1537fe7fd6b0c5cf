// The `weights` rule set compiled ONCE into flat lookup tables (seed 000, box 1): a base weight per
// sex × age, and per characteristic the sum of the contributions that apply to each code. The model's
// hot path then is one array read per characteristic — no rules-engine call per citizen — and one
// citizen's explanation (the API, the rule test cases) is read from the same tables. The readable
// WeightsReference (reference.ts) is the oracle the property tests hold both against.
import { kindHandle } from '../../contract/kind-handle.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { CHARACTERISTICS, CIVIL_STATUSES, EDUCATIONS, MAX_AGE, MAX_SOMATIC_DISEASES, SEXES } from './characteristics.js';
import { contributionApplies, effectiveEducation } from './contribution-condition.js';
import type { BaseWeightRow, Citizen, Contribution, WeightExplanation, WeightsContent } from './types.js';

/** Ages the tables cover: 0 to MAX_AGE. */
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

/** The characteristics in table order. */
export const CHARACTERISTIC_NAMES = Object.keys(CHARACTERISTICS) as Characteristic[];

const flag = (value: boolean) => (value ? 1 : 0);

export class WeightTables {
  /** Base weight at [sex * AGES + age]. */
  readonly base: Float64Array;
  /** The base-weight row (with its legal reference) at [sex * AGES + age]. */
  readonly baseRows: readonly BaseWeightRow[];
  /** The age band id at [age]. */
  readonly ageBand: readonly string[];
  /** Per characteristic: summed contribution per code index. */
  readonly sum: Readonly<Record<Characteristic, Float64Array>>;
  /** Per characteristic and code index: the contributions that apply (for explanations). */
  readonly applying: Readonly<Record<Characteristic, Contribution[][]>>;
  /** Under this age the parents' education counts (seed 000, box 1: under 30). */
  readonly parentsEducationBelowAge: number;
  /** Normalise so the national mean weight equals this value (1). */
  readonly normalisedMean: number;
  /** Whether the model rescales the raw weights to `normalisedMean` (the rule set's `normalise`; default yes). */
  readonly normalise: boolean;
  /** The life-expectancy correction's levels, in order. */
  readonly lifeExpectancyCorrection: ReadonlyArray<{ level: 'council' | 'municipality'; share: number }>;
  private readonly contributions: readonly Contribution[];

  constructor(content: WeightsContent) {
    this.ageBand = Array.from({ length: AGES }, (_, age) => {
      const band = content.ageBands.find((b) => age >= b.from && (b.to === undefined || age <= b.to));
      if (!band) throw new Error(`Vægt-regelsættet har intet aldersinterval, der dækker alder ${age}`);
      return band.id;
    });
    this.base = new Float64Array(SEXES.length * AGES);
    const baseRows: BaseWeightRow[] = [];
    SEXES.forEach((sex, s) => {
      for (let age = 0; age < AGES; age++) {
        const row = content.baseWeights.find((r) => r.sex === sex && r.ageBand === this.ageBand[age]);
        if (!row) throw new Error(`Vægt-regelsættet har ingen grundvægt for køn ${sex}, aldersinterval ${this.ageBand[age]}`);
        this.base[s * AGES + age] = row.value;
        baseRows[s * AGES + age] = row;
      }
    });
    this.baseRows = baseRows;
    const sum = {} as Record<Characteristic, Float64Array>;
    const applying = {} as Record<Characteristic, Contribution[][]>;
    for (const characteristic of CHARACTERISTIC_NAMES) {
      const values = CODE_VALUES[characteristic];
      applying[characteristic] = values.map((value) => content.contributions.filter((c) => c.characteristic === characteristic && contributionApplies(c, value)));
      sum[characteristic] = Float64Array.from(applying[characteristic], (list) => list.reduce((total, c) => total + c.value, 0));
    }
    this.sum = sum;
    this.applying = applying;
    this.contributions = content.contributions;
    this.parentsEducationBelowAge = content.parentsEducationBelowAge.value;
    this.normalisedMean = content.normalisedMean.value;
    this.normalise = content.normalise?.value ?? true;
    this.lifeExpectancyCorrection = content.lifeExpectancyCorrection.map((l) => ({ level: l.level, share: l.share.value }));
  }

  /**
   * One citizen's raw weight, term by term: the base weight and the contributions that apply, in the
   * rule set's order and summed in that order (so the number is the reference's to the last bit).
   */
  explain(citizen: Citizen): WeightExplanation {
    const { age, somaticDiseases } = citizen;
    if (!Number.isInteger(age) || age < 0 || age > MAX_AGE) throw new RangeError(`Alderen ${age} ligger uden for 0-${MAX_AGE} år.`);
    if (!Number.isInteger(somaticDiseases) || somaticDiseases < 0 || somaticDiseases > MAX_SOMATIC_DISEASES) {
      throw new RangeError(`Antallet af somatiske sygdomme (${somaticDiseases}) ligger uden for 0-${MAX_SOMATIC_DISEASES}.`);
    }
    const code: Record<Characteristic, number> = {
      somaticDiseases,
      psychiatricDisease: flag(citizen.psychiatricDisease),
      civilStatus: CIVIL_STATUSES.indexOf(citizen.civilStatus),
      menapt: flag(citizen.menapt),
      effectiveEducation: EDUCATIONS.indexOf(effectiveEducation(citizen, this.parentsEducationBelowAge)),
      outsideLabourMarket: flag(citizen.outsideLabourMarket),
    };
    const applies = new Set(CHARACTERISTIC_NAMES.flatMap((ch) => this.applying[ch][code[ch]] ?? []));
    const contributions = this.contributions.filter((c) => applies.has(c)).map(({ id, label, value }) => ({ id, label, value }));
    const sex = SEXES.indexOf(citizen.sex);
    if (sex === -1) throw new RangeError(`Køn skal være »M« eller »K« (fik »${citizen.sex}«).`);
    const base = this.base[sex * AGES + age];
    return { ageBand: this.ageBand[age], base, contributions, raw: contributions.reduce((sum, c) => sum + c.value, base) };
  }
}

export function compileWeights(doc: RuleSetDocument<WeightsContent>): WeightTables {
  return new WeightTables(doc.content);
}

/** The `weights` rule set in force in a book: `weightsRules.of(book)` is its WeightTables. */
export const weightsRules = kindHandle<WeightsContent, WeightTables>('weights');
