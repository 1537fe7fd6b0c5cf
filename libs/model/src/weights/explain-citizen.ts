// explainCitizen: one citizen's weight, step by step, with the legal reference of every number —
// the answer to "why is this person's weight 1,37?". Uses the same compiled tables as the hot path.
import { AGES, CHARACTERISTIC_NAMES, weightsRules, type Characteristic, type LegalReference, type RuleBook, type RuleSetRef } from '@fordeling/engine';
import { CIVIL_STATUSES, EDUCATIONS, SEXES } from '../inputs/codes.js';
import type { ModelInputs } from '../inputs/model-inputs.js';
import { prepareWeights, type PreparedWeights } from './prepare-weights.js';

export interface CitizenExplanation {
  index: number;
  id: number;
  /** citizens.csv line the citizen was read from. */
  line: number;
  sex: string;
  age: number;
  ageBand: string;
  municipalityCode: number;
  municipality: string;
  council: string;
  base: { value: number; reference: LegalReference };
  /** The citizen's row as read (codes as in citizens.csv). */
  characteristics: {
    somaticDiseases: number;
    psychiatricDisease: boolean;
    civilStatus: string;
    menapt: boolean;
    education: string;
    parentsEducation: string;
    outsideLabourMarket: boolean;
  };
  /** Education used: the parents' below the age limit (seed 000, box 1). */
  effectiveEducation: string;
  /** Each contribution as the rule set gives it (`value`) and after normalisation (`normalisedValue`). */
  contributions: Array<{ id: string; label: string; value: number; normalisedValue: number; reference: LegalReference }>;
  raw: number;
  /** Whether the weights are normalised (the rule set's `normalise`, default yes) and to which mean. */
  normalisation: { applied: boolean; mean: number; reference?: LegalReference };
  normalisationFactor: number;
  /** The base weight after normalisation. */
  normalisedBase: number;
  normalised: number;
  corrections: Array<{ level: 'council' | 'municipality'; area: string; share: number; factor: number }>;
  final: number;
  ruleSet: RuleSetRef;
}

// One national pass per inputs × weights version, reused for every explanation asked for.
const cache = new WeakMap<ModelInputs, Map<string, PreparedWeights>>();

export function explainCitizen(inputs: ModelInputs, index: number, book: RuleBook): CitizenExplanation {
  const c = inputs.citizens;
  if (!Number.isInteger(index) || index < 0 || index >= c.count) throw new RangeError(`Borger nr. ${index} findes ikke (der er ${c.count} borgere)`);
  const weightsSet = weightsRules.ruleSet(book);
  const key = book.refs().map((r) => r.hash).join();
  const perInputs = cache.get(inputs) ?? new Map<string, PreparedWeights>();
  cache.set(inputs, perInputs);
  const prepared = perInputs.get(key) ?? prepareWeights(inputs, book);
  perInputs.set(key, prepared);
  const { tables, geography } = prepared;

  const sex = c.sex[index];
  const age = c.age[index];
  const education = age < tables.parentsEducationBelowAge ? c.parentsEducation[index] : c.education[index];
  const codeOf: Record<Characteristic, number> = {
    somaticDiseases: c.somaticDiseases[index],
    psychiatricDisease: c.psychiatricDisease[index],
    civilStatus: c.civilStatus[index],
    menapt: c.menapt[index],
    effectiveEducation: education,
    outsideLabourMarket: c.outsideLabourMarket[index],
  };
  const factor = prepared.normalisationFactor;
  const contributions = CHARACTERISTIC_NAMES.flatMap((ch) => tables.applying[ch][codeOf[ch]].map(({ id, label, value, reference }) => ({ id, label, value, normalisedValue: value * factor, reference })));
  const base = tables.base[sex * AGES + age];
  const raw = base + CHARACTERISTIC_NAMES.reduce((sum, ch) => sum + tables.sum[ch][codeOf[ch]], 0);

  const m = prepared.municipality[index];
  const municipality = geography.municipalities[m];
  const corrections = prepared.correction.levels.map(({ level, share, factors }) => {
    const area = level === 'council' ? municipality.council : m;
    return { level, share, area: level === 'council' ? geography.councils[area].name : municipality.name, factor: factors[area] };
  });
  return {
    index,
    id: c.id[index],
    line: c.line[index],
    sex: SEXES[sex],
    age,
    ageBand: tables.ageBand[age],
    municipalityCode: municipality.code,
    municipality: municipality.name,
    council: geography.councils[municipality.council].name,
    base: { value: base, reference: tables.baseRows[sex * AGES + age].reference },
    characteristics: {
      somaticDiseases: c.somaticDiseases[index],
      psychiatricDisease: c.psychiatricDisease[index] === 1,
      civilStatus: CIVIL_STATUSES[c.civilStatus[index]],
      menapt: c.menapt[index] === 1,
      education: EDUCATIONS[c.education[index]],
      parentsEducation: EDUCATIONS[c.parentsEducation[index]],
      outsideLabourMarket: c.outsideLabourMarket[index] === 1,
    },
    effectiveEducation: EDUCATIONS[education],
    contributions,
    raw,
    normalisation: { applied: tables.normalise, mean: tables.normalisedMean, ...(weightsSet.document.content.normalise ? { reference: weightsSet.document.content.normalise.reference } : {}) },
    normalisationFactor: factor,
    normalisedBase: base * factor,
    normalised: raw * factor,
    corrections,
    final: prepared.weights[index],
    ruleSet: weightsSet.ref,
  };
}

