import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Registry } from 'prom-client';

/**
 * GET /metrics. Production serves it only with a token (then only to `Authorization: Bearer
 * <token>`); without one it answers 404, as if there were no such page. Development serves it
 * openly unless a token is set.
 */
export function metricsEndpoint(registry: Registry, options: { token: string | undefined; isProduction: boolean }): RequestHandler {
  const { token, isProduction } = options;
  const expected = token === undefined ? undefined : digest(token);
  return async (req, res, next) => {
    if (expected === undefined && isProduction) {
      res.status(404).type('text').send('Not found');
      return;
    }
    if (expected !== undefined && !timingSafeEqual(digest(bearerOf(req.get('authorization'))), expected)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text').send('A valid metrics token is required');
      return;
    }
    try {
      const text = await registry.metrics();
      res.status(200).set('Cache-Control', 'no-store').type(registry.contentType).send(text);
    } catch (error) {
      next(error);
    }
  };
}

/** Digests of equal length, so the comparison takes the same time whatever was sent. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function bearerOf(header: string | undefined): string {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  return match?.[1] ?? '';
}
