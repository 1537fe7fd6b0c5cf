import type { RequestHandler, Response } from 'express';
import type { Role } from '@fordeling/store';
import { problems } from './problem.js';
import { principalOf, type Principal } from './principal.js';
import type { TokenVerifier } from './token-verifier.js';

const ROLE_NAMES: Record<Role, string> = { ministry: 'ministeriet', region: 'en region', reader: 'læseadgang' };

/**
 * `Authorization: Bearer <token>` → `res.locals.principal`; 401 when missing, unknown or revoked.
 * A principal already set by the workbench's session cookie (http/session.ts) passes.
 */
export function authenticate(tokens: TokenVerifier): RequestHandler {
  return async (req, res, next) => {
    if (res.locals.principal) return next();
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw problems.unauthorized('Send en adgangsnøgle i headeren »Authorization: Bearer <nøgle>«.');
    const record = await tokens.find(match[1]);
    if (!record || record.revokedAt) throw problems.unauthorized('Adgangsnøglen er ukendt eller tilbagekaldt.');
    res.locals.principal = principalOf(record);
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
