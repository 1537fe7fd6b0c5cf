import type { ContentIssue } from '../../contract/kind.js';
import type { LegalReference } from '../../contract/legal-reference.js';
import { citeReference } from '../../contract/legal-reference.js';
import { RuleTestDisagreement } from '../../core/rule-test-disagreement.js';
import type { DecisionOutcome } from './types.js';

/** An invalid request: every problem with its JSON pointer and a Danish message. Never a refusal. */
export class RequestError extends Error {
  constructor(readonly problems: ContentIssue[]) {
    super(`Anmodningen er ugyldig: ${problems.map((p) => `${p.pointer || '/'} ${p.message}`).join(' ')}`);
    this.name = 'RequestError';
  }
}

export interface ConflictingRule {
  id: string;
  /** Danish title; the message names the rules by it. */
  title: string;
  outcome: DecisionOutcome;
  reference: LegalReference;
}

const OUTCOME_WORDS: Record<DecisionOutcome, string> = { granted: 'bevilling', refused: 'afslag' };

/**
 * Two rules that both apply lead to different outcomes: the rule set is contradictory for this case.
 * The engine never picks one silently; legal staff must correct the rule set.
 */
export class DecisionConflictError extends Error {
  constructor(readonly rules: [ConflictingRule, ConflictingRule]) {
    const [a, b] = rules;
    super(
      `Reglerne »${a.title}« (${citeReference(a.reference)}) og »${b.title}« (${citeReference(b.reference)}) finder begge anvendelse, ` +
        `men fører til forskellige afgørelser (${OUTCOME_WORDS[a.outcome]} og ${OUTCOME_WORDS[b.outcome]}). Regelsættet skal rettes.`,
    );
    this.name = 'DecisionConflictError';
  }
}

/** No rule applies to a valid request: a gap in the rule set. */
export class DecisionGapError extends Error {
  constructor() {
    super('Ingen regel i regelsættet finder anvendelse på anmodningen. Regelsættet skal udfyldes.');
    this.name = 'DecisionGapError';
  }
}

/**
 * The compiled evaluator and json-rules-engine, the reference, decided one request differently: a bug
 * in the compiled evaluator (compile-conditions.ts), never a property of the request. A rule test
 * case fails on it whatever it expects.
 */
export class EvaluatorMismatchError extends RuleTestDisagreement {
  constructor(readonly difference: string) {
    super(`Den kompilerede evaluator og json-rules-engine (referencen) giver forskellige resultater: ${difference}. Den kompilerede evaluator skal rettes.`);
    this.name = 'EvaluatorMismatchError';
  }
}

/**
 * A stored decision cannot be rebuilt as it was made: other rule-set versions, or rules that now
 * find differently. Never answered with a trace that was not the decision's own.
 */
export class DecisionReplayError extends Error {
  constructor(readonly reason: string) {
    super(`Den gemte afgørelse kan ikke genskabes: ${reason}.`);
    this.name = 'DecisionReplayError';
  }
}
