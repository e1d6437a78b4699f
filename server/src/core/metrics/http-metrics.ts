import type { RequestHandler } from 'express';
import { Histogram, type Registry } from 'prom-client';

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Times every HTTP request by route group and status (its `_count` is the request rate). The
 * group comes from `routeOf`, a fixed set, never the raw path: paths carry ids without end.
 */
export function httpMetrics(registry: Registry, routeOf: (path: string) => string): RequestHandler {
  const duration = new Histogram({
    name: 'portal_http_request_duration_seconds',
    help: 'HTTP requests by route group, method and status, until the answer is sent',
    labelNames: ['route', 'method', 'status'],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  return (req, res, next) => {
    const stopTimer = duration.startTimer();
    // Read now: routers mounted under a prefix rewrite req.path before the answer is sent.
    const route = routeOf(req.path);
    res.once('finish', () => stopTimer({ route, method: methodLabel(req.method), status: String(res.statusCode) }));
    next();
  };
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

function methodLabel(method: string): string {
  return METHODS.has(method) ? method : 'OTHER';
}
