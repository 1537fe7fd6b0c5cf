import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

/**
 * One log line per request: id, method, path, status, duration, principal. Headers and bodies are
 * never logged, so bearer tokens cannot leak; the pino instance also redacts `authorization`.
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        {
          requestId: res.locals.requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Math.round(ms * 100) / 100,
          principal: res.locals.principal ? { id: res.locals.principal.id, role: res.locals.principal.role } : undefined,
        },
        'request',
      );
    });
    next();
  };
}
