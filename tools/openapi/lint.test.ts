// Redocly CLI's lint of the API's OpenAPI document: zero errors and zero warnings (issue 15).
// What else a client generator needs is tested in apps/api/src/openapi/lint.test.ts.
import { describe, expect, it } from 'vitest';
import { lintOpenApi } from './redocly-lint.js';

describe('Redocly CLI lint of /openapi.json (apps/api/redocly.yaml)', () => {
  it('has zero errors and zero warnings', () => {
    const { status, output } = lintOpenApi(['--format', 'stylish', '--max-problems', '500']);
    expect(status, output).toBe(0);
    expect(output).toContain('Your API description is valid');
    // Redocly's own summary (Node's warnings about the environment are not the document's).
    expect(output).not.toMatch(/You have \d+ warnings?|\bwarning\s+[a-z-]+:/i);
  }, 130_000);
});
