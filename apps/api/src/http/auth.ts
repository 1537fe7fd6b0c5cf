import type { Request, RequestHandler, Response } from 'express';
import type { Role } from '@fordeling/store';
import { problems } from './problem.js';
import { principalOf, type Principal } from './principal.js';
import type { TokenVerifier } from './token-verifier.js';

const ROLE_NAMES: Record<Role, string> = { ministry: 'ministeriet', region: 'en region', reader: 'læseadgang' };

const bearerToken = (req: Request): string | undefined => /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];

/** The token's record when it is known and not revoked. */
async function validRecord(tokens: TokenVerifier, plain: string) {
  const record = await tokens.find(plain);
  return record && !record.revokedAt ? record : undefined;
}

/** The bearer token's principal; 401 when the header is missing or the token unknown or revoked. */
async function bearerPrincipal(tokens: TokenVerifier, req: Request): Promise<Principal> {
  const plain = bearerToken(req);
  if (!plain) throw problems.unauthorized('Send en adgangsnøgle i headeren »Authorization: Bearer <nøgle>«.');
  const record = await validRecord(tokens, plain);
  if (!record) throw problems.unauthorized('Adgangsnøglen er ukendt eller tilbagekaldt.');
  return principalOf(record);
}

/**
 * Is the caller known — a session (http/session.ts) or a valid bearer token? A valid token's
 * principal is kept in `res.locals`, so `authenticate` after the address's rate limit (which leaves
 * known callers alone) has nothing left to look up.
 */
export async function identifyCaller(tokens: TokenVerifier, req: Request, res: Response): Promise<boolean> {
  if (res.locals.principal) return true;
  const plain = bearerToken(req);
  const record = plain === undefined ? undefined : await validRecord(tokens, plain);
  if (record) res.locals.principal = principalOf(record);
  return record !== undefined;
}

/**
 * `Authorization: Bearer <token>` → `res.locals.principal`; 401 when missing, unknown or revoked.
 * Runs before the body is parsed (app.ts), so an unknown caller never costs a parse. A principal
 * already set by the workbench's session cookie (http/session.ts) passes.
 */
export function authenticate(tokens: TokenVerifier): RequestHandler {
  return async (req, res, next) => {
    if (res.locals.principal) return next();
    res.locals.principal = await bearerPrincipal(tokens, req);
    next();
  };
}

export function principal(res: Response): Principal {
  const p = res.locals.principal as Principal | undefined;
  if (!p) throw problems.unauthorized('Send en adgangsnøgle i headeren »Authorization: Bearer <nøgle>«.');
  return p;
}

/** 403 unless the caller has one of `roles`. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (_req, res, next) => {
    const p = principal(res);
    if (!roles.includes(p.role)) {
      throw problems.forbidden(`Handlingen kræver rollen ${roles.map((r) => ROLE_NAMES[r]).join(' eller ')}; adgangsnøglen har rollen ${ROLE_NAMES[p.role]}.`);
    }
    next();
  };
}
