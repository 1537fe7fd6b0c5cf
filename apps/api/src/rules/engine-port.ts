import type { Decision, LoadedRuleSet, Problem, RuleBook, RuleChange } from '@fordeling/engine';

/**
 * The engine operations the API calls besides the rule library itself; the default implementation
 * (engine-functions.ts) delegates to @fordeling/engine.
 */
export interface EngineFunctions {
  decide(request: unknown, book: RuleBook): Promise<Decision>;
  diff(from: LoadedRuleSet, to: LoadedRuleSet): RuleChange[];
  /** Validates one rule-set document given as JSON text; problems name line, column and pointer. */
  validateDocument(text: string): Promise<Problem[]>;
  /** "sha256:<hex>" of the canonical JSON of a value (request bodies in the audit log). */
  hash(value: unknown): string;
}
