import type { RuleSetRef } from '@fordeling/engine';

export type Role = 'ministry' | 'region' | 'reader';

/** Who performs a change; written to the audit log. */
export interface Actor {
  id: string;
  role: Role;
  /** The actor's region (required for role `region`). */
  region?: string;
  /** The person's name as their token carries it; the rule-set workflow names people by it (four eyes). */
  label?: string;
}

/** What every change carries besides its own data: who, when, and what produced it. */
export interface ChangeContext {
  actor: Actor;
  /** Rule-set versions (with content hashes) the caller used to produce/validate the change. */
  ruleSets?: RuleSetRef[];
  /** "sha256:<hex>" of the request body that caused the change. */
  inputHash?: string;
  /** ISO timestamp of the change; defaults to the database's now(). */
  at?: string;
}
