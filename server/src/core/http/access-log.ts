import { AsyncResource } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import type { Logger } from '../log.js';

const PATH_LOGGED_LENGTH = 200;

/**
 * One log line per answered request (the logger adds its requestId). The path only: query
 * strings can carry secrets (a sign-in link's token), and bodies are never logged. `quietPaths`
 * (the balancer's health checks, several a second) are not logged.
 */
export function accessLog(log: Logger, quietPaths: readonly string[] = []): RequestHandler {
  const quiet = new Set(quietPaths);
  return (req, res, next) => {
    if (quiet.has(req.path)) return next();
    const started = process.hrtime.bigint();
    // Read now: routers mounted under a prefix rewrite req.path before the answer is sent.
    const path = req.path.slice(0, PATH_LOGGED_LENGTH);
    // Bound to the request's async context, so the line carries its requestId.
    res.once('finish', AsyncResource.bind(() => {
      log.info(
        {
          method: req.method,
          path,
          status: res.statusCode,
          durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
          ip: req.ip ?? null,
        },
        'request',
      );
    }));
    next();
  };
}
