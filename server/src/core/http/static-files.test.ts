import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http, { type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferredCodings, spaFiles } from './static-files.js';

// A client build in miniature (what `pnpm build` writes: hashed assets with their .br/.gz copies,
// index.html, Vite's manifest) served over real HTTP on loopback.

const SCRIPT = Buffer.from('export const greeting = () => "hola";\n'.repeat(100));
const STYLE = Buffer.from('body{margin:0}');
const INDEX = Buffer.from('<!doctype html><div id="root"></div><script type="module" src="/assets/index-AbCd12_-.js"></script>');
const SCRIPT_PATH = '/assets/index-AbCd12_-.js';

let root: string;
let server: Server;
let port: number;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'portal-static-'));
  await mkdir(path.join(root, 'assets'));
  await mkdir(path.join(root, '.vite'));
  await writeFile(path.join(root, 'index.html'), INDEX);
  await writeFile(path.join(root, SCRIPT_PATH), SCRIPT);
  await writeFile(path.join(root, `${SCRIPT_PATH}.br`), brotliCompressSync(SCRIPT));
  await writeFile(path.join(root, `${SCRIPT_PATH}.gz`), gzipSync(SCRIPT));
  await writeFile(path.join(root, `${SCRIPT_PATH}.map`), '{"version":3,"sourcesContent":["secret sources"]}');
  await writeFile(path.join(root, 'assets', 'small-Zz9Yy8Xx.css'), STYLE);
  await writeFile(path.join(root, 'robots.txt'), 'User-agent: *\n');
  await writeFile(path.join(root, '.vite', 'manifest.json'), '{}');

  const app = express();
  app.use(spaFiles({ root, serveSourceMaps: false, isServerPath: (urlPath) => urlPath === '/graphql' || urlPath.startsWith('/files/') }));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (root) await rm(root, { recursive: true, force: true });
});

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** A raw request: the path as written (no URL normalisation) and the body as sent (no decompression). */
function request(urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host: '127.0.0.1', port, path: urlPath, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('hashed assets', () => {
  it('brotli when the browser accepts it: the type of the script, its compressed length, cached for a year', async () => {
    const answer = await request(SCRIPT_PATH, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['vary']).toMatch(/accept-encoding/i);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(SCRIPT.length / 5);
    expect(brotliDecompressSync(answer.body)).toEqual(SCRIPT);
  });

  it.each([
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['x-gzip', 'gzip'],
    ['*', 'br'],
    ['gzip;q=0.2, *;q=0.5', 'br'],
  ])('Accept-Encoding %j: %s', async (acceptEncoding, coding) => {
    const answer = await request(SCRIPT_PATH, { 'accept-encoding': acceptEncoding });
    expect(answer.headers['content-encoding']).toBe(coding);
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
  });

  it.each([['identity'], ['br;q=0, gzip;q=0'], ['deflate'], [undefined]])('Accept-Encoding %j: the plain file, still marked as varying', async (acceptEncoding) => {
    const answer = await request(SCRIPT_PATH, acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['vary']).toMatch(/accept-encoding/i);
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(answer.headers['content-length'])).toBe(SCRIPT.length);
    expect(answer.body).toEqual(SCRIPT);
  });

  it('a file too small to have compressed copies is sent as it is, without Vary', async () => {
    const answer = await request('/assets/small-Zz9Yy8Xx.css', { 'accept-encoding': 'br, gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['vary']).toBeUndefined();
    expect(answer.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.body).toEqual(STYLE);
  });

  it('HEAD: the headers of the chosen copy, no body', async () => {
    const answer = await request(SCRIPT_PATH, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(Number(answer.headers['content-length'])).toBe(gzipSync(SCRIPT).length);
    expect(answer.body.length).toBe(0);
  });

  it('revalidation by ETag answers 304 for the same copy', async () => {
    const first = await request(SCRIPT_PATH, { 'accept-encoding': 'br' });
    const again = await request(SCRIPT_PATH, { 'accept-encoding': 'br', 'if-none-match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe('index.html and the SPA fallback', () => {
  it.each(['/', '/index.html', '/invoices/FE-2024-001001', '/invoices/A.2024.7', '/admin/users'])('GET %s: index.html, revalidated on every load', async (urlPath) => {
    const answer = await request(urlPath, { 'accept-encoding': 'br, gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.body).toEqual(INDEX);
  });

  it('other files of the build are revalidated too (not hashed)', async () => {
    const answer = await request('/robots.txt');
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-cache');
  });
});

describe('what is never index.html', () => {
  it.each([
    ['a chunk of an older build', '/assets/index-Old12345.js'],
    ['a missing file at the top', '/favicon.ico'],
    ['the assets directory (no listing)', '/assets/'],
    ['the assets directory without its slash', '/assets'],
    ['a dot directory (Vite’s manifest)', '/.vite/manifest.json'],
    ['an encoded copy asked for by name', `${SCRIPT_PATH}.br`],
    ['a source map when maps are not served', `${SCRIPT_PATH}.map`],
    ['a path climbing out of the build', '/assets/%2e%2e/%2e%2e/etc/passwd.txt'],
    ['a NUL byte', '/assets/index%00.js'],
  ])('%s: 404', async (_case, urlPath) => {
    const answer = await request(urlPath, { 'accept-encoding': 'br, gzip' });
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toMatch(/^text\/plain/);
    expect(answer.body.toString()).not.toContain('<div id="root">');
  });

  it('a malformed escape: 400', async () => {
    expect((await request('/assets/%E0%A4%A.js')).status).toBe(400);
  });

  it('a server path that fell through is left to the server (no index.html)', async () => {
    const answer = await request('/files/00000000-0000-4000-8000-000000000000');
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).not.toContain('<div id="root">');
  });

  it('without a build, pages answer 503 and say how to build', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'portal-static-empty-'));
    const app = express().use(spaFiles({ root: empty, serveSourceMaps: true, isServerPath: () => false }));
    const other = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => other.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(other.address() as AddressInfo).port}/invoices`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('pnpm build');
    } finally {
      await new Promise((resolve) => other.close(resolve));
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('preferredCodings', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['gzip, deflate, br, zstd', ['br', 'gzip']],
    ['gzip;q=0.9, br;q=0.8', ['gzip', 'br']],
    ['br;q=0', []],
    ['*;q=0', []],
    ['BR ; Q=1', ['br']],
    ['gzip;q=abc', []],
  ] as const)('%j -> %j', (header, codings) => {
    expect(preferredCodings(header)).toEqual(codings);
  });
});
