// A client generated from the OpenAPI document (openapi-typescript → client/fordeling-api.ts, used
// through openapi-fetch) talks to a real server on 127.0.0.1 (issue 15): the calls below compile
// only if the document types their parameters, bodies and answers.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, useTestApi } from '../testing/test-app.js';
import { capacityRequest } from '../testing/run-fixture.js';
import type { paths } from './client/fordeling-api.js';

describe.each(backends.filter((b) => b.name === 'pglite'))('the generated client against a real server ($name)', (backend) => {
  const api = useTestApi(backend);
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = await new Promise<Server>((resolve) => {
      const listening = api.app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('decides a capacity, reads it back by id and lists it, typed end to end', async () => {
    const region = createClient<paths>({ baseUrl, headers: api.auth('regionNord') });
    const decided = await region.POST('/v1/decisions/capacity', { body: { ...capacityRequest(), request: 'new' } });
    expect(decided.response.status).toBe(201);
    const decision = decided.data!;
    expect(decision.outcome satisfies 'granted' | 'refused').toBe('granted');
    expect(decision.ruleSets.every((r) => r.hash.startsWith('sha256:'))).toBe(true);

    const stored = await region.GET('/v1/decisions/{id}', { params: { path: { id: decision.id } } });
    expect(stored.data?.council).toBe('Vendsyssel');
    expect(stored.data?.trace.length).toBeGreaterThan(0);

    const listed = await region.GET('/v1/decisions', { params: { query: { council: 'Vendsyssel', limit: '5' } } });
    expect(listed.data?.decisions.map((d) => d.id)).toContain(decision.id);
  });

  it('gets a problem as the typed error of a refused call', async () => {
    const anonymous = createClient<paths>({ baseUrl });
    const refused = await anonymous.GET('/v1/rulesets', { params: { query: {} } });
    expect(refused.response.status).toBe(401);
    expect(refused.error?.type).toBe('/docs/problems#unauthorized');
    expect(refused.error?.title).toBe('Manglende eller ugyldig adgangsnøgle');
  });

  it('the ministry manages tokens through the client', async () => {
    const ministry = createClient<paths>({ baseUrl, headers: api.auth('ministry') });
    const created = await ministry.POST('/v1/tokens', { body: { role: 'reader', label: 'Klient' } });
    expect(created.data?.token).toMatch(/^fdl_/);
    const revoked = await ministry.POST('/v1/tokens/{id}/revoke', { params: { path: { id: created.data!.id } } });
    expect(revoked.data?.revokedAt).not.toBeNull();
    const health = await ministry.GET('/health');
    expect(health.data?.status).toBe('ok');
  });
});
