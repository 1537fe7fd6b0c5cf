// The OpenAPI document a client generator can use (issue 15): an operationId and a tag on every
// route, typed success responses, an example request and response for every route that each pass
// their schema, and problem `type` URIs that resolve to the API's own documentation. Redocly CLI's
// lint (zero errors, zero warnings) is tools/openapi/lint.test.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { PROBLEM_TYPES } from '../http/problem.js';
import { backends, useTestApi } from '../testing/test-app.js';
import { documentedOperations } from '../testing/openapi-conformance.js';
import { openApiDocument } from './document.js';

type Json = Record<string, unknown>;
interface Op {
  operationId?: string;
  tags?: string[];
  requestBody?: { content: Record<string, { schema: Json; example?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: Json; example?: unknown }> }>;
}

const document = openApiDocument() as { paths: Record<string, Record<string, Op>>; tags?: Array<{ name: string; description?: string }>; components: { schemas: Record<string, Json> } };
const operations = Object.entries(document.paths).flatMap(([p, methods]) => Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${p}`, op })));
const apiDir = fileURLToPath(new URL('../../', import.meta.url));

describe('what a client generator needs from every operation', () => {
  it.each(operations)('$name has an operationId and one declared, described tag', ({ op }) => {
    expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
    expect(op.tags).toHaveLength(1);
    const tag = document.tags?.find((t) => t.name === op.tags![0]);
    expect(tag?.description).toBeTruthy();
  });

  it.each(operations.filter((o) => o.name.includes(' /v1/')))('$name documents its 4xx problems, at least 401, as problem+json', ({ op }) => {
    const errors = Object.entries(op.responses).filter(([s]) => s.startsWith('4'));
    expect(errors.map(([s]) => s)).toContain('401');
    for (const [, response] of errors) expect(Object.keys(response.content ?? {})).toEqual(['application/problem+json']);
  });

  it('operationIds are unique', () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(operations)('$name has a typed success response with an example', ({ op }) => {
    const [status, success] = Object.entries(op.responses).find(([s]) => s.startsWith('2'))!;
    const content = success.content?.['application/json'];
    expect(content, status).toBeDefined();
    const schema = content!.schema;
    // Not the bare `{ type: object }` of before: a reference, or members / items described.
    expect(schema.$ref ?? schema.properties ?? schema.items ?? schema.oneOf ?? schema.anyOf).toBeDefined();
    expect(content!.example, 'response example').toBeDefined();
  });

  it.each(operations.filter((o) => o.op.requestBody))('$name has a request example', ({ op }) => {
    const [, content] = Object.entries(op.requestBody!.content)[0];
    expect(content.example, 'request example').toBeDefined();
  });

  it('every request and response example passes its schema', () => {
    const docs = documentedOperations(document);
    const failures: string[] = [];
    for (const { name, op } of operations) {
      const documented = docs.find((d) => `${d.method} ${d.path}` === name)!;
      for (const [status, validate] of Object.entries(documented.validators)) {
        const example = op.responses[status].content?.['application/json'].example;
        if (example !== undefined && !validate(example)) failures.push(`${name} ${status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe.each(backends.filter((b) => b.name === 'pglite'))('problem types resolve to the API’s own documentation ($name)', (backend) => {
  const api = useTestApi(backend);

  it('GET /docs/problems describes every problem type, each at its own anchor, in Danish', async () => {
    const res = await request(api.app).get('/docs/problems').expect(200).expect('content-type', /text\/html/);
    expect(res.text).toContain('<html lang="da">');
    for (const [slug, type] of Object.entries(PROBLEM_TYPES)) {
      expect(res.text, slug).toContain(`id="${slug}"`);
      expect(res.text, slug).toContain(type.title);
    }
  });

  it('a problem the API sends names a type URI that GET resolves (relative to the request, RFC 9457 § 3.1.1)', async () => {
    const res = await request(api.app).get('/v1/runs').expect(401);
    expect(res.body.type).toBe('/docs/problems#unauthorized');
    const page = await request(api.app).get(new URL(res.body.type, 'http://127.0.0.1/v1/runs').pathname).expect(200);
    expect(page.text).toContain('id="unauthorized"');
  });

  it('every problem type the code can send is documented', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const srcDir = path.join(apiDir, 'src');
    const files = (readdirSync(srcDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const slugs = new Set<string>();
    for (const file of files) {
      for (const m of readFileSync(path.join(srcDir, file), 'utf8').matchAll(/new HttpProblem\(\s*[\w.]+,\s*'([a-z-]+)'/g)) slugs.add(m[1]);
    }
    expect(slugs.size).toBeGreaterThan(10);
    expect([...slugs].filter((s) => !(s in PROBLEM_TYPES))).toEqual([]);
  });
});
