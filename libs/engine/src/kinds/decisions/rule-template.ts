import { citeReference } from '../../contract/legal-reference.js';
import { pairLeaves, parameterName } from './conditions.js';
import type { DecisionFacts } from './facts.js';
import { compileExplanation, conditionStatement, quoteTitles } from './sentences.js';
import type { DecisionRule, DecisionsContent } from './types.js';

/** A condition's part of the trace that no request changes. */
export interface LeafTemplate {
  fact: string;
  operator: string;
  /** The compared value: the resolved parameter or the literal. */
  value: unknown;
  parameter?: string;
  /** "Betingelse: … ." (conditionStatement). */
  statement: string;
}

/**
 * A rule's part of the trace and of its sentences that depends on the rule set only — built once per
 * rule-set version (compileDecisions) instead of on every decision.
 */
export interface RuleTemplate {
  rule: DecisionRule;
  /** In the order of pairLeaves, which is the order of both evaluators' leaf results. */
  leaves: LeafTemplate[];
  /** "Reglen »<title>« (<reference>)". */
  named: string;
  /** The rule's reference, cited. */
  cited: string;
  /** The rule's explanation with this decision's facts filled in (compileExplanation). */
  explain: (facts: DecisionFacts) => string;
  /** The sentence when the rule fired as an exception with none of its base rules firing. */
  notApplicable: string;
}

function leafTemplate(leaf: { fact: string; operator: string; value: unknown }, parameters: DecisionsContent['parameters']): LeafTemplate {
  const parameter = parameterName(leaf.value);
  if (parameter === undefined) return { fact: leaf.fact, operator: leaf.operator, value: leaf.value, statement: conditionStatement(leaf) };
  const { value, label } = parameters[parameter];
  return { fact: leaf.fact, operator: leaf.operator, value, parameter, statement: conditionStatement({ ...leaf, value }, label) };
}

export function ruleTemplate(rule: DecisionRule, rules: readonly DecisionRule[], parameters: DecisionsContent['parameters']): RuleTemplate {
  const cited = citeReference(rule.reference);
  const named = `Reglen »${rule.title}« (${cited})`;
  const targets = rules.filter((r) => rule.overrides?.includes(r.id));
  return {
    rule,
    leaves: pairLeaves(rule.conditions, undefined).map(([leaf]) => leafTemplate(leaf, parameters)),
    named,
    cited,
    explain: compileExplanation(rule.explanation, parameters),
    notApplicable: `${named} er opfyldt, men har ingen virkning, fordi ingen af de regler, den fraviger (${quoteTitles(targets)}), finder anvendelse.`,
  };
}
