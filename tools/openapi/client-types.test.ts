// The checked-in client types are those the OpenAPI document generates now (issue 15).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_TYPES_FILE, clientTypes } from './client-types.js';

describe('the generated API client types', () => {
  it('are up to date with the OpenAPI document (else: npm run openapi:client)', async () => {
    const generated = await clientTypes();
    const checkedIn = readFileSync(CLIENT_TYPES_FILE, 'utf8');
    expect(checkedIn === generated, 'apps/api/src/openapi/client/fordeling-api.ts is stale: run `npm run openapi:client`').toBe(true);
  }, 60_000);
});
