import type { ContentIssue } from '../../contract/kind.js';
import { isIsoDate } from '../../format/danish.js';
import { FACTS, type FactType } from './facts.js';
import { OPERATORS } from './condition-operators.js';
import type { ConditionTree, DecisionsContent } from './types.js';

/** A condition's value "param:<name>" refers to a named parameter of the rule set. */
export const PARAM_PREFIX = 'param:';

export interface ConditionLeaf {
  fact: string;
  operator: string;
  value: unknown;
}

type Parameters = DecisionsContent['parameters'];

const BRANCHES = ['all', 'any', 'not'] as const;
const LEAF_KEYS = ['fact', 'operator', 'value'];

function isObject(node: unknown): node is Record<string, unknown> {
  return node !== null && typeof node === 'object' && !Array.isArray(node);
}

export function isLeaf(node: unknown): node is ConditionLeaf {
  return isObject(node) && 'fact' in node;
}

export function parameterName(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith(PARAM_PREFIX) ? value.slice(PARAM_PREFIX.length) : undefined;
}

function matchesType(value: unknown, type: FactType): boolean {
  return type === 'date' ? isIsoDate(value) : typeof value === type;
}

const TYPE_WORDS: Record<FactType, string> = { date: 'en dato (ÅÅÅÅ-MM-DD)', string: 'en tekst', number: 'et tal', boolean: 'sand eller falsk' };

function leafIssues(leaf: Record<string, unknown>, at: string, parameters: Parameters): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const key of Object.keys(leaf)) {
    if (!LEAF_KEYS.includes(key)) issues.push({ pointer: `${at}/${key}`, message: `Ukendt felt »${key}« i en betingelse; tilladt er »fact«, »operator« og »value«.` });
  }
  const fact = typeof leaf.fact === 'string' ? FACTS[leaf.fact] : undefined;
  if (!fact) {
    issues.push({ pointer: `${at}/fact`, message: `Ukendt faktum »${String(leaf.fact)}«. Kendte fakta: ${Object.keys(FACTS).join(', ')}.` });
  }
  const operator = typeof leaf.operator === 'string' ? OPERATORS[leaf.operator] : undefined;
  if (!operator) {
    issues.push({ pointer: `${at}/operator`, message: `Ukendt operator »${String(leaf.operator)}«. Kendte operatorer: ${Object.keys(OPERATORS).join(', ')}.` });
  }
  if (!('value' in leaf)) {
    issues.push({ pointer: `${at}/value`, message: 'Betingelsen mangler en værdi (»value«) at sammenligne med.' });
    return issues;
  }
  const name = parameterName(leaf.value);
  if (name !== undefined && !(name in parameters)) {
    issues.push({ pointer: `${at}/value`, message: `Parameteren »${name}« findes ikke under »parameters«.` });
    return issues;
  }
  if (!fact || !operator) return issues;
  const value = name === undefined ? leaf.value : parameters[name].value;
  const shown = name === undefined ? `»${JSON.stringify(value)}«` : `parameteren »${name}« (${JSON.stringify(value)})`;
  if (operator.operands === 'list') {
    if (!Array.isArray(value) || !value.every((v) => matchesType(v, fact.type))) {
      issues.push({ pointer: `${at}/value`, message: `Operatoren »${String(leaf.operator)}« kræver en liste, hvor hvert element er ${TYPE_WORDS[fact.type]}; fik ${shown}.` });
    }
  } else if (!operator.operands.includes(fact.type)) {
    issues.push({ pointer: `${at}/operator`, message: `Operatoren »${String(leaf.operator)}« kan ikke bruges om »${String(leaf.fact)}«, som er ${TYPE_WORDS[fact.type]}.` });
  } else if (!matchesType(value, fact.type)) {
    issues.push({ pointer: `${at}/value`, message: `»${String(leaf.fact)}« er ${TYPE_WORDS[fact.type]}, så værdien skal også være det; fik ${shown}.` });
  }
  return issues;
}

/**
 * Is the json-rules-engine condition tree well-formed: all/any/not nodes, leaves with known facts and
 * operators, values of the fact's type, `param:` values naming existing parameters.
 */
export function conditionIssues(node: unknown, at: string, parameters: Parameters, root = true): ContentIssue[] {
  if (!isObject(node)) return [{ pointer: at, message: 'En betingelse skal være et objekt med »all«, »any«, »not« eller »fact«.' }];
  const branches = BRANCHES.filter((b) => b in node);
  if (branches.length === 0 && isLeaf(node)) {
    return root ? [{ pointer: at, message: 'Reglens betingelser skal begynde med »all«, »any« eller »not«.' }] : leafIssues(node, at, parameters);
  }
  if (branches.length !== 1 || Object.keys(node).length !== 1) {
    return [{ pointer: at, message: 'En betingelse skal have præcis ét af felterne »all«, »any«, »not« – eller være en sammenligning med »fact«, »operator« og »value«.' }];
  }
  const branch = branches[0];
  if (branch === 'not') return conditionIssues(node.not, `${at}/not`, parameters, false);
  const children = node[branch];
  if (!Array.isArray(children) || children.length === 0) {
    return [{ pointer: `${at}/${branch}`, message: `»${branch}« skal være en liste med mindst én betingelse.` }];
  }
  return children.flatMap((child, i) => conditionIssues(child, `${at}/${branch}/${i}`, parameters, false));
}

/** The tree with every `param:<name>` value replaced by the parameter's value, for the engine. */
export function resolveParameters(node: ConditionTree, parameters: Parameters): ConditionTree {
  if (isLeaf(node)) {
    const name = parameterName(node.value);
    return name === undefined ? { ...node } : { ...node, value: parameters[name].value };
  }
  const out: ConditionTree = {};
  for (const [key, child] of Object.entries(node)) {
    out[key] = Array.isArray(child) ? child.map((c) => resolveParameters(c as ConditionTree, parameters)) : isObject(child) ? resolveParameters(child, parameters) : child;
  }
  return out;
}

/** The leaves of a rule's tree paired with the engine's evaluated copy (same shape), in order. */
export function pairLeaves(original: unknown, evaluated: unknown): Array<[ConditionLeaf, Record<string, unknown>]> {
  if (isLeaf(original)) return [[original, isObject(evaluated) ? evaluated : {}]];
  if (!isObject(original)) return [];
  const e = isObject(evaluated) ? evaluated : {};
  if ('not' in original) return pairLeaves(original.not, e.not);
  for (const branch of ['all', 'any'] as const) {
    const children = original[branch];
    if (Array.isArray(children)) {
      const results = Array.isArray(e[branch]) ? (e[branch] as unknown[]) : [];
      return children.flatMap((child, i) => pairLeaves(child, results[i]));
    }
  }
  return [];
}
