import { danishNumber } from '../../core/danish-value.js';
import { formatDate, isIsoDate } from '../../format/danish.js';
import type { DecisionFacts } from './facts.js';
import { FACTS } from './facts.js';
import { OPERATORS } from './condition-operators.js';
import type { DecisionsContent } from './types.js';

/** Coded values a fact takes, in the words a letter uses (a value not listed is quoted as written). */
const VALUE_WORDS: Record<string, Record<string, string>> = {
  request: { new: 'ny kapacitet', refill: 'genbesættelse' },
  extraordinarySituationKind: { 'high-population-growth': 'høj befolkningstilvækst' },
};

/** A fact or compared value in Danish: dates "1. januar 2027", numbers "1.600", booleans "ja"/"nej". */
export function danishValue(value: unknown, fact?: string): string {
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'number') return danishNumber(value);
  if (Array.isArray(value)) return value.map((v) => danishValue(v, fact)).join(', ');
  if (typeof value === 'string') {
    const word = fact ? VALUE_WORDS[fact]?.[value] : undefined;
    if (word) return word;
    if (isIsoDate(value)) return formatDate(value);
    return value === '' ? '(ingen)' : `»${value}«`;
  }
  return String(value);
}

/**
 * One condition as a Danish sentence is its statement and its finding, joined by a space:
 * "Betingelse: anmodningens dato er før 1. januar 2027 (parameter »Øundtagelsen gælder til (ikke
 * med)«). Faktisk: 31. december 2026. Opfyldt." A parameter is named by its Danish label: the
 * sentence goes verbatim into letters. The statement depends on the rule only, so it is built when
 * the rule set is compiled (rule-template.ts); the finding on each decision.
 */
export function conditionStatement(c: { fact: string; operator: string; value: unknown }, parameterLabel?: string): string {
  const fact = FACTS[c.fact];
  const op = OPERATORS[c.operator]?.label ?? c.operator;
  const param = parameterLabel ? ` (parameter »${parameterLabel}«)` : '';
  const condition =
    fact?.type === 'boolean' && c.operator === 'equal'
      ? c.value === true
        ? `${fact.label}${param}`
        : `det gælder ikke, at ${fact.label}${param}`
      : `${fact?.label ?? c.fact} ${op} ${danishValue(c.value, c.fact)}${param}`;
  return `Betingelse: ${condition}.`;
}

/** What the condition found in this decision: "Faktisk: 31. december 2026. Opfyldt." */
export function conditionFinding(fact: string, factValue: unknown, result: boolean): string {
  return `Faktisk: ${danishValue(factValue, fact)}. ${result ? 'Opfyldt' : 'Ikke opfyldt'}.`;
}

/** Rules named in a sentence by their Danish titles: "»Loftet er nået« og »Genbesættelse«". */
export function quoteTitles(rules: ReadonlyArray<{ title: string }>): string {
  const quoted = rules.map((r) => `»${r.title}«`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} og ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/**
 * A rule's explanation with its {{fact}} and {{param:name}} placeholders filled with Danish values.
 * Compiled once per rule-set version: the text between placeholders and the parameters' values are
 * fixed, only the facts are filled per decision. An unknown name stays as written (check.ts reports it).
 */
export function compileExplanation(template: string, parameters: DecisionsContent['parameters']): (facts: DecisionFacts) => string {
  // Even indexes: text between placeholders; odd indexes: the placeholder names (split's capture group).
  const parts = template.split(/\{\{\s*([\w:]+)\s*\}\}/);
  const wholes = [...template.matchAll(/\{\{\s*[\w:]+\s*\}\}/g)].map((m) => m[0]);
  const pieces = parts.map((part, i): string | ((facts: DecisionFacts) => string) => {
    if (i % 2 === 0) return part;
    const whole = wholes[(i - 1) / 2];
    if (part.startsWith('param:')) {
      const p = parameters[part.slice(6)];
      return p ? danishValue(p.value) : whole;
    }
    return (facts) => (part in facts ? danishValue(facts[part], part).replace(/^»(.*)«$/, '$1') : whole);
  });
  return (facts) => {
    let text = '';
    for (const piece of pieces) text += typeof piece === 'string' ? piece : piece(facts);
    return text;
  };
}
