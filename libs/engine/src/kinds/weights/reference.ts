import { contributionApplies, effectiveEducation } from './contribution-condition.js';
import type { AgeBand, Citizen, Contribution, Sex, WeightExplanation, WeightsContent } from './types.js';

/**
 * The readable per-citizen reference implementation of step 1 of the model (raw weight = base weight
 * + contributions), straight from the rule set's rows. It is the oracle only: the property tests hold
 * the compiled WeightTables (compile.ts) and the model's columnar kernel against it; nothing else
 * evaluates with it. Normalisation and the life-expectancy correction are population-level steps and
 * live in the model.
 */
export class WeightsReference {
  readonly ageBands: readonly AgeBand[];
  readonly contributions: readonly Contribution[];
  readonly parentsEducationBelowAge: number;
  readonly normalisedMean: number;
  readonly lifeExpectancyCorrection: ReadonlyArray<{ level: 'council' | 'municipality'; share: number }>;
  private readonly sortedBands: AgeBand[];
  private readonly base = new Map<string, number>();

  constructor(content: WeightsContent) {
    this.ageBands = content.ageBands;
    this.contributions = content.contributions;
    this.parentsEducationBelowAge = content.parentsEducationBelowAge.value;
    this.normalisedMean = content.normalisedMean.value;
    this.lifeExpectancyCorrection = content.lifeExpectancyCorrection.map((l) => ({ level: l.level, share: l.share.value }));
    this.sortedBands = [...content.ageBands].sort((a, b) => a.from - b.from);
    for (const row of content.baseWeights) this.base.set(`${row.sex}|${row.ageBand}`, row.value);
  }

  ageBandOf(age: number): AgeBand {
    const band = this.sortedBands.find((b) => age >= b.from && (b.to === undefined || age <= b.to));
    if (!band) throw new RangeError(`Alderen ${age} ligger ikke i nogen aldersgruppe.`);
    return band;
  }

  baseWeight(sex: Sex, age: number): number {
    const band = this.ageBandOf(age);
    const value = this.base.get(`${sex}|${band.id}`);
    if (value === undefined) throw new RangeError(`Basisvægt mangler for køn ${sex} i aldersgruppen »${band.id}«.`);
    return value;
  }

  /** The value of the characteristic a contribution tests. */
  characteristic(citizen: Citizen, name: Contribution['characteristic']): string | number | boolean {
    return name === 'effectiveEducation' ? effectiveEducation(citizen, this.parentsEducationBelowAge) : citizen[name];
  }

  explain(citizen: Citizen): WeightExplanation {
    const band = this.ageBandOf(citizen.age);
    const base = this.baseWeight(citizen.sex, citizen.age);
    const contributions = this.contributions
      .filter((c) => contributionApplies(c, this.characteristic(citizen, c.characteristic)))
      .map((c) => ({ id: c.id, label: c.label, value: c.value }));
    const raw = contributions.reduce((sum, c) => sum + c.value, base);
    return { ageBand: band.id, base, contributions, raw };
  }

  rawWeight(citizen: Citizen): number {
    return this.explain(citizen).raw;
  }
}
