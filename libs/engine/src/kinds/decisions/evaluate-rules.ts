import { compileConditions, type ConditionsEvaluation, type Facts } from './compile-conditions.js';
import { pairLeaves } from './conditions.js';
import type { EnginePool } from './engine-pool.js';
import type { ConditionTree, DecisionRule } from './types.js';

/**
 * Which evaluator runs a decision's rules: the compiled closures (default; compile-conditions.ts) or
 * json-rules-engine 7 itself, the reference the compiled evaluator is tested against.
 */
export type EvaluatorName = 'compiled' | 'json-rules-engine';

/** Every rule of the rule set on one request's facts, in file order. */
export type RulesEvaluator = (facts: Facts) => ConditionsEvaluation[];

/** The compiled evaluator over the rules' trees (parameters resolved), in file order. */
export function compileEvaluator(trees: readonly ConditionTree[]): RulesEvaluator {
  const rules = trees.map(compileConditions);
  return (facts) => rules.map((evaluate) => evaluate(facts));
}

/**
 * The reference: one json-rules-engine run, read back into the same shape — fired when the rule is
 * among the results, and each leaf of the engine's evaluated copy of the conditions paired with the
 * rule's own leaves. An unevaluated leaf (never without condition priorities) shows the fact itself.
 */
export async function evaluateWithEngine(engines: EnginePool, rules: readonly DecisionRule[], facts: Facts): Promise<ConditionsEvaluation[]> {
  const { results, failureResults } = await engines.run({ ...facts });
  const fired = new Set(results.map((r) => r.name));
  const resultOf = new Map([...results, ...failureResults].map((r) => [r.name, r]));
  return rules.map((rule) => ({
    fired: fired.has(rule.id),
    leaves: pairLeaves(rule.conditions, resultOf.get(rule.id)?.conditions).map(([leaf, evaluated]) => ({
      factValue: 'factResult' in evaluated ? evaluated.factResult : facts[leaf.fact],
      result: evaluated.result === true,
    })),
  }));
}
