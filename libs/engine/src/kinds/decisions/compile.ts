import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { kindHandle } from '../../contract/kind-handle.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { resolveParameters } from './conditions.js';
import { EnginePool } from './engine-pool.js';
import { compileEvaluator, type RulesEvaluator } from './evaluate-rules.js';
import { addDateOperators } from './condition-operators.js';
import { ruleTemplate, type RuleTemplate } from './rule-template.js';
import type { DecisionRule, DecisionsContent } from './types.js';

export interface DecisionsCompiled {
  /** In file order — the order that picks the deciding rule among agreeing exceptions. */
  rules: readonly DecisionRule[];
  /**
   * json-rules-engine 7 engines with every rule and the date operators, built when this rule-set
   * version is compiled (the library caches that) and reused by every decision that asks for the
   * reference evaluator; never two runs on one engine at a time (engine-pool.ts says why). Undefined
   * facts are errors, never silently false.
   */
  engines: EnginePool;
  /**
   * The same rules compiled to closures (compile-conditions.ts): what `decide` uses by default, equal
   * to the engines' results (compiled-evaluator.test.ts, equal-evaluators.test.ts, the rule tests).
   */
  evaluate: RulesEvaluator;
  /** Each rule's trace and sentence parts that no request changes, in file order. */
  templates: readonly RuleTemplate[];
}

export function compileDecisions(doc: RuleSetDocument<DecisionsContent>): DecisionsCompiled {
  const { parameters, rules } = doc.content;
  // The rules as json-rules-engine rules, parameters resolved: the engines' rules and the compiled evaluator's conditions.
  const engineRules: RuleProperties[] = rules.map((rule) => ({
    name: rule.id,
    conditions: resolveParameters(rule.conditions, parameters) as unknown as TopLevelCondition,
    event: { type: rule.outcome, params: { ruleId: rule.id, basis: rule.basis } },
  }));
  return {
    rules,
    engines: new EnginePool(() => {
      const engine = new Engine(structuredClone(engineRules), { allowUndefinedFacts: false });
      addDateOperators(engine);
      return engine;
    }),
    evaluate: compileEvaluator(engineRules.map((r) => structuredClone(r.conditions) as unknown as Record<string, unknown>)),
    templates: rules.map((rule) => ruleTemplate(rule, rules, parameters)),
  };
}

/** The `decisions` rule set in force in a book: `decisionsRules.of(book)` is its DecisionsCompiled. */
export const decisionsRules = kindHandle<DecisionsContent, DecisionsCompiled>('decisions');
