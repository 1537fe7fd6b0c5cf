// Sessions of the web workbench (issue 16): the same principal as a bearer token, carried by an
// httpOnly, SameSite=Strict cookie instead of a header a page's script could read.
// - POST /session {token} (a form or JSON) checks the API token and opens a session (store,
//   migration 0030); GET /session answers who is signed in and the session's CSRF token;
//   DELETE /session signs out.
// - sessionAuthentication() runs before authenticate() on /v1: a request with no Authorization
//   header but a live session cookie gets the token's principal. Every changing request of a
//   session must echo the CSRF token in X-CSRF-Token and, when the browser names its Origin, come
//   from this server — SameSite=Strict already keeps other sites' requests cookie-less; the token
//   is the second lock the OWASP cheat sheet asks for.
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { HearingStore, SessionRecord } from '@fordeling/store';
import { problems } from './problem.js';
import { principalOf } from './principal.js';
import type { TokenVerifier } from './token-verifier.js';

export const SESSION_COOKIE = 'fordeling_session';
/** A working day: a session signed in in the morning lasts until the evening. */
export const SESSION_TTL_MS = 10 * 60 * 60 * 1000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The value of cookie `name` in the Cookie header (express has no parser of its own). */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * True unless the browser says the request comes from another site. Sec-Fetch-Site is what every
 * current browser sends (Origin is »null« on a form post under helmet's Referrer-Policy:
 * no-referrer); Origin is the fall-back; a client that sends neither is no browser.
 */
function sameOrigin(req: Request): boolean {
  const site = req.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = req.get('origin');
  if (!origin) return true;
  return origin === `${req.protocol}://${req.get('host')}`;
}

function setCookie(req: Request, res: Response, value: string, maxAgeMs: number): void {
  res.cookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', maxAge: maxAgeMs });
}

function sessionBody(record: SessionRecord) {
  return { principal: principalOf(record.token), csrf: record.csrf, expiresAt: record.expiresAt };
}

/** The session behind the request's cookie, or undefined. */
async function currentSession(store: HearingStore, req: Request): Promise<SessionRecord | undefined> {
  const id = readCookie(req, SESSION_COOKIE);
  return id ? store.findSession(id) : undefined;
}

/** On /v1 before authenticate(): a session cookie (and, for changes, its CSRF token) → principal. */
export function sessionAuthentication(store: HearingStore): RequestHandler {
  return async (req, res, next) => {
    if (req.get('authorization') || !readCookie(req, SESSION_COOKIE)) return next();
    const session = await currentSession(store, req);
    if (!session) throw problems.unauthorized('Sessionen er udløbet, eller adgangsnøglen er tilbagekaldt. Log ind igen.');
    if (!SAFE_METHODS.has(req.method)) {
      if (!sameOrigin(req)) throw problems.forbidden('Forespørgslen kommer fra et andet websted end arbejdsbordet.');
      if (req.get('x-csrf-token') !== session.csrf) throw problems.forbidden('Forespørgslen mangler sessionens CSRF-nøgle (headeren X-CSRF-Token). Genindlæs siden.');
    }
    res.locals.principal = principalOf(session.token);
    next();
  };
}

/** A local path to go back to after sign-in; anything else (another site, `//host`) becomes `/`. */
function localPath(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

/** POST/GET/DELETE /session. */
export function sessionRoutes(store: HearingStore, tokens: TokenVerifier): Router {
  const router = Router();
  // The form posts urlencoded, the workbench's script JSON; /session is outside /v1, whose parser
  // runs only after authentication (issue 15), so it parses its own small body.
  router.post('/session', express.urlencoded({ extended: false, limit: '4kb' }), express.json({ limit: '4kb' }), async (req, res) => {
    const body = (req.body ?? {}) as { token?: unknown; next?: unknown };
    const fromForm = req.is('application/x-www-form-urlencoded') === 'application/x-www-form-urlencoded';
    const next = localPath(body.next);
    const back = (reason: string) => res.redirect(303, `${next}${next.includes('?') ? '&' : '?'}fejl=${reason}`);
    if (!sameOrigin(req)) throw problems.forbidden('Log ind fra arbejdsbordets egen side.');
    const plain = typeof body.token === 'string' ? body.token.trim() : '';
    if (!plain) {
      if (fromForm) return back('tom');
      throw problems.unauthorized('Skriv adgangsnøglen i feltet »token«.');
    }
    const token = await tokens.find(plain);
    if (!token || token.revokedAt) {
      if (fromForm) return back('ukendt');
      throw problems.unauthorized('Adgangsnøglen er ukendt eller tilbagekaldt.');
    }
    const { session, record } = await store.createSession(token, SESSION_TTL_MS);
    setCookie(req, res, session, SESSION_TTL_MS);
    res.set('cache-control', 'no-store');
    if (fromForm) return res.redirect(303, next);
    res.status(201).json(sessionBody(record));
  });
  router.get('/session', async (req, res) => {
    const session = await currentSession(store, req);
    res.set('cache-control', 'no-store');
    if (!session) throw problems.unauthorized('Ingen aktiv session. Log ind med din adgangsnøgle.');
    res.json(sessionBody(session));
  });
  router.delete('/session', async (req, res) => {
    const id = readCookie(req, SESSION_COOKIE);
    if (id) {
      const session = await store.findSession(id);
      // Sign-out is a change too: only this session's own page may end it.
      if (session && (!sameOrigin(req) || req.get('x-csrf-token') !== session.csrf)) throw problems.forbidden('Forespørgslen mangler sessionens CSRF-nøgle (headeren X-CSRF-Token).');
      await store.deleteSession(id);
    }
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
    res.status(204).end();
  });
  return router;
}
