// What `fordeling serve` answers in the moment between listening and the app being ready. The port
// opens first because opening the store can take seconds — PGlite's first start on a new folder runs
// initdb, every start compiles PostgreSQL's WebAssembly, then the migrations and the rule library
// (docs/api.md, "Start-up") — and a load balancer, a supervisor or the person who just typed the
// command should hear at once that the server is there and starting, not find the port closed.
// Deliberately tiny (node:http only), so it is loaded and listening before anything heavy is imported.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Seconds a client is told to wait before asking again (Retry-After). */
const RETRY_AFTER = '1';

/**
 * GET /health: 503 `{ status: "starting" }` (the same shape as the app's /health, which answers
 * `ok`, `degraded` or `unavailable` once it is ready); every other request a Danish 503 problem.
 */
export function startingResponder(backend: string): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const health = (req.url ?? '').split('?')[0] === '/health';
    const body = health
      ? { status: 'starting', store: backend, message: 'Serveren starter: databasen åbnes, og regelsættene indlæses. Prøv igen om et øjeblik.' }
      : {
          // The API's problem page (PROBLEM_TYPES in apps/api/src/http/problem.ts) describes it once started.
          type: '/docs/problems#starting',
          title: 'Serveren starter',
          status: 503,
          detail: 'Serveren starter: databasen åbnes, og regelsættene indlæses. Prøv igen om et øjeblik.',
        };
    // The request body is not read; drain it so the connection can be reused.
    req.resume();
    res.writeHead(503, {
      'content-type': health ? 'application/json; charset=utf-8' : 'application/problem+json; charset=utf-8',
      'retry-after': RETRY_AFTER,
      'cache-control': 'no-store',
    });
    res.end(JSON.stringify(body));
  };
}
