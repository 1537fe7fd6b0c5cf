import type { LetterKind } from '../letter-kind.js';

// The data each letter template receives; shapes mirror schema/letter-schemas.ts (the data of every
// letter is validated against that schema before rendering).

export interface LegalReferenceData {
  citation: string;
  illustrative: boolean;
  url?: string;
}

export interface LetterMeta {
  kind: LetterKind;
  title: string;
  id: string;
  date: string;
  round: number;
  synthetic: boolean;
}

export interface RegionData {
  id: string;
  name: string;
  unit: string;
  addressLines: string[];
  email: string;
  phone: string;
  web: string;
  signature: string;
}

export interface ClinicData {
  providerNumber: string;
  name: string;
  address: string;
  municipality: string;
  council: string;
  capacities: number;
  listedPatients: number;
  meanWeight: number;
  patientsPerCapacity: number;
}

export interface RuleSetRefData {
  id: string;
  /** The rule set's Danish title; what the letter names it by. */
  title: string;
  version: string;
  hash: string;
  shortHash: string;
}

/**
 * The region that takes over the sender's task when the letter's effect lies after the day the
 * sender ceases to exist (geography 2027.1: Region Hovedstaden and Region Sjælland become Region
 * Østdanmark on 1 January 2027).
 */
export interface SuccessorData {
  /** First day the successor has the task. */
  from: string;
  region: RegionData;
}

export interface RulesData {
  target: number;
  targetReference: LegalReferenceData;
  maximum: number;
  maximumReference: LegalReferenceData;
  sets: RuleSetRefData[];
}

export interface TimelineData {
  informationLetter: string;
  preliminarySent: string;
  hearingDeadline: string;
  finalAnnounced: string;
  finalEffective: string;
}

export interface AdvisoryData {
  perCapacity: number;
  total: number;
  unrounded: number;
  roundingLabel: string;
}

export interface RegionMinimumData {
  perCapacity: number;
  total: number;
  deviates: boolean;
  difference: number;
  lower: boolean;
  deviationReason?: { id: string; label: string; reference: LegalReferenceData };
  deviationText?: string;
}

interface CommonData {
  letter: LetterMeta;
  region: RegionData;
  rules: RulesData;
  successor?: SuccessorData;
}

/** A dialogue with the clinic (seed 003), as recorded on its case. */
export interface DialogueData {
  heldOn: string;
  outcome: string;
  agreement: boolean;
}

export interface VejledendeData extends CommonData {
  clinic: ClinicData;
  timeline: TimelineData;
  advisory: AdvisoryData;
}

export interface HoeringData extends VejledendeData {
  preliminary: RegionMinimumData;
  hearing: {
    deadline: string;
    /** 1 for the first hearing; 2 and up for a new hearing on a changed number. */
    number: number;
    renewed: boolean;
    dialogueOffered: boolean;
    increaseOverCurrentShare: number;
    dialogueThresholdShare: number;
    maximumForClinic: number;
  };
}

export interface AfgoerelseData extends VejledendeData {
  preliminary: RegionMinimumData;
  final: RegionMinimumData;
  changedSincePreliminary: boolean;
  reasons: string[];
  response?: { receivedOn: string; maximumPatients?: number; summary?: string; regionAnswer?: string };
  /** No response by the clinic's deadline: decided »på det foreliggende grundlag«. */
  noResponse?: { deadline: string };
  dialogues: DialogueData[];
}

export interface KapacitetData extends CommonData {
  clinic: { providerNumber: string; name: string; address: string; council: string; municipality?: string };
  request: {
    kind: 'new' | 'refill';
    kindLabel: string;
    date: string;
    council: string;
    existingCapacities: number;
    requestedCapacities: number;
    ceiling: number;
    /** The ceiling is the order's number for the council and year (with its citation). */
    ceilingFixedByOrder?: { year: number; reference: LegalReferenceData };
  };
  decision: {
    outcome: 'granted' | 'refused';
    granted: boolean;
    outcomeLabel: string;
    basis: string;
    basisLabel: string;
    decidingRule: string;
    decidingRuleTitle: string;
    asOf: string;
    reasons: string[];
    references: LegalReferenceData[];
    validUntil?: string;
    exception?: { ruleId: string; explanation: string; reference: LegalReferenceData };
    /** What a grant establishes, in words: »1 lægekapacitet«, »et ekstra ydernummer«. */
    grantLabel?: string;
  };
}

export type LetterData = VejledendeData | HoeringData | AfgoerelseData | KapacitetData;
