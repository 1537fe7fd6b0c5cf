import type { LegalReference } from '../../contract/legal-reference.js';
import type { RuleSetRef } from '../../contract/rule-set.js';

export type DecisionOutcome = 'granted' | 'refused';
export type DecisionBasis =
  | 'within-ceiling'
  | 'refill'
  | 'non-bridged-island'
  | 'extraordinary-growth'
  | 'extraordinary-situation'
  | 'ceiling-reached'
  | 'provider-number-limit';

/** What a grant establishes: doctor capacities, or (the island exception, seed 000) extra provider numbers. */
export type GrantUnit = 'capacity' | 'provider-number';

/** A json-rules-engine condition tree (all/any/not with fact/operator/value leaves). */
export type ConditionTree = Record<string, unknown>;

/**
 * One rule of a `decisions` rule set. Base rules decide the ordinary case; exceptions override the
 * base rules they name (Catala-style). Two exceptions that both apply with different outcomes are an
 * error naming both, never a silent pick.
 */
export interface DecisionRule {
  /** Machine id (decidingRule, ruleId, overrides); never shown to citizens or clinics. */
  id: string;
  /** Danish name of the rule, used in every sentence a person reads, e.g. "Loftet er nået". */
  title: string;
  role: 'base' | 'exception';
  /** For exceptions: the ids of the base rules this exception overrides. */
  overrides?: string[];
  outcome: DecisionOutcome;
  basis: DecisionBasis;
  /** json-rules-engine conditions over the request facts; dates compare with the date operators. */
  conditions: ConditionTree;
  /** For temporary grants: the grant ends this long after the decision date. */
  temporary?: { months: number; reference: LegalReference };
  /**
   * What the grant establishes, where it is not capacities: seed 000 speaks of »ekstra ydernumre« on
   * non-bridged islands. Absent = capacities (every version before 2026.2).
   */
  unit?: GrantUnit;
  /** One Danish sentence saying why, may use {{fact}} placeholders. */
  explanation: string;
  reference: LegalReference;
}

export interface DecisionsContent {
  /** Named constants the conditions refer to as facts, e.g. the island deadline or growth threshold. */
  parameters: Record<string, { value: string | number | boolean; label: string; reference: LegalReference }>;
  rules: DecisionRule[];
}

/**
 * An extraordinary situation the region states (seed 000: »i ekstraordinære situationer (eksempelvis
 * ved høj befolkningstilvækst)«): high population growth is one kind among others; every kind needs
 * the situation described and the region's reasoning.
 */
export interface ExtraordinarySituation {
  /** `high-population-growth`, or another kind the region names (e.g. `closed-neighbouring-clinic`). */
  kind: string;
  description: string;
  regionReasoning: string;
  /** For high population growth: the projected growth in per cent. */
  projectedGrowthPct?: number;
}

/** The request of `decide` (issue 3; issue 14 added the optional fields). */
export interface CapacityRequest {
  date: string;
  council: string;
  request: 'new' | 'refill';
  /** May be fractional (a council holds 142,5). */
  existingCapacities: number;
  /** Capacities asked for (default 1); may be 0,5 or 2. */
  requestedCapacities?: number;
  /**
   * The council's ceiling. Where the capacity rule set has the order's number for the council and the
   * year of `date`, that number is the ceiling (and a different one here is an error); otherwise given.
   */
  ceiling?: number;
  clinic: { providerNumber: string; island?: string };
  regionFindsCoverageInsufficient: boolean;
  /** The form before issue 14 (decisions 2025.1): documented growth. */
  extraordinaryGrowth?: { documented: boolean; projectedGrowthPct: number };
  extraordinarySituation?: ExtraordinarySituation;
  /** The doctor who will own the provider number and the provider numbers they own now (L 212: at most three). */
  doctor?: { id: string; providerNumbers: string[] };
}

/** A request as validateRequest returns it: the ceiling filled in, council and island as the geography's ids. */
export type ValidatedRequest = CapacityRequest & { ceiling: number };

export interface ConditionTrace {
  fact: string;
  operator: string;
  /** The value compared against (a resolved parameter or literal). */
  value: unknown;
  factValue: unknown;
  result: boolean;
  /** The parameter the value came from (`param:<name>` in the rule), when it did. */
  parameter?: string;
  /** Danish: "Betingelse: … Faktisk: … Opfyldt."; always set by decide(). */
  sentence?: string;
}

/**
 * What a rule did in this decision: decided it; agreed with the deciding rule; was overridden by an
 * exception that applied; fired as an exception without any of its base rules firing (so had nothing
 * to override); or did not fire.
 */
export type RuleStatus = 'deciding' | 'agreeing' | 'overridden' | 'not-applicable' | 'not-fired';

export interface RuleTrace {
  ruleId: string;
  /** The rule's Danish title, for sentences and letters; always set by decide(). */
  title?: string;
  role: 'base' | 'exception';
  /** The rule's outcome and basis, and what it did in this decision; always set by decide(). */
  outcome?: DecisionOutcome;
  basis?: DecisionBasis;
  fired: boolean;
  status?: RuleStatus;
  conditions: ConditionTrace[];
  reference: LegalReference;
  /** Danish sentence. */
  explanation: string;
}

export interface Decision {
  outcome: DecisionOutcome;
  basis: DecisionBasis;
  /** What a grant establishes, where the deciding rule says (the island exception: provider numbers). */
  unit?: GrantUnit;
  /** The ceiling decided against, and whether it is the order's own number (with its reference). */
  ceiling?: { capacities: number; fixedByOrder: boolean; reference?: LegalReference };
  /** ISO date, inclusive, for temporary grants. */
  validUntil?: string;
  /** The rule that decided, and every rule evaluated. */
  decidingRule: string;
  trace: RuleTrace[];
  /** Danish sentences, deciding rule first. */
  explanation: string[];
  ruleSets: RuleSetRef[];
  asOf: string;
  /** Set when a rule set used is a draft: a trial of proposed rules, never a decision to record. */
  draft?: true;
}
