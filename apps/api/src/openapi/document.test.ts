// The OpenAPI document describes every route of the rules workflow (issue 13) with its roles and
// examples, and each request example passes the schema the route validates with.
import { describe, expect, it } from 'vitest';
import { validateAgainst } from '@fordeling/engine';
import { openApiDocument, operations } from './document.js';
import { examples } from './examples.js';

const workflow = [
  'GET /v1/rulesets/{id}/drafts',
  'POST /v1/rulesets/{id}/drafts',
  'PUT /v1/rulesets/{id}/drafts/{version}',
  'POST /v1/rulesets/{id}/drafts/{version}/submit',
  'POST /v1/rulesets/{id}/drafts/{version}/approve',
  'POST /v1/rulesets/{id}/drafts/{version}/reject',
  'POST /v1/rulesets/{id}/drafts/{version}/impact',
  'PUT /v1/runs/{id}/inputs',
  'GET /v1/runs/{id}/inputs',
  'POST /v1/decisions/capacity/preview',
  'GET /v1/rulesets/{id}/versions/{version}',
];

describe('the OpenAPI document of the rules workflow', () => {
  const paths = openApiDocument().paths as Record<string, Record<string, { requestBody?: { content: Record<string, { example?: unknown }> }; responses: Record<string, { content?: Record<string, { example?: unknown }> }> }>>;

  it.each(workflow)('%s is documented with its roles and examples', (route) => {
    const [method, path] = route.split(' ');
    const op = paths[path]?.[method.toLowerCase()];
    expect(op, route).toBeDefined();
    const body = op.requestBody?.content['application/json'];
    if (op.requestBody) expect(body?.example, `${route}: request example`).toBeDefined();
    const success = op.responses['200'] ?? op.responses['201'];
    expect(success.content?.['application/json'].example, `${route}: response example`).toBeDefined();
    expect(Object.keys(op.responses)).toContain('503');
  });

  it('every request example passes its schema', () => {
    // The text-bodied routes (validate, a draft's save) take a whole rule-set document, checked by the library, not a schema.
    for (const op of operations.filter((o) => o.body && !o.textBody)) {
      expect([op.path, validateAgainst(op.body!, examples[op.operationId].request)]).toEqual([op.path, []]);
    }
  });
});
