import type { Response } from 'express';

/**
 * 201 Created: the new resource's Location and a JSON body, without the ETag Express computes for
 * every body it sends. That ETag would describe the POST's answer, not the resource at Location (whose
 * GET answer differs), so no client can use it for a conditional request (RFC 9110, § 8.8.3), and
 * it is a SHA-1 over the whole body: for a decision (≈ 7 KB) ≈ 8 % of the request's CPU
 * (docs/api.md, "Benchmark"). Node sets Content-Length itself when the body is given whole.
 */
export function sendCreated(res: Response, location: string, body: unknown): void {
  res.status(201).location(location).type('json').end(JSON.stringify(body));
}
