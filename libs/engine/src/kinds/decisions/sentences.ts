import { danishNumber } from '../../core/danish-value.js';
import { formatDate, isIsoDate } from '../../format/danish.js';
import type { DecisionFacts } from './facts.js';
import { FACTS } from './facts.js';
import { OPERATORS } from './operators.js';
import type { DecisionsContent } from './types.js';

const REQUEST_WORDS: Record<string, string> = { new: 'ny kapacitet', refill: 'genbesættelse' };

/** A fact or compared value in Danish: dates "1. januar 2027", numbers "1.600", booleans "ja"/"nej". */
export function danishValue(value: unknown, fact?: string): string {
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'number') return danishNumber(value);
  if (Array.isArray(value)) return value.map((v) => danishValue(v, fact)).join(', ');
  if (typeof value === 'string') {
    if (fact === 'request' && REQUEST_WORDS[value]) return REQUEST_WORDS[value];
    if (isIsoDate(value)) return formatDate(value);
    return value === '' ? '(ingen)' : `»${value}«`;
  }
  return String(value);
}

/**
 * One condition as a Danish sentence: "Betingelse: anmodningens dato er før 1. januar 2027
 * (parameter »Øundtagelsen gælder til (ikke med)«). Faktisk: 31. december 2026. Opfyldt."
 * A parameter is named by its Danish label: the sentence goes verbatim into letters.
 */
export function conditionSentence(c: { fact: string; operator: string; value: unknown; factValue: unknown; result: boolean }, parameterLabel?: string): string {
  const fact = FACTS[c.fact];
  const op = OPERATORS[c.operator]?.label ?? c.operator;
  const param = parameterLabel ? ` (parameter »${parameterLabel}«)` : '';
  const condition =
    fact?.type === 'boolean' && c.operator === 'equal'
      ? c.value === true
        ? `${fact.label}${param}`
        : `det gælder ikke, at ${fact.label}${param}`
      : `${fact?.label ?? c.fact} ${op} ${danishValue(c.value, c.fact)}${param}`;
  return `Betingelse: ${condition}. Faktisk: ${danishValue(c.factValue, c.fact)}. ${c.result ? 'Opfyldt' : 'Ikke opfyldt'}.`;
}

/** Rules named in a sentence by their Danish titles: "»Loftet er nået« og »Genbesættelse«". */
export function quoteTitles(rules: ReadonlyArray<{ title: string }>): string {
  const quoted = rules.map((r) => `»${r.title}«`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} og ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** Fills {{fact}} and {{param:name}} placeholders of a rule's explanation with Danish values. */
export function fillExplanation(template: string, facts: DecisionFacts, parameters: DecisionsContent['parameters']): string {
  return template.replace(/\{\{\s*([\w:]+)\s*\}\}/g, (whole, name: string) => {
    if (name.startsWith('param:')) {
      const p = parameters[name.slice(6)];
      return p ? danishValue(p.value) : whole;
    }
    return name in facts ? danishValue(facts[name], name).replace(/^»(.*)«$/, '$1') : whole;
  });
}
