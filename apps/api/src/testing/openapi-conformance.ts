// Every answer an API test receives is checked against the OpenAPI document (issue 15): its status
// must be one the operation documents (500 aside: an unexpected fault is never a promise), and a
// success body must match the operation's response schema. So the document says only what the
// routes really return, and says all of it — in every test that goes through useTestApi.
import type { Express, NextFunction, Request, Response } from 'express';
import express from 'express';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openApiDocument } from '../openapi/document.js';

type Doc = {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, { schema?: object }> }> }>>;
  components: Record<string, unknown>;
};

export interface DocumentedOperation {
  method: string;
  path: string;
  operationId: string;
  statuses: string[];
  /** The JSON schema validator of the success response(s) by status. */
  validators: Record<string, ValidateFunction>;
}

/** The document's operations with a matcher for concrete paths and compiled success schemas. */
export function documentedOperations(document: object = openApiDocument()): Array<DocumentedOperation & { pattern: RegExp }> {
  const doc = document as Doc;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  // The whole document as one schema, so `#/components/schemas/…` resolves inside it.
  ajv.addSchema(JSON.parse(JSON.stringify(doc, (key, value) => (key === '$id' ? undefined : value))), 'openapi');
  const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
  const operations: Array<DocumentedOperation & { pattern: RegExp }> = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const validators: Record<string, ValidateFunction> = {};
      for (const [status, response] of Object.entries(op.responses)) {
        if (!status.startsWith('2') || !response.content?.['application/json']?.schema) continue;
        validators[status] = ajv.getSchema(`openapi#/${pointer('paths', path, method, 'responses', status, 'content', 'application/json', 'schema')}`)!;
      }
      const pattern = new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`);
      operations.push({ method: method.toUpperCase(), path, operationId: op.operationId, statuses: Object.keys(op.responses), validators, pattern });
    }
  }
  // A literal segment wins over a parameter (/v1/decisions/capacity before /v1/decisions/{id}).
  return operations.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
}

export interface ConformanceViolation {
  request: string;
  status: number;
  problem: string;
}

/**
 * `app` behind a recorder that checks each answer against the document. Violations are collected
 * (a test asserts there are none) rather than thrown, so the test that caused one still reports its own result.
 */
export function checkedAgainstDocument(app: Express, violations: ConformanceViolation[]): Express {
  const operations = documentedOperations();
  const outer = express();
  outer.disable('x-powered-by');
  outer.use((req: Request, res: Response, next: NextFunction) => {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk) chunks.push(Buffer.from(chunk as string));
      return write(chunk, ...rest);
    }) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string));
      return end(chunk, ...rest);
    }) as Response['end'];
    res.on('finish', () => {
      const path = req.originalUrl.split('?')[0];
      const op = operations.find((o) => o.method === req.method && o.pattern.test(path));
      const request = `${req.method} ${req.originalUrl}`;
      if (!op || res.statusCode === 500) return; // an unknown route answers a documented 404 problem
      const status = String(res.statusCode);
      if (!op.statuses.includes(status)) {
        violations.push({ request, status: res.statusCode, problem: `${op.operationId} does not document ${status} (documents ${op.statuses.join(', ')})` });
        return;
      }
      const validate = op.validators[status];
      if (!validate || !String(res.getHeader('content-type') ?? '').includes('json')) return;
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        violations.push({ request, status: res.statusCode, problem: 'the body is not JSON' });
        return;
      }
      if (!validate(body)) {
        const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
        violations.push({ request, status: res.statusCode, problem: `${op.operationId}: body does not match the documented schema: ${errors.join('; ')}` });
      }
    });
    next();
  });
  outer.use(app);
  return outer;
}
