import type { CapacityRequest, CompactDecision, Decision, RuleSetRef } from '@fordeling/engine';
import type { ChangeContext } from './change-context.js';

export interface RecordDecisionInput extends ChangeContext {
  request: CapacityRequest;
  /**
   * The decision as the engine's compact record (compactDecision): result, rule-set versions with
   * hashes, and every rule's and condition's finding; the engine's expandDecision rebuilds the trace
   * and its sentences from it and the request.
   */
  decision: CompactDecision;
  /** The rule-set versions with their hashes the decision was made with; required for a decision. */
  ruleSets: RuleSetRef[];
  region: string;
  council: string;
}

export interface CapacityDecisionRecord {
  id: string;
  request: CapacityRequest;
  outcome: Decision['outcome'];
  basis: Decision['basis'];
  validUntil: string | null;
  decidingRule: string;
  /** The compact record as stored (see RecordDecisionInput.decision). */
  decision: CompactDecision;
  ruleSets: RuleSetRef[];
  region: string;
  council: string;
  actorId: string;
  createdAt: string;
}

export interface DecisionFilter {
  region?: string;
  council?: string;
  limit?: number;
}
