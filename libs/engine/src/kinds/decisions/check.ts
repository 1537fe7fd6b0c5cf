import type { ContentIssue } from '../../contract/kind.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { canonicalJson } from '../../core/canonical-hash.js';
import { duplicateIssues } from '../shared/duplicates.js';
import { conditionIssues } from './conditions.js';
import { FACTS } from './facts.js';
import type { DecisionRule, DecisionsContent } from './types.js';

/** Who overrides what: only exceptions override, only base rules are overridden, and they exist. */
function overrideIssues(rule: DecisionRule, i: number, byId: Map<string, DecisionRule>): ContentIssue[] {
  const at = `/content/rules/${i}`;
  if (rule.role === 'base') {
    return rule.overrides?.length ? [{ pointer: `${at}/overrides`, message: `Grundreglen »${rule.id}« kan ikke fravige andre regler; kun undtagelser (role »exception«) kan.` }] : [];
  }
  if (!rule.overrides?.length) {
    return [{ pointer: `${at}/overrides`, message: `Undtagelsen »${rule.id}« skal angive, hvilke grundregler den fraviger (»overrides«).` }];
  }
  return rule.overrides.flatMap((target, j): ContentIssue[] => {
    const other = byId.get(target);
    if (!other) return [{ pointer: `${at}/overrides/${j}`, message: `Undtagelsen »${rule.id}« fraviger reglen »${target}«, som ikke findes.` }];
    if (other.role !== 'base') return [{ pointer: `${at}/overrides/${j}`, message: `Undtagelsen »${rule.id}« fraviger »${target}«, som selv er en undtagelse; en undtagelse kan kun fravige grundregler.` }];
    return [];
  });
}

/**
 * Two exceptions to the same base rule with the same conditions but different outcomes would always
 * fire together and disagree: a static conflict, reported on the later one naming both.
 */
function staticConflicts(rules: DecisionRule[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  rules.forEach((b, j) => {
    if (b.role !== 'exception') return;
    const first = rules.slice(0, j).find(
      (a) => a.role === 'exception' && a.outcome !== b.outcome && a.overrides?.some((t) => b.overrides?.includes(t)) && canonicalJson(a.conditions) === canonicalJson(b.conditions),
    );
    if (first) {
      issues.push({
        pointer: `/content/rules/${j}`,
        message: `Undtagelserne »${first.id}« og »${b.id}« fraviger samme grundregel under de samme betingelser, men med forskelligt udfald. Ret betingelserne eller udfaldet, så reglerne ikke strider mod hinanden.`,
      });
    }
  });
  return issues;
}

/** {{name}} placeholders in an explanation must name a fact or a parameter. */
function placeholderIssues(rule: DecisionRule, i: number, parameters: DecisionsContent['parameters']): ContentIssue[] {
  const names = [...rule.explanation.matchAll(/\{\{\s*([\w:]+)\s*\}\}/g)].map((m) => m[1]);
  return names
    .filter((n) => !(n in FACTS) && !(n.startsWith('param:') && n.slice(6) in parameters))
    .map((n) => ({ pointer: `/content/rules/${i}/explanation`, message: `Pladsholderen {{${n}}} er hverken et kendt faktum eller »param:« og en parameter.` }));
}

export function checkDecisions(doc: RuleSetDocument<DecisionsContent>): ContentIssue[] {
  const { rules, parameters } = doc.content;
  const byId = new Map(rules.map((r) => [r.id, r]));
  const issues = duplicateIssues(rules, '/content/rules', 'id', (r) => r.id, (r) => `Reglen »${r.id}«`);
  // Sentences and letters name rules by title, so two rules with one title could not be told apart.
  issues.push(...duplicateIssues(rules, '/content/rules', 'title', (r) => r.title.toLowerCase(), (r) => `Titlen »${r.title}«`));
  rules.forEach((rule, i) => {
    issues.push(...overrideIssues(rule, i, byId));
    issues.push(...conditionIssues(rule.conditions, `/content/rules/${i}/conditions`, parameters));
    issues.push(...placeholderIssues(rule, i, parameters));
    if (rule.temporary && rule.outcome !== 'granted') {
      issues.push({ pointer: `/content/rules/${i}/temporary`, message: `Kun en bevilling kan være midlertidig; reglen »${rule.id}« giver afslag.` });
    }
    if (rule.unit && rule.outcome !== 'granted') {
      issues.push({ pointer: `/content/rules/${i}/unit`, message: `Kun en bevilling udmønter noget; reglen »${rule.id}« giver afslag og kan ikke have »unit«.` });
    }
  });
  issues.push(...staticConflicts(rules));
  return issues;
}
