import type { RuleBook } from '../../contract/kind.js';
import { citeReference } from '../../contract/legal-reference.js';
import { draftNotice } from '../../core/version-selection.js';
import { formatDate } from '../../format/danish.js';
import { addDays, addMonths } from '../shared/dates.js';
import type { ConditionsEvaluation } from './compile-conditions.js';
import { decisionsRules, type DecisionsCompiled } from './compile.js';
import type { DecisionFacts } from './facts.js';
import { resolveRules } from './resolve.js';
import type { RuleTemplate } from './rule-template.js';
import { conditionFinding, quoteTitles } from './sentences.js';
import type { ConditionTrace, Decision, DecisionRule, RuleStatus, RuleTrace, ValidatedRequest } from './types.js';
import { capacityOf } from './request-rules.js';

/** The rule's conditions in the trace: the compiled statement, this decision's finding. */
function conditionTraces(template: RuleTemplate, evaluation: ConditionsEvaluation): ConditionTrace[] {
  return template.leaves.map((leaf, i): ConditionTrace => {
    const { factValue, result } = evaluation.leaves[i];
    const sentence = `${leaf.statement} ${conditionFinding(leaf.fact, factValue, result)}`;
    // Key order as before the compiled templates: the JSON of a decision is byte-identical.
    return leaf.parameter === undefined
      ? { fact: leaf.fact, operator: leaf.operator, value: leaf.value, factValue, result, sentence }
      : { fact: leaf.fact, operator: leaf.operator, value: leaf.value, factValue, result, parameter: leaf.parameter, sentence };
  });
}

/** What the rule did, in Danish; rules are named by their titles (the ids are for machines). */
function ruleSentence(template: RuleTemplate, status: RuleStatus, conditions: ConditionTrace[], facts: DecisionFacts, compiled: DecisionsCompiled, byId: Map<string, RuleStatus>): string {
  const { rule, named } = template;
  switch (status) {
    case 'deciding':
    case 'agreeing':
      return `${template.explain(facts).replace(/\.$/, '')} (${template.cited}).`;
    case 'overridden': {
      const applied = (r: DecisionRule) => byId.get(r.id) === 'deciding' || byId.get(r.id) === 'agreeing';
      const by = compiled.rules.filter((r) => r.role === 'exception' && applied(r) && r.overrides?.includes(rule.id));
      return `${named} er opfyldt, men fraviges, fordi ${quoteTitles(by)} finder anvendelse.`;
    }
    case 'not-applicable':
      return template.notApplicable;
    case 'not-fired': {
      const failed = conditions.filter((c) => !c.result).map((c) => c.sentence);
      return `${named} finder ikke anvendelse.${failed.length ? ` ${failed.join(' ')}` : ''}`;
    }
  }
}

/** The kinds a decision reads: its rules, the ceiling's table and the geography of councils and islands. */
const DECIDING_KINDS = ['decisions', 'capacity', 'geography'];

/**
 * Which rules decided, named by their Danish titles (sentences go into letters; ids like »capacity
 * 2025.1« never do): »Afgjort efter »Afgørelser om …« (version 2026.2), … , som de gjaldt 31. december
 * 2026.« Every rule set with its hash is in the decision's `ruleSets`.
 */
function provenance(book: RuleBook, draft: boolean): string {
  const used = DECIDING_KINDS.flatMap((kind) => book.ruleSets.filter((r) => r.document.kind === kind));
  const named = used.map((r) => `»${r.document.title}« (version ${r.ref.version}${r.ref.draft ? ', udkast' : ''})`);
  const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} og ${named.at(-1)}` : named.join('');
  return draft ? `Prøvet efter ${list} pr. ${formatDate(book.asOf)}.` : `Afgjort efter ${list}, som de gjaldt ${formatDate(book.asOf)}.`;
}

/** Last day of a temporary grant: the grant runs `months` whole months from the decision date, that day excluded. */
export function temporaryValidUntil(date: string, months: number): string {
  return addDays(addMonths(date, months), -1);
}

/**
 * The decision, its trace and its Danish sentences from what the rules found: which rules fired and
 * every condition's result on the request's facts. `decide` builds it from a fresh evaluation; a
 * stored decision is rebuilt from its record (compact-decision.ts), so both read the same.
 */
export function buildDecision(request: ValidatedRequest, facts: DecisionFacts, evaluations: readonly ConditionsEvaluation[], book: RuleBook): Decision {
  const compiled = decisionsRules.of(book);
  const fired = new Set(compiled.rules.filter((_, i) => evaluations[i].fired).map((r) => r.id));
  const { deciding, status } = resolveRules(compiled.rules, fired);

  const trace: RuleTrace[] = compiled.templates.map((template, i) => {
    const { rule } = template;
    const conditions = conditionTraces(template, evaluations[i]);
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
      explanation: ruleSentence(template, ruleStatus, conditions, facts, compiled, status),
    };
  });

  const validUntil = deciding.temporary ? temporaryValidUntil(request.date, deciding.temporary.months) : undefined;
  const ruleSets = book.refs();
  // A decision under a draft is a trial, never the rules in force: its first sentence says so.
  const notice = draftNotice(ruleSets);
  const explanation = [
    ...(notice ? [`${notice}.`] : []),
    trace.find((t) => t.status === 'deciding')!.explanation,
    ...(deciding.temporary && validUntil
      ? [`Tilladelsen er midlertidig: den gælder i ${deciding.temporary.months} måneder, til og med ${formatDate(validUntil)} (${citeReference(deciding.temporary.reference)}).`]
      : []),
    ...trace.filter((t) => t.status === 'overridden' || t.status === 'agreeing').map((t) => (t.status === 'agreeing' ? `Også: ${t.explanation}` : t.explanation)),
    provenance(book, notice !== undefined),
  ];

  const fixed = capacityOf(book)?.fixedCeiling(request.council, Number(request.date.slice(0, 4)));
  const fixedByOrder = fixed !== undefined && fixed.capacities === request.ceiling;
  return {
    outcome: deciding.outcome,
    basis: deciding.basis,
    ...(deciding.unit ? { unit: deciding.unit } : {}),
    ceiling: { capacities: request.ceiling, fixedByOrder, ...(fixedByOrder ? { reference: fixed.reference } : {}) },
    ...(validUntil ? { validUntil } : {}),
    decidingRule: deciding.id,
    trace,
    explanation,
    ruleSets,
    asOf: book.asOf,
    ...(notice ? { draft: true as const } : {}),
  };
}
