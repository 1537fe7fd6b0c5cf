import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { resolveParameters } from './conditions.js';
import { addDateOperators } from './operators.js';
import type { DecisionRule, DecisionsContent } from './types.js';

export interface DecisionsCompiled {
  parameters: DecisionsContent['parameters'];
  /** In file order — the order that picks the deciding rule among agreeing exceptions. */
  rules: readonly DecisionRule[];
  /** The rules as json-rules-engine rules, parameters resolved. */
  engineRules: readonly RuleProperties[];
  /**
   * A fresh json-rules-engine 7 with every rule and the date operators. One per decision: an engine
   * keeps its run status on itself, so concurrent runs on one engine could skip each other's rules.
   * Undefined facts are errors, never silently false.
   */
  createEngine(): Engine;
}

export function compileDecisions(doc: RuleSetDocument<DecisionsContent>): DecisionsCompiled {
  const { parameters, rules } = doc.content;
  const engineRules: RuleProperties[] = rules.map((rule) => ({
    name: rule.id,
    conditions: resolveParameters(rule.conditions, parameters) as unknown as TopLevelCondition,
    event: { type: rule.outcome, params: { ruleId: rule.id, basis: rule.basis } },
  }));
  return {
    parameters,
    rules,
    engineRules,
    createEngine() {
      const engine = new Engine(structuredClone(engineRules), { allowUndefinedFacts: false });
      addDateOperators(engine);
      return engine;
    },
  };
}
