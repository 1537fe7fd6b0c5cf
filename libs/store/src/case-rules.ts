import { citeReference, deviationRequiresReason, formatNumber, formatPercent } from '@fordeling/engine';
import { InvalidInputError, RuleViolationError } from './errors.js';
import type { CaseRules } from './contract/index.js';

/** A minimum set by the region (preliminary or final) together with its reason. */
export interface MinimumProposal {
  minimumPerCapacity: unknown;
  reasonId: string | null | undefined;
  advisoryMinimumPerCapacity: number;
  /** Input field names, so errors point at what the user sent. */
  fields: { minimum: string; reason: string };
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
}

/** The rule check of a step that sets a minimum (preliminary or final), against the case as it stands. */
export function minimumCheck(rules: CaseRules, minimumPerCapacity: unknown, reasonId: string | null, fields: MinimumProposal['fields']) {
  return (current: { advisoryMinimumPerCapacity: number }): void =>
    checkMinimum(rules, { minimumPerCapacity, reasonId, advisoryMinimumPerCapacity: current.advisoryMinimumPerCapacity, fields });
}
