import type { CompactDecision, Decision, LoadedRuleSet, Problem, RuleBook, RuleChange, RuleLibrary, RuleSetRef, ValidatedRequest } from '@fordeling/engine';

/**
 * The engine operations the API calls besides the rule library itself; the default implementation
 * (engine-functions.ts) delegates to @fordeling/engine.
 */
export interface EngineFunctions {
  /** The request as the rules see it, or a RequestError naming every problem (the one check of a request). */
  validateRequest(body: unknown, book: RuleBook): ValidatedRequest;
  /** Decides a request validateRequest returned. */
  decide(request: ValidatedRequest, book: RuleBook): Promise<Decision>;
  /** The decision's record as the store keeps it (the trace's findings without the sentences). */
  compact(decision: Decision): CompactDecision;
  /** A stored decision in full, rebuilt under `book`, which holds exactly its rule-set versions `ruleSets`. */
  expand(request: unknown, stored: CompactDecision, ruleSets: readonly RuleSetRef[], book: RuleBook): Decision;
  diff(from: LoadedRuleSet, to: LoadedRuleSet): RuleChange[];
  /**
   * Validates one rule-set document given as JSON text, as a file of `library` (checks across files
   * included); problems and warnings name line, column and pointer.
   */
  validateDocument(text: string, library: Pick<RuleLibrary, 'source' | 'versions' | 'ruleSets'>): Promise<Problem[]>;
  /** "sha256:<hex>" of the canonical JSON of a value (request bodies in the audit log). */
  hash(value: unknown): string;
}
