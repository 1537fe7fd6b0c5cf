import type { Actor, Role } from './change-context.js';

export interface CreateTokenInput {
  role: Role;
  /** Required for role `region`. */
  region?: string;
  label: string;
  /** Who creates it (audited); default a system actor. */
  actor?: Actor;
}

export interface TokenRecord {
  id: string;
  role: Role;
  region: string | null;
  label: string;
  createdAt: string;
  /** When the API last accepted it (to the minute: see touchToken), or null when never. */
  lastUsedAt: string | null;
  revokedAt: string | null;
}
