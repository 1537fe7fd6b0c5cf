import type {
  CapacityContent,
  LegalReference,
  MinimumPatientsContent,
  RuleBook,
  RuleSetRef,
  TimelineContent,
  TimelineStepId,
} from '@fordeling/engine';
import { citeReference } from '@fordeling/engine';
import type { LegalReferenceData, RuleSetRefData, TimelineData } from './letter-data.js';

/** What the letters read from the rule sets in force: the norm, the rounding, the year's dates. */
export interface LetterRules {
  target: number;
  targetReference: LegalReference;
  maximum: number;
  maximumReference: LegalReference;
  rounding: MinimumPatientsContent['rounding'];
  deviationReasons: MinimumPatientsContent['deviationReasons'];
  dialogueThresholdShare: number;
  deviationRequiresReasonAboveShare: number;
  timeline: TimelineData;
  refs: RuleSetRef[];
}

const TIMELINE_FIELDS: Record<keyof TimelineData, TimelineStepId> = {
  informationLetter: 'information-letter',
  preliminarySent: 'preliminary-sent',
  hearingDeadline: 'hearing-deadline',
  finalAnnounced: 'final-announced',
  finalEffective: 'final-effective',
};

/** Reads the capacity, minimum-patients and timeline rule sets of `book` for the round `year`. */
export function letterRulesFromBook(book: RuleBook, year: number): LetterRules {
  const capacity = book.byKind<CapacityContent>('capacity').document.content;
  const minimum = book.byKind<MinimumPatientsContent>('minimum-patients').document.content;
  const timelineSet = book.byKind<TimelineContent>('timeline');
  const round = timelineSet.document.content.rounds.find((r) => r.year === year);
  if (!round) {
    const years = timelineSet.document.content.rounds.map((r) => r.year).join(', ');
    throw new Error(`Regelsættet timeline (${timelineSet.file}) har ingen tidsplan for ${year} (kun ${years || 'ingen'}).`);
  }
  const timeline = {} as TimelineData;
  for (const [field, stepId] of Object.entries(TIMELINE_FIELDS) as Array<[keyof TimelineData, TimelineStepId]>) {
    const step = round.steps.find((s) => s.id === stepId);
    if (!step) throw new Error(`Regelsættet timeline (${timelineSet.file}) mangler trinnet »${stepId}« for ${year}.`);
    timeline[field] = step.date;
  }
  return {
    target: capacity.targetWeightedCitizensPerCapacity.value,
    targetReference: capacity.targetWeightedCitizensPerCapacity.reference,
    maximum: capacity.maximumPatientsPerCapacity.value,
    maximumReference: capacity.maximumPatientsPerCapacity.reference,
    rounding: minimum.rounding,
    deviationReasons: minimum.deviationReasons,
    dialogueThresholdShare: minimum.dialogueThresholdShare.value,
    deviationRequiresReasonAboveShare: minimum.deviationRequiresReasonAboveShare.value,
    timeline,
    refs: book.refs(),
  };
}

export function legalReferenceData(ref: LegalReference): LegalReferenceData {
  return { citation: citeReference(ref), illustrative: ref.illustrative === true, ...(ref.url ? { url: ref.url } : {}) };
}

/** The run's rule sets plus any the letters read that the run did not (e.g. timeline), by id. */
export function mergeRefs(...lists: RuleSetRef[][]): RuleSetRefData[] {
  const byKey = new Map<string, RuleSetRef>();
  for (const ref of lists.flat()) {
    const key = `${ref.id}@${ref.version}@${ref.hash}`;
    if (!byKey.has(key)) byKey.set(key, ref);
  }
  return [...byKey.values()]
    .sort((a, b) => a.id.localeCompare(b.id) || a.version.localeCompare(b.version))
    .map((ref) => ({ ...ref, shortHash: ref.hash.replace(/^sha256:/, '').slice(0, 12) }));
}
