import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet, { contentSecurityPolicy } from 'helmet';
import type { Config } from '../config.js';

// The browser security headers of every answer, in one layer (helmet): nosniff, no framing
// (frame-ancestors 'none' and X-Frame-Options DENY: /admin cannot be framed), a referrer policy,
// HSTS in production, and a Content-Security-Policy chosen by what the page is:
// - the SPA (every other path): its own scripts and styles only; map tiles and the geocoder
//   from the origins in config.map;
// - the offline explorer (ruru): its inline scripts by hash;
// - Apollo Sandbox (GET /graphql, development only): its page carries its own CSP with a fresh
//   nonce per render in a <meta> tag (browsers enforce both policies), so the header adds only
//   what a <meta> policy cannot say.

/** Where security-headers needs to tell pages apart. */
export type SecurityHeaderPaths = {
  explorerPath: string;
  /** The explorer's HTML: its inline scripts are allowed by hash (it is the same on every request). */
  explorerHtml: string;
  graphqlPath: string;
  filesPath: string;
};

export function securityHeaders(config: Config, paths: SecurityHeaderPaths): RequestHandler {
  const common = helmet({
    contentSecurityPolicy: false,
    xFrameOptions: { action: 'deny' },
    // OpenStreetMap's tile servers want a Referer (their usage policy): send the origin only, cross-site.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // HTTPS is the proxy's job in production; a local start over http must not pin the host to https.
    strictTransportSecurity: config.isProduction ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  });
  const spa = contentSecurityPolicy({ useDefaults: false, directives: spaDirectives(config) });
  const explorer = contentSecurityPolicy({ useDefaults: false, directives: explorerDirectives(paths.explorerHtml) });
  const sandbox = contentSecurityPolicy({ useDefaults: false, directives: sandboxDirectives() });
  const files = contentSecurityPolicy({ useDefaults: false, directives: fileDirectives() });
  const under = (prefix: string, path: string) => path === prefix || path.startsWith(`${prefix}/`);

  return (req, res, next) => {
    common(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (under(paths.explorerPath, req.path)) return explorer(req, res, next);
      if (!config.isProduction && req.path === paths.graphqlPath) return sandbox(req, res, next);
      if (under(paths.filesPath, req.path)) return files(req, res, next);
      return spa(req, res, next);
    });
  };
}

type Directives = Record<string, Iterable<string> | typeof helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc>;

/** Nothing may frame us, post forms elsewhere, or plug objects in, on any page. */
const EVERY_PAGE = {
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
};

function spaDirectives(config: Config): Directives {
  const tiles = sourceOf(config.map.tileUrl);
  const geocoder = sourceOf(config.map.geocoderUrl);
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    // Style attributes in markup: the e-mail preview (a srcdoc iframe, which inherits this
    // policy) and map controls written as HTML. <style> elements and scripts stay 'self'.
    'style-src-attr': ["'unsafe-inline'"],
    // data: for the small icons the build inlines into CSS (Leaflet, geoman).
    'img-src': ["'self'", 'data:', ...tiles],
    'connect-src': ["'self'", ...geocoder],
    'font-src': ["'self'", 'data:'],
    ...EVERY_PAGE,
    ...(config.isProduction ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

function explorerDirectives(explorerHtml: string): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...inlineScriptHashes(explorerHtml)],
    // GraphiQL and its Monaco editor add <style> elements while they run.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    ...EVERY_PAGE,
  };
}

function sandboxDirectives(): Directives {
  return { 'default-src': helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc, ...EVERY_PAGE };
}

/** Stored documents are data, never a page: nothing runs, nothing loads (the PDF viewer is an object of this origin). */
function fileDirectives(): Directives {
  return { 'default-src': ["'none'"], ...EVERY_PAGE, 'object-src': ["'self'"], 'form-action': ["'none'"] };
}

/**
 * The CSP source of a URL template such as `https://{s}.tile.example.org/{z}/{x}/{y}.png`: its
 * scheme and host, a `{s}` subdomain as `*`. Empty or unusable: none.
 */
export function sourceOf(template: string): string[] {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template.trim());
  if (!match) return [];
  const host = match[2]!.replace(/^\{[a-z]+\}\./i, '*.');
  return /^[\w.*:[\]-]+$/.test(host) ? [`${match[1]!.toLowerCase()}://${host}`] : [];
}

/** 'sha256-…' of each inline <script> of `html` (scripts with a src are covered by 'self'). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}'`,
  );
  return [...new Set(hashes)];
}
