import { formatNumber, formatPercent } from '@fordeling/engine';
import type { ClinicResult } from '@fordeling/model';
import type { MinimumCase } from './minimum-case.js';
import { clinicData, LetterDataError, regionFor, rulesData, successorFor, withLetterId, type LetterContext } from './build-common.js';
import type { AdvisoryData, AfgoerelseData, HoeringData, RegionMinimumData, VejledendeData } from './letter-data.js';
import { legalReferenceData } from './letter-rules.js';

export interface BuiltLetter<T> {
  data: T;
  dataHash: string;
}

function advisoryData(context: LetterContext, clinic: ClinicResult): AdvisoryData {
  if (!(clinic.meanWeight > 0)) throw new LetterDataError(`den gennemsnitlige sygdomsvægt er ${clinic.meanWeight}; den skal være over 0`);
  return {
    perCapacity: clinic.advisoryMinimumPerCapacity,
    total: clinic.advisoryMinimumTotal,
    unrounded: context.rules.target / clinic.meanWeight,
    roundingLabel: context.labels.rounding[context.rules.rounding.method],
  };
}

/**
 * A minimum set by the region compared with the advisory number. A deviation larger than the rule
 * set's share must carry a reason (§ 206 b, stk. 3: the region starts from the advisory number).
 */
function regionMinimum(context: LetterContext, clinic: ClinicResult, advisory: AdvisoryData, perCapacity: number, reasonId: string | undefined, text: string | undefined, what: string): RegionMinimumData {
  const { rules } = context;
  if (perCapacity > rules.maximum) {
    throw new LetterDataError(`${what} på ${formatNumber(perCapacity)} pr. lægekapacitet er over maksimum på ${formatNumber(rules.maximum)}`);
  }
  const difference = perCapacity - advisory.perCapacity;
  const data: RegionMinimumData = { perCapacity, total: perCapacity * clinic.capacities, deviates: difference !== 0, difference, lower: difference < 0 };
  if (difference !== 0 && reasonId) {
    const reason = rules.deviationReasons.find((r) => r.id === reasonId);
    if (!reason) {
      const known = rules.deviationReasons.map((r) => r.id).join(', ');
      throw new LetterDataError(`begrundelsen »${reasonId}« findes ikke i regelsættet minimum-patients (kendte: ${known})`);
    }
    data.deviationReason = { id: reason.id, label: reason.label, reference: legalReferenceData(reason.reference) };
  }
  if (difference !== 0 && text) data.deviationText = text;
  const share = Math.abs(difference) / advisory.perCapacity;
  if (share > rules.deviationRequiresReasonAboveShare && !data.deviationReason) {
    throw new LetterDataError(
      `${what} afviger ${formatPercent(share, 1)} fra det vejledende tal (${formatNumber(advisory.perCapacity)}); over ${formatPercent(rules.deviationRequiresReasonAboveShare)} kræver en begrundelse (deviationReason i sagen)`,
    );
  }
  return data;
}

function base(context: LetterContext, kind: 'vejledende' | 'hoering' | 'afgoerelse', clinic: ClinicResult, defaultDate: string, minimumCase?: MinimumCase) {
  // The number takes effect on the timeline's date; a region gone by then names the one that takes over.
  const successor = successorFor(context, clinic.region, clinic.council, [context.rules.timeline.finalEffective]);
  return {
    letter: {
      kind,
      title: context.labels.titles[kind],
      date: minimumCase?.letterDate ?? context.date ?? defaultDate,
      round: context.round,
      synthetic: context.synthetic,
    },
    region: regionFor(context, clinic.region),
    rules: rulesData(context),
    clinic: clinicData(clinic),
    timeline: context.rules.timeline,
    advisory: advisoryData(context, clinic),
    ...(successor ? { successor } : {}),
  };
}

export function buildVejledende(context: LetterContext, clinic: ClinicResult): BuiltLetter<VejledendeData> {
  return withLetterId<VejledendeData>('vejledende', clinic.providerNumber, base(context, 'vejledende', clinic, context.rules.timeline.informationLetter));
}

function preliminaryOf(context: LetterContext, clinic: ClinicResult, advisory: AdvisoryData, minimumCase?: MinimumCase): RegionMinimumData {
  return regionMinimum(
    context, clinic, advisory,
    minimumCase?.preliminaryPerCapacity ?? advisory.perCapacity,
    minimumCase?.deviationReason, minimumCase?.deviationText,
    'Det foreløbige minimumspatienttal',
  );
}

export function buildHoering(context: LetterContext, clinic: ClinicResult, minimumCase?: MinimumCase): BuiltLetter<HoeringData> {
  const common = base(context, 'hoering', clinic, context.rules.timeline.preliminarySent, minimumCase);
  const preliminary = preliminaryOf(context, clinic, common.advisory, minimumCase);
  // "Substantially higher" compares with what the clinic carries today (minimum-patients rule set).
  const increase = clinic.patientsPerCapacity > 0 ? preliminary.perCapacity / clinic.patientsPerCapacity - 1 : 0;
  const threshold = context.rules.dialogueThresholdShare;
  return withLetterId<HoeringData>('hoering', clinic.providerNumber, {
    ...common,
    preliminary,
    hearing: {
      deadline: minimumCase?.hearingDeadline ?? context.rules.timeline.hearingDeadline,
      number: minimumCase?.hearingNumber ?? 1,
      renewed: (minimumCase?.hearingNumber ?? 1) > 1,
      dialogueOffered: increase >= threshold,
      increaseOverCurrentShare: increase,
      dialogueThresholdShare: threshold,
      maximumForClinic: context.rules.maximum * clinic.capacities,
    },
  });
}

/**
 * The decision letter states the hearing's outcome, so it is built only from the clinic's case: its
 * final number, and the clinic's response or the fact that none came by the deadline (then the region
 * decided »på det foreliggende grundlag«) — never assumed.
 */
export function buildAfgoerelse(context: LetterContext, clinic: ClinicResult, minimumCase?: MinimumCase): BuiltLetter<AfgoerelseData> {
  if (minimumCase?.finalPerCapacity === undefined) {
    throw new LetterDataError('sagen har intet endeligt minimumspatienttal endnu (finalPerCapacity); afgørelsesbrevet skrives, når regionen har truffet afgørelsen');
  }
  if (!minimumCase.response && !minimumCase.decidedWithoutResponse) {
    throw new LetterDataError('sagen siger hverken, hvad klinikken svarede i høringen (response), eller at afgørelsen er truffet uden svar efter fristen (decidedWithoutResponse); brevet kan ikke sige, hvordan høringen endte');
  }
  const common = base(context, 'afgoerelse', clinic, context.rules.timeline.finalAnnounced, minimumCase);
  const preliminary = preliminaryOf(context, clinic, common.advisory, minimumCase);
  const final = regionMinimum(
    context, clinic, common.advisory,
    minimumCase.finalPerCapacity,
    minimumCase.finalDeviationReason ?? minimumCase.deviationReason,
    minimumCase.finalDeviationText ?? minimumCase.deviationText,
    'Det endelige minimumspatienttal',
  );
  return withLetterId<AfgoerelseData>('afgoerelse', clinic.providerNumber, {
    ...common,
    preliminary,
    final,
    changedSincePreliminary: final.perCapacity !== preliminary.perCapacity,
    reasons: minimumCase.reasons ?? [],
    dialogues: minimumCase.dialogues ?? [],
    ...(minimumCase.response
      ? { response: minimumCase.response }
      : { noResponse: { deadline: minimumCase.hearingDeadline ?? context.rules.timeline.hearingDeadline } }),
  });
}
