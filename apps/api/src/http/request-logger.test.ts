import { Writable } from 'node:stream';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { backends, useTestApi } from '../testing/test-app.js';

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

describe.each(backends.slice(0, 1))('request logs ($name)', (backend) => {
  const api = useTestApi(backend, { logger: pino({ level: 'info' }, sink) });

  it('log one line per request with its id and never the token', async () => {
    await request(api.app).get('/v1/rulesets').set(api.auth('reader')).set('X-Request-Id', 'log-test-1').expect(200);
    await request(api.app).get('/v1/rulesets').set('Authorization', 'Bearer not-a-real-token').expect(401);
    const text = lines.join('');
    expect(text).toContain('"requestId":"log-test-1"');
    expect(text).not.toContain(api.tokens.reader);
    expect(text).not.toContain('not-a-real-token');
  });
});
