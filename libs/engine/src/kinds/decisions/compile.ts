import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { resolveParameters } from './conditions.js';
import { EnginePool } from './engine-pool.js';
import { addDateOperators } from './operators.js';
import type { DecisionRule, DecisionsContent } from './types.js';

export interface DecisionsCompiled {
  parameters: DecisionsContent['parameters'];
  /** In file order — the order that picks the deciding rule among agreeing exceptions. */
  rules: readonly DecisionRule[];
  /** The rules as json-rules-engine rules, parameters resolved. */
  engineRules: readonly RuleProperties[];
  /**
   * json-rules-engine 7 engines with every rule and the date operators, built when this rule-set
   * version is compiled (the library caches that) and reused by every decision; never two runs on one
   * engine at a time (engine-pool.ts says why). Undefined facts are errors, never silently false.
   */
  engines: EnginePool;
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
    engines: new EnginePool(() => {
      const engine = new Engine(structuredClone(engineRules), { allowUndefinedFacts: false });
      addDateOperators(engine);
      return engine;
    }),
  };
}
