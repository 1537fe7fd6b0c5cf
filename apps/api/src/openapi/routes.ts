import { Router } from 'express';
import helmet from 'helmet';
import swaggerUi from 'swagger-ui-express';
import { PROBLEM_PAGE } from '../http/problem.js';
import { openApiDocument } from './document.js';
import { problemPage } from './problem-page.js';

/**
 * GET /openapi.json, the problem types' page (every problem's `type` names an anchor on it) and the
 * Swagger UI at /docs (which needs inline styles and scripts of its own).
 */
export function openApiRoutes(): Router {
  const router = Router();
  const document = openApiDocument();
  const problems = problemPage();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get(PROBLEM_PAGE, (_req, res) => {
    res.type('html').send(problems);
  });
  router.use(
    '/docs',
    helmet({
      contentSecurityPolicy: {
        directives: { 'upgrade-insecure-requests': null, 'script-src': ["'self'", "'unsafe-inline'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
    }),
    swaggerUi.serve,
    swaggerUi.setup(document, { customSiteTitle: 'Fordeling API' }),
  );
  return router;
}
