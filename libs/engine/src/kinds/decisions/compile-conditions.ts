import { isLeaf } from './conditions.js';
import { LEAF_OPERATORS } from './compiled-operators.js';
import type { ConditionTree } from './types.js';

/** What one leaf gave: the fact's value and the comparison's result. */
export interface LeafEvaluation {
  factValue: unknown;
  result: boolean;
}

/** One rule on one set of facts: did it fire, and every leaf in the order pairLeaves uses. */
export interface ConditionsEvaluation {
  fired: boolean;
  leaves: LeafEvaluation[];
}

export type Facts = Readonly<Record<string, unknown>>;

/** A compiled node: evaluates its subtree, appends its leaves' results, returns whether it holds. */
type CompiledNode = (facts: Facts, leaves: LeafEvaluation[]) => boolean;

function compileLeaf(leaf: { fact: string; operator: string; value: unknown }): CompiledNode {
  const { fact, value } = leaf;
  const operator = LEAF_OPERATORS[leaf.operator];
  // conditionIssues admits only these operators; json-rules-engine would reject the run the same way.
  if (!operator) throw new Error(`Unknown operator: ${leaf.operator}`);
  return (facts, leaves) => {
    const factValue = facts[fact];
    // allowUndefinedFacts: false — a missing fact is an error, never a silent false.
    if (factValue === undefined && !Object.hasOwn(facts, fact)) throw new Error(`Undefined fact: ${fact}`);
    const result = operator(factValue, value);
    leaves.push({ factValue, result });
    return result;
  };
}

/**
 * all/any as json-rules-engine 7 runs them without condition priorities (rule.js prioritizeAndRun):
 * every child in one priority set, ALL evaluated (no short-circuit — the trace shows each leaf), then
 * every/some over `=== true`; a single child is simply that child; an empty list passes.
 */
function compileBranch(children: ConditionTree[], holds: 'every' | 'some'): CompiledNode {
  const compiled = children.map(compileNode);
  if (compiled.length === 0) return () => true;
  if (compiled.length === 1) return compiled[0];
  return (facts, leaves) => {
    let every = true;
    let some = false;
    for (const child of compiled) {
      if (child(facts, leaves) === true) some = true;
      else every = false;
    }
    return holds === 'every' ? every : some;
  };
}

function children(node: ConditionTree, branch: 'all' | 'any'): ConditionTree[] {
  const list = node[branch];
  if (!Array.isArray(list)) throw new Error(`"${branch}" must be an array`);
  return list as ConditionTree[];
}

function compileNode(node: ConditionTree): CompiledNode {
  // Condition.booleanOperator's precedence: any, then all, then not; otherwise a leaf.
  if (Object.hasOwn(node, 'any')) return compileBranch(children(node, 'any'), 'some');
  if (Object.hasOwn(node, 'all')) return compileBranch(children(node, 'all'), 'every');
  if (Object.hasOwn(node, 'not')) {
    // `not` evaluates its one child and negates what it returned.
    const child = compileNode(node.not as ConditionTree);
    return (facts, leaves) => !child(facts, leaves);
  }
  if (isLeaf(node)) return compileLeaf(node);
  throw new Error(`Not a condition: ${JSON.stringify(node)}`);
}

/**
 * A rule's condition tree (parameters resolved, as conditionIssues admits it) as closures giving
 * what json-rules-engine 7 gives for it with allowUndefinedFacts: false — without its per-run deep
 * copy of the conditions and its fact cache. Built once per rule-set version (compileDecisions).
 */
export function compileConditions(tree: ConditionTree): (facts: Facts) => ConditionsEvaluation {
  const root = compileNode(tree);
  return (facts) => {
    const leaves: LeafEvaluation[] = [];
    const fired = root(facts, leaves) === true;
    return { fired, leaves };
  };
}
