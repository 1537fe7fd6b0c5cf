import { canonicalHash, type RuleSetRef } from '@fordeling/engine';
import type { ClinicResult } from '@fordeling/model';
import { letterId } from '../ids/letter-id.js';
import type { LetterKind } from '../letter-kind.js';
import type { LetterLabels } from './labels.js';
import type { ClinicData, LetterData, LetterMeta, RegionData, RulesData, SuccessorData } from './letter-data.js';
import { legalReferenceData, mergeRefs, type LetterRules } from './letter-rules.js';
import type { RegionDirectory } from './regions.js';

/** Everything the data builders share for one batch. */
export interface LetterContext {
  rules: LetterRules;
  labels: LetterLabels;
  regions: RegionDirectory;
  round: number;
  synthetic: boolean;
  /** The rule sets the model run used (run.json). */
  runRuleSets: RuleSetRef[];
  /** Letter date overriding the timeline's date for this kind (--date). */
  date?: string;
  /** Council → region, from the run's clinics, for capacity letters to clinics not in the run. */
  councilRegions?: ReadonlyMap<string, string>;
  /** A rule set's Danish title by its ref (the letters never name a rule set by its id). */
  ruleSetTitle(ref: RuleSetRef): string;
  /**
   * The region of a council in the geography in force on `date`, with the first day of that
   * geography: who has the task on the day a letter takes effect.
   */
  regionOn?(council: string, date: string): { name: string; from: string } | undefined;
}

/** A letter's data could not be built: the reason names the clinic's field or the input. */
export class LetterDataError extends Error {}

export function regionFor(context: LetterContext, regionName: string): RegionData {
  const region = context.regions.find(regionName);
  if (!region) throw new LetterDataError(`regionen »${regionName}« står ikke i templates/regions.json`);
  return region;
}

export function rulesData(context: LetterContext, extraRefs: RuleSetRef[] = []): RulesData {
  const { rules } = context;
  return {
    target: rules.target,
    targetReference: legalReferenceData(rules.targetReference),
    maximum: rules.maximum,
    maximumReference: legalReferenceData(rules.maximumReference),
    sets: mergeRefs(context.ruleSetTitle, context.runRuleSets, rules.refs, extraRefs),
  };
}

/**
 * Who has the task when the letter takes effect: nothing when the sender region still exists on
 * every day `effectDates` names; otherwise the region the council belongs to then (from 1 January
 * 2027 Region Østdanmark for Hovedstaden and Sjælland) — and a letter that cannot say which region
 * takes over is not produced.
 */
export function successorFor(context: LetterContext, senderRegion: string, council: string, effectDates: readonly string[]): SuccessorData | undefined {
  if (!context.regionOn) return undefined;
  const sender = regionFor(context, senderRegion);
  for (const date of [...effectDates].sort()) {
    const then = context.regionOn(council, date);
    if (!then) throw new LetterDataError(`sundhedsrådet »${council}« findes ikke i geografien pr. ${date}, så det kan ikke siges, hvilken region der har opgaven, når brevet får virkning`);
    const region = context.regions.find(then.name);
    if (!region) throw new LetterDataError(`${then.name}, som har opgaven fra ${then.from}, står ikke i templates/regions.json; brevet kan ikke sige, hvilken region der overtager`);
    if (region.id !== sender.id) return { from: then.from, region };
  }
  return undefined;
}

export function clinicData(clinic: ClinicResult): ClinicData {
  return {
    providerNumber: clinic.providerNumber,
    name: clinic.name,
    address: clinic.address,
    municipality: clinic.municipality,
    council: clinic.council,
    capacities: clinic.capacities,
    listedPatients: clinic.listedPatients,
    meanWeight: clinic.meanWeight,
    patientsPerCapacity: clinic.patientsPerCapacity,
  };
}

/** Fills in the letter id from the hash of everything else in the letter, so equal data gives an equal id. */
export function withLetterId<T extends LetterData>(kind: LetterKind, providerNumber: string, data: Omit<T, 'letter'> & { letter: Omit<LetterMeta, 'id'> }): { data: T; dataHash: string } {
  const dataHash = canonicalHash(data);
  const id = letterId(kind, providerNumber, data.letter.round, dataHash);
  return { data: { ...data, letter: { ...data.letter, id } } as unknown as T, dataHash };
}
