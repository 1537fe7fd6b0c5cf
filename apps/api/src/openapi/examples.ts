import { readFileSync } from 'node:fs';

/**
 * An example request (for routes with a body) and success answer per operationId, for Swagger UI and
 * client generators. Recorded from the API's own answers in its tests, arrays cut to two items; every
 * example is checked against its schema (openapi/lint.test.ts and Redocly's lint).
 */
export const examples = JSON.parse(readFileSync(new URL('./examples.json', import.meta.url), 'utf8')) as Record<string, { request?: unknown; response: unknown }>;
