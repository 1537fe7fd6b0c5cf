import { capacityRules, citeReference, minimumPatientsRules, timelineRules, type LegalReference, type MinimumPatientsCompiled, type RuleBook, type RuleSetRef, type TimelineStepId } from '@fordeling/engine';
import type { LegalReferenceData, RuleSetRefData, TimelineData } from './letter-data.js';

/** What the letters read from the rule sets in force: the norm, the rounding, the year's dates. */
export interface LetterRules {
  target: number;
  targetReference: LegalReference;
  maximum: number;
  maximumReference: LegalReference;
  rounding: MinimumPatientsCompiled['rounding'];
  deviationReasons: MinimumPatientsCompiled['deviationReasons'];
  dialogueThresholdShare: number;
  deviationRequiresReasonAboveShare: number;
  timeline: TimelineData;
  /** The round's dates in `timeline` whose reference is marked illustrative: not yet the published dates. */
  illustrativeDates: IllustrativeDate[];
  refs: RuleSetRef[];
}

/** A date of the round that the timeline rule set marks as illustrative, and where legal staff replace it. */
export interface IllustrativeDate {
  field: keyof TimelineData;
  date: string;
  label: string;
  /** The rule-set file and the JSON pointer of the date in it. */
  file: string;
  pointer: string;
}

/**
 * The letter data fields that print each timeline date. The hearing letter's deadline is the
 * timeline's unless the clinic's case carries its own (build-minimum-letters.ts).
 */
export const TIMELINE_DATE_FIELDS: Record<keyof TimelineData, readonly string[]> = {
  informationLetter: ['timeline.informationLetter'],
  preliminarySent: ['timeline.preliminarySent'],
  hearingDeadline: ['timeline.hearingDeadline', 'hearing.deadline'],
  finalAnnounced: ['timeline.finalAnnounced'],
  finalEffective: ['timeline.finalEffective'],
};

const TIMELINE_FIELDS: Record<keyof TimelineData, TimelineStepId> = {
  informationLetter: 'information-letter',
  preliminarySent: 'preliminary-sent',
  hearingDeadline: 'hearing-deadline',
  finalAnnounced: 'final-announced',
  finalEffective: 'final-effective',
};

/**
 * Reads the capacity, minimum-patients and timeline rule sets of `book` for the round `year`: the
 * numbers from their compiled forms, the legal references cited beside them from their content.
 */
export function letterRulesFromBook(book: RuleBook, year: number): LetterRules {
  const capacity = capacityRules.of(book);
  const capacityContent = capacityRules.ruleSet(book).document.content;
  const minimum = minimumPatientsRules.of(book);
  const timeline = timelineRules.of(book);
  const timelineFile = timelineRules.ruleSet(book).file;
  if (!timeline.years.includes(year)) {
    throw new Error(`Regelsættet timeline (${timelineFile}) har ingen tidsplan for ${year} (kun ${timeline.years.join(', ') || 'ingen'}).`);
  }
  const round = timeline.round(year);
  const dates = {} as TimelineData;
  const illustrativeDates: IllustrativeDate[] = [];
  for (const [field, stepId] of Object.entries(TIMELINE_FIELDS) as Array<[keyof TimelineData, TimelineStepId]>) {
    const step = round.steps.find((s) => s.id === stepId);
    if (!step) throw new Error(`Regelsættet timeline (${timelineFile}) mangler trinnet »${stepId}« for ${year}.`);
    dates[field] = step.date;
    if (step.reference.illustrative === true) {
      illustrativeDates.push({ field, date: step.date, label: step.label, file: timelineFile, pointer: timeline.datePointer(year, stepId) });
    }
  }
  return {
    target: capacity.target,
    targetReference: capacityContent.targetWeightedCitizensPerCapacity.reference,
    maximum: capacity.maximum,
    maximumReference: capacityContent.maximumPatientsPerCapacity.reference,
    rounding: minimum.rounding,
    deviationReasons: minimum.deviationReasons,
    dialogueThresholdShare: minimum.dialogueThresholdShare,
    deviationRequiresReasonAboveShare: minimum.deviationRequiresReasonAboveShare,
    timeline: dates,
    illustrativeDates,
    refs: book.refs(),
  };
}

export function legalReferenceData(ref: LegalReference): LegalReferenceData {
  return { citation: citeReference(ref), illustrative: ref.illustrative === true, ...(ref.url ? { url: ref.url } : {}) };
}

/** The run's rule sets plus any the letters read that the run did not (e.g. timeline), by id, each with its title. */
export function mergeRefs(titleOf: (ref: RuleSetRef) => string, ...lists: RuleSetRef[][]): RuleSetRefData[] {
  const byKey = new Map<string, RuleSetRef>();
  for (const ref of lists.flat()) {
    const key = `${ref.id}@${ref.version}@${ref.hash}`;
    if (!byKey.has(key)) byKey.set(key, ref);
  }
  return [...byKey.values()]
    .sort((a, b) => a.id.localeCompare(b.id) || a.version.localeCompare(b.version))
    .map((ref) => ({ ...ref, title: titleOf(ref), shortHash: ref.hash.replace(/^sha256:/, '').slice(0, 12) }));
}
