import type { RuleResult } from 'json-rules-engine';
import type { RuleBook } from '../../contract/kind.js';
import { citeReference } from '../../contract/legal-reference.js';
import { formatDate } from '../../format/danish.js';
import type { GeographyLookup } from '../geography/compile.js';
import { addDays, addMonths } from '../shared/dates.js';
import type { DecisionsCompiled } from './compile.js';
import { pairLeaves, parameterName } from './conditions.js';
import { requestFacts, type DecisionFacts } from './facts.js';
import { resolveRules } from './resolve.js';
import { conditionSentence, fillExplanation, quoteTitles } from './sentences.js';
import type { ConditionTrace, Decision, DecisionRule, RuleStatus, RuleTrace } from './types.js';
import { validateRequest } from './validate-request.js';

function conditionTraces(rule: DecisionRule, result: RuleResult | undefined, facts: DecisionFacts, compiled: DecisionsCompiled): ConditionTrace[] {
  return pairLeaves(rule.conditions, result?.conditions).map(([leaf, evaluated]) => {
    const parameter = parameterName(leaf.value);
    const trace = {
      fact: leaf.fact,
      operator: leaf.operator,
      value: parameter === undefined ? leaf.value : compiled.parameters[parameter].value,
      // An unevaluated leaf (never with the shipped rules: no condition priorities) shows the fact itself.
      factValue: 'factResult' in evaluated ? evaluated.factResult : facts[leaf.fact],
      result: evaluated.result === true,
      ...(parameter === undefined ? {} : { parameter }),
    };
    return { ...trace, sentence: conditionSentence(trace, parameter === undefined ? undefined : compiled.parameters[parameter].label) };
  });
}

/** What the rule did, in Danish; rules are named by their titles (the ids are for machines). */
function ruleSentence(rule: DecisionRule, status: RuleStatus, conditions: ConditionTrace[], facts: DecisionFacts, compiled: DecisionsCompiled, byId: Map<string, RuleStatus>): string {
  const named = `Reglen »${rule.title}« (${citeReference(rule.reference)})`;
  switch (status) {
    case 'deciding':
    case 'agreeing':
      return `${fillExplanation(rule.explanation, facts, compiled.parameters).replace(/\.$/, '')} (${citeReference(rule.reference)}).`;
    case 'overridden': {
      const applied = (r: DecisionRule) => byId.get(r.id) === 'deciding' || byId.get(r.id) === 'agreeing';
      const by = compiled.rules.filter((r) => r.role === 'exception' && applied(r) && r.overrides?.includes(rule.id));
      return `${named} er opfyldt, men fraviges, fordi ${quoteTitles(by)} finder anvendelse.`;
    }
    case 'not-applicable': {
      const targets = compiled.rules.filter((r) => rule.overrides?.includes(r.id));
      return `${named} er opfyldt, men har ingen virkning, fordi ingen af de regler, den fraviger (${quoteTitles(targets)}), finder anvendelse.`;
    }
    case 'not-fired': {
      const failed = conditions.filter((c) => !c.result).map((c) => c.sentence);
      return `${named} finder ikke anvendelse.${failed.length ? ` ${failed.join(' ')}` : ''}`;
    }
  }
}

/** Last day of a temporary grant: the grant runs `months` whole months from the decision date, that day excluded. */
export function temporaryValidUntil(date: string, months: number): string {
  return addDays(addMonths(date, months), -1);
}

/**
 * Decides a request to establish or re-fill a capacity under the decisions and geography rule sets in
 * `book` (issue 3). Throws RequestError for an invalid request and DecisionConflictError when rules
 * that both apply disagree; otherwise every rule and every condition is in the trace.
 */
export async function decide(input: unknown, book: RuleBook): Promise<Decision> {
  const geography = book.compiled<GeographyLookup>('geography');
  const compiled = book.compiled<DecisionsCompiled>('decisions');
  const request = validateRequest(input, geography);
  const facts = requestFacts(request, geography);

  const { results, failureResults } = await compiled.engines.run({ ...facts });
  const resultOf = new Map([...results, ...failureResults].map((r) => [r.name, r]));
  const fired = new Set(results.map((r) => r.name));
  const { deciding, status } = resolveRules(compiled.rules, fired);

  const trace: RuleTrace[] = compiled.rules.map((rule) => {
    const conditions = conditionTraces(rule, resultOf.get(rule.id), facts, compiled);
    const ruleStatus = status.get(rule.id)!;
    return {
      ruleId: rule.id,
      title: rule.title,
      role: rule.role,
      outcome: rule.outcome,
      basis: rule.basis,
      fired: fired.has(rule.id),
      status: ruleStatus,
      conditions,
      reference: rule.reference,
      explanation: ruleSentence(rule, ruleStatus, conditions, facts, compiled, status),
    };
  });

  const validUntil = deciding.temporary ? temporaryValidUntil(request.date, deciding.temporary.months) : undefined;
  const ruleSets = book.refs();
  const explanation = [
    trace.find((t) => t.status === 'deciding')!.explanation,
    ...(deciding.temporary && validUntil
      ? [`Tilladelsen er midlertidig: den gælder i ${deciding.temporary.months} måneder, til og med ${formatDate(validUntil)} (${citeReference(deciding.temporary.reference)}).`]
      : []),
    ...trace.filter((t) => t.status === 'overridden' || t.status === 'agreeing').map((t) => (t.status === 'agreeing' ? `Også: ${t.explanation}` : t.explanation)),
    `Afgjort efter regelsættene ${ruleSets.map((r) => `${r.id} ${r.version}`).join(', ')} gældende ${formatDate(book.asOf)}.`,
  ];

  return {
    outcome: deciding.outcome,
    basis: deciding.basis,
    ...(validUntil ? { validUntil } : {}),
    decidingRule: deciding.id,
    trace,
    explanation,
    ruleSets,
    asOf: book.asOf,
  };
}
