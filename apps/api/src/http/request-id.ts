import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

const HEADER = 'X-Request-Id';
// An echoed id lands in logs and headers; accept only short, plain ids so it cannot forge log lines.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Echoes a well-formed `X-Request-Id` or generates one; every response and log line carries it. */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const given = req.get(HEADER);
    const id = given && SAFE_ID.test(given) ? given : randomUUID();
    res.locals.requestId = id;
    res.set(HEADER, id);
    next();
  };
}
