import type { Request, RequestHandler } from 'express';
import type { Config } from '../config.js';

// Uploads are plain multipart POSTs, which another page can make a browser send, with the
// session cookie: SameSite=Lax stops only cross-site ones (a sibling subdomain is same-site) and
// only in browsers that honour it. So a POST is accepted only from the portal's own pages:
// browsers name the sending page's origin in `Origin` on every POST, and say it in Sec-Fetch-Site.

export const CROSS_SITE_REASON = 'CROSS_SITE_REQUEST';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** 403 for a POST (or any other write, e.g. DELETE of an upload) that a browser sent from another origin; the body is drained, not read. */
export function refuseCrossSiteRequests(config: Config): RequestHandler {
  const publicOrigin = new URL(config.publicUrl).origin;
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || isFromOwnPage(req, publicOrigin, config.isProduction)) return next();
    req.resume();
    res.set('Cache-Control', 'private, no-store');
    res.status(403).json({ error: 'FORBIDDEN', reason: CROSS_SITE_REASON });
  };
}

function isFromOwnPage(req: Request, publicOrigin: string, isProduction: boolean): boolean {
  const origin = req.get('origin');
  if (origin !== undefined) {
    // In development the portal is also reached by other names (localhost, 127.0.0.1, Vite's proxy).
    return origin === publicOrigin || (!isProduction && origin === `${req.protocol}://${req.get('host')}`);
  }
  const site = req.get('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  // Neither header: not a browser (curl, a script), so no one else's cookies ride along.
  return true;
}
