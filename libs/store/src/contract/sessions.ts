import type { TokenRecord } from './tokens.js';

/** A web workbench session (migration 0030): the token it was opened with and its CSRF token. */
export interface SessionRecord {
  token: TokenRecord;
  csrf: string;
  createdAt: string;
  expiresAt: string;
}
