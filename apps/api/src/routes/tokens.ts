import { Router, type RequestHandler } from 'express';
import type { AppContext } from '../app-context.js';
import { authenticate, principal, requireRole } from '../http/auth.js';
import { sendCreated } from '../http/created.js';
import { actorOf } from '../http/principal.js';
import type { TokenVerifier } from '../http/token-verifier.js';
import { mintToken } from '../tokens/create-token.js';
import { withLocalAdmin } from '../tokens/local-admin.js';

/**
 * /v1/tokens — the ministry lists, creates and revokes access tokens (issue 15); every change is
 * audited with who made it. The server's local secret (tokens/local-admin.ts) is accepted here and
 * nowhere else. A revoked token is forgotten by the lookup cache before the answer is sent.
 * `afterAuthentication` is what every /v1 route runs once the caller is known (the token's rate
 * limit, the body parser, the body guard): the body is read only after authentication (issue 15).
 */
export function tokenRoutes(ctx: AppContext, tokens: TokenVerifier, localAdminSecret: string | undefined, afterAuthentication: RequestHandler[]): Router {
  const router = Router();
  router.use(authenticate(withLocalAdmin(tokens, localAdminSecret)), ...afterAuthentication, requireRole('ministry'));

  router.get('/', async (_req, res) => {
    res.json({ tokens: await ctx.store.listTokens() });
  });

  // The library first: while the rules are unavailable that is the 503 (bookAt would call it a bad date).
  router.post('/', async (req, res) => {
    const { token, record } = await mintToken(ctx.store, () => ctx.rules.library && ctx.rules.bookAt(), req.body, actorOf(principal(res)));
    sendCreated(res, `/v1/tokens/${record.id}`, { ...record, token });
  });

  router.post('/:id/revoke', async (req, res) => {
    // 404 (the store's NotFoundError) for an unknown or already revoked token.
    const record = await ctx.store.revokeToken(req.params.id, actorOf(principal(res)));
    tokens.forget?.(record.id);
    res.json(record);
  });

  return router;
}
