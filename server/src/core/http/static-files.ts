import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

// The built SPA as a browser wants it: the build's brotli/gzip copies chosen by Accept-Encoding,
// hashed files cached for a year, everything else revalidated, and a missing file a 404.

/** Vite names every file it emits under /assets/ `<name>-<8-character hash>.<ext>`: its URL changes with its content. */
const HASHED_ASSET = /^\/assets\/[^/]+-[\w-]{8}\.\w+(?:\.map)?$/;
/** Extensions of files a build serves; SPA paths may hold dots too (an invoice number), so no wider rule. */
const FILE_EXTENSION = /\.(?:js|mjs|css|map|html|json|txt|xml|webmanifest|ico|png|svg|jpe?g|gif|webp|avif|woff2?|ttf|br|gz)$/i;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

type Coding = 'br' | 'gzip';
/** The copies the client build writes beside a file (client/precompress-plugin.ts), best first. */
const ENCODED_COPIES: { coding: Coding; suffix: string }[] = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
];

export type SpaFilesOptions = {
  /** The client build's output directory (index.html, assets/). */
  root: string;
  /** Source maps carry the client's sources: for developers only. */
  serveSourceMaps: boolean;
  /** Paths the SPA's index.html must not answer (API routes that fell through: their own 404). */
  isServerPath: (urlPath: string) => boolean;
};

/**
 * Serves the built files, and index.html for any other GET so deep links survive a reload.
 * A path that names a file (under /assets/ or with a file's extension) is that file or a 404: a stale
 * chunk answered with index.html would fail in the browser as a script of type text/html.
 */
export function spaFiles(options: SpaFilesOptions): RequestHandler {
  const root = path.resolve(options.root);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    answer(req, res, next).catch(next);
  };

  async function answer(req: Request, res: Response, next: NextFunction): Promise<void> {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(req.path);
    } catch {
      res.status(400).type('text').send('Malformed path.');
      return;
    }
    const namesFile = urlPath === '/assets' || urlPath.startsWith('/assets/') || FILE_EXTENSION.test(urlPath);
    if (namesFile) {
      const file = servableFile(root, urlPath, options.serveSourceMaps);
      const found = file ? await statOrNull(file) : null;
      if (file && found?.isFile()) return sendNegotiated(req, res, next, file, HASHED_ASSET.test(urlPath) ? IMMUTABLE : REVALIDATE);
      res.status(404).type('text').send('Not found.');
      return;
    }
    if (options.isServerPath(urlPath)) return next();
    const indexHtml = path.join(root, 'index.html');
    if (!(await statOrNull(indexHtml))?.isFile()) {
      res.status(503).type('text').send('The SPA is not built yet: run `pnpm build`.');
      return;
    }
    return sendNegotiated(req, res, next, indexHtml, REVALIDATE);
  }
}

/** The file a URL path names inside `root`, or null for what is never served: dot-segments, encoded copies, maps when not allowed. */
function servableFile(root: string, urlPath: string, serveSourceMaps: boolean): string | null {
  const segments = urlPath.split('/').filter(Boolean);
  if (segments.some((segment) => segment.startsWith('.') || segment.includes('\0') || segment.includes('\\'))) return null;
  if (ENCODED_COPIES.some(({ suffix }) => urlPath.endsWith(suffix))) return null;
  if (!serveSourceMaps && urlPath.endsWith('.map')) return null;
  const file = path.join(root, ...segments);
  return file.startsWith(`${root}${path.sep}`) ? file : null;
}

async function sendNegotiated(req: Request, res: Response, next: NextFunction, file: string, cacheControl: string): Promise<void> {
  const copies = await Promise.all(ENCODED_COPIES.map(async (copy) => ((await statOrNull(file + copy.suffix))?.isFile() ? copy : null)));
  const available = copies.filter((copy) => copy !== null);
  const chosen = preferredCodings(req.get('accept-encoding'))
    .map((coding) => available.find((copy) => copy.coding === coding))
    .find((copy) => copy !== undefined);

  res.setHeader('Cache-Control', cacheControl);
  // The type of the file itself, not of its .br/.gz copy.
  res.type(path.extname(file));
  if (available.length > 0) res.vary('Accept-Encoding');
  if (chosen) res.setHeader('Content-Encoding', chosen.coding);
  res.sendFile(chosen ? file + chosen.suffix : file, { cacheControl: false, dotfiles: 'allow' }, (error?: Error & { status?: number }) => {
    if (!error || res.headersSent) return;
    res.removeHeader('Content-Encoding');
    // A range past the end (416) or a file gone since the stat (404) is the client's answer, not a fault.
    if (typeof error.status === 'number' && error.status < 500) res.status(error.status).type('text').send('Not servable.');
    else next(error);
  });
}

/**
 * The content codings a client accepts, best first (by q-value; brotli before gzip when equal).
 * `*` covers codings not named; `q=0` refuses one.
 */
export function preferredCodings(acceptEncoding: string | undefined): Coding[] {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: Coding) => weights.get(coding) ?? weights.get('*') ?? 0;
  return ENCODED_COPIES.map(({ coding }) => coding)
    .filter((coding) => weightOf(coding) > 0)
    .sort((a, b) => weightOf(b) - weightOf(a));
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw error;
  }
}
