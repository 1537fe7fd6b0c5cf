import { citeReference, deviationRequiresReason, formatNumber, formatPercent } from '@fordeling/engine';
import { InvalidInputError, RuleViolationError } from './errors.js';
import type { CaseRules, HearingCase } from './contract/index.js';

/** A minimum set by the region (preliminary or final) together with its reason. */
export interface MinimumProposal {
  minimumPerCapacity: unknown;
  reasonId: string | null | undefined;
  /** The reason in words. */
  reasonText?: string | null;
  advisoryMinimumPerCapacity: number;
  /** Input field names, so errors point at what the user sent. */
  fields: { minimum: string; reason: string; text?: string };
}

const isAllowedReason = (rules: CaseRules, id: string): boolean =>
  typeof rules.deviationReasons === 'function' ? rules.deviationReasons(id) : rules.deviationReasons.includes(id);

/**
 * Checks a region's minimum against the rules the caller read from its rule sets: never above the
 * maximum per capacity (the agreement's 2,700, DOMAIN.md), a deviation from the advisory number needs
 * one of the rule set's reasons (§ 206 b, stk. 3), and a given reason must be one of them.
 */
export function checkMinimum(rules: CaseRules, p: MinimumProposal): void {
  const minimum = p.minimumPerCapacity;
  if (typeof minimum !== 'number' || !Number.isInteger(minimum) || minimum <= 0) {
    throw new InvalidInputError('Minimumstallet pr. kapacitet skal være et positivt helt tal.', p.fields.minimum);
  }
  const max = rules.maximumPerCapacity;
  if (minimum > max.value) {
    throw new RuleViolationError(
      max.ruleId,
      `Minimumstallet ${formatNumber(minimum)} pr. kapacitet er over maksimum på ${formatNumber(max.value)} patienter pr. kapacitet (${citeReference(max.reference)}).`,
      max.reference,
      p.fields.minimum,
    );
  }
  const advisory = p.advisoryMinimumPerCapacity;
  const threshold = rules.deviationRequiresReasonAboveShare;
  if (deviationRequiresReason(minimum, advisory, threshold.value) && !p.reasonId) {
    throw new RuleViolationError(
      threshold.ruleId,
      `Minimumstallet ${formatNumber(minimum)} afviger fra det vejledende tal ${formatNumber(advisory)} med mere end ${formatPercent(threshold.value)}; ` +
        `regionen skal angive en begrundelse for afvigelsen (${citeReference(threshold.reference)}).`,
      threshold.reference,
      p.fields.reason,
    );
  }
  if (p.reasonId && !isAllowedReason(rules, p.reasonId)) {
    const rule = rules.deviationReasonsRule;
    throw new RuleViolationError(
      rule.ruleId,
      `Begrundelsen "${p.reasonId}" er ikke en af regelsættets afvigelsesgrunde (${citeReference(rule.reference)}).`,
      rule.reference,
      p.fields.reason,
    );
  }
  const direction = p.reasonId ? rules.reasonDirectionProblem?.(p.reasonId, minimum, advisory) : undefined;
  if (direction) {
    const rule = rules.deviationReasonsRule;
    throw new RuleViolationError(rule.ruleId, `${direction} (${citeReference(rule.reference)})`, rule.reference, p.fields.reason);
  }
  // Forvaltningsloven § 24: a reason is the considerations in words, not a label; the letter prints it.
  const text = rules.deviationTextRequired;
  if (text && deviationRequiresReason(minimum, advisory, threshold.value) && !p.reasonText?.trim()) {
    throw new RuleViolationError(
      text.ruleId,
      `Minimumstallet ${formatNumber(minimum)} afviger fra det vejledende tal ${formatNumber(advisory)}; skriv regionens begrundelse ud i tekst — den står i brevet til klinikken (${citeReference(text.reference)}).`,
      text.reference,
      p.fields.text ?? p.fields.reason,
    );
  }
}

/**
 * The final number's own rules, against the case as it stands: no higher number than the one the
 * clinic was heard on without a new hearing, and the dialogue the rule set asks for recorded first
 * (seed 003: »forpligtet til at indgå i en dialog«; seed 000: »udgangspunktet er, at der skal opnås
 * enighed«).
 */
export function checkFinalAgainstHearing(rules: CaseRules, minimumPerCapacity: number, current: HearingCase): void {
  const heard = current.preliminary?.minimumPerCapacity;
  const newHearing = rules.newHearingIfFinalHigher;
  if (newHearing && heard !== undefined && minimumPerCapacity > heard) {
    throw new RuleViolationError(
      newHearing.ruleId,
      `Det endelige tal ${formatNumber(minimumPerCapacity)} pr. kapacitet er højere end det foreløbige ${formatNumber(heard)}, som klinikken er hørt over. ` +
        `Send først et nyt foreløbigt tal i høring med en ny frist (»newHearing«), og træf så afgørelse (${citeReference(newHearing.reference)}).`,
      newHearing.reference,
      'minimumPerCapacity',
    );
  }
  const dialogue = rules.dialogueBeforeFinal;
  const currentPerCapacity = current.capacities > 0 ? current.listedPatients / current.capacities : 0;
  if (dialogue && current.dialogues.length === 0 && dialogue.needed(minimumPerCapacity, current.advisoryMinimumPerCapacity, currentPerCapacity)) {
    throw new RuleViolationError(
      dialogue.ruleId,
      `Det endelige tal ${formatNumber(minimumPerCapacity)} pr. kapacitet afviger fra det vejledende ${formatNumber(current.advisoryMinimumPerCapacity)} eller er væsentligt højere end klinikkens ${formatNumber(Math.round(currentPerCapacity))} i dag; ` +
        `regionen skal have ført dialog med klinikken og registreret den (dato, resultat, enighed) før afgørelsen (${citeReference(dialogue.reference)}).`,
      dialogue.reference,
      'dialogue',
    );
  }
}

/** The rule check of a step that sets a minimum (preliminary or final), against the case as it stands. */
export function minimumCheck(rules: CaseRules, minimumPerCapacity: unknown, reasonId: string | null, fields: MinimumProposal['fields'], reasonText: string | null = null) {
  return (current: { advisoryMinimumPerCapacity: number }): void =>
    checkMinimum(rules, { minimumPerCapacity, reasonId, reasonText, advisoryMinimumPerCapacity: current.advisoryMinimumPerCapacity, fields });
}
