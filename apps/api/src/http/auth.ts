import type { Request, RequestHandler, Response } from 'express';
import type { Role } from '@fordeling/store';
import { problems } from './problem.js';
import { principalOf, type Principal } from './principal.js';
import type { TokenVerifier } from './token-verifier.js';

const ROLE_NAMES: Record<Role, string> = { ministry: 'ministeriet', region: 'en region', reader: 'læseadgang' };

/** The bearer token's principal; 401 when the header is missing or the token unknown or revoked. */
async function bearerPrincipal(tokens: TokenVerifier, req: Request): Promise<Principal> {
  const header = req.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw problems.unauthorized('Send en adgangsnøgle i headeren »Authorization: Bearer <nøgle>«.');
  const record = await tokens.find(match[1]);
  if (!record || record.revokedAt) throw problems.unauthorized('Adgangsnøglen er ukendt eller tilbagekaldt.');
  return principalOf(record);
}

/** Does the request carry a valid token? (The address's rate limit leaves such requests alone.) */
export async function hasValidToken(tokens: TokenVerifier, req: Request): Promise<boolean> {
  return bearerPrincipal(tokens, req).then(
    () => true,
    () => false,
  );
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
