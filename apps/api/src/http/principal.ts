import type { Actor, Role, TokenRecord } from '@fordeling/store';

/** The caller behind a bearer token. */
export interface Principal {
  /** The token's id (never the token itself). */
  id: string;
  role: Role;
  /** For role `region`: the region the token is bound to, as minted. */
  region: string | null;
  label: string;
}

export function principalOf(token: TokenRecord): Principal {
  return { id: token.id, role: token.role, region: token.region, label: token.label };
}

/** The store's audit actor for a principal. */
export function actorOf(principal: Principal): Actor {
  return { id: `token:${principal.id}`, role: principal.role, region: principal.region ?? undefined, label: principal.label };
}
