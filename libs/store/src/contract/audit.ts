import type { RuleSetRef } from '@fordeling/engine';
import type { ChangeContext, Role } from './change-context.js';

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string;
  actorRole: Role;
  actorRegion: string | null;
  action: string;
  entity: string;
  entityId: string;
  ruleSets: RuleSetRef[];
  inputHash: string | null;
  details: Record<string, unknown>;
}

export interface AuditInput extends ChangeContext {
  action: string;
  entity: string;
  entityId: string;
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorId?: string;
  limit?: number;
}
