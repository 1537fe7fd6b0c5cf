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
  version: string;
  hash: string;
  shortHash: string;
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
}

export interface KapacitetData extends CommonData {
  clinic: { providerNumber: string; name: string; address: string; council: string; municipality?: string };
  request: {
    kind: 'new' | 'refill';
    kindLabel: string;
    date: string;
    council: string;
    existingCapacities: number;
    ceiling: number;
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
  };
}

export type LetterData = VejledendeData | HoeringData | AfgoerelseData | KapacitetData;
