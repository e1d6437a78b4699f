import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../src/config.js';
import { sourceOf } from '../src/app/security-headers.js';
import { DocumentRequest, DocumentRequestStatus } from '../src/modules/installation-documents/installation-document.entity.js';
import type { TestApi } from './api.js';
import { createDocumentRequest, createInstallation } from './factories.js';
import { useSolarWorld } from './solar-world.js';

// Finding 7: browser security headers on every page, HSTS and no source maps in production,
// and uploads refused when a browser sends them from another origin.

const world = useSolarWorld();
let clientDist: string;
let development: TestApi;
let production: TestApi;
const PUBLIC_URL = 'https://portal.example';

beforeAll(async () => {
  // A built SPA in miniature: index.html, a script and its source map.
  clientDist = await mkdtemp(path.join(os.tmpdir(), 'portal-client-dist-'));
  await mkdir(path.join(clientDist, 'assets'));
  await writeFile(path.join(clientDist, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/assets/index.js"></script>');
  await writeFile(path.join(clientDist, 'assets', 'index.js'), 'console.log(1);\n//# sourceMappingURL=index.js.map\n');
  await writeFile(path.join(clientDist, 'assets', 'index.js.map'), '{"version":3,"sources":["src/main.tsx"],"sourcesContent":["secret sources"]}');
  const environment = { DATA_DIR: '/tmp/portal-test-unused', CLIENT_DIST: clientDist };
  const developmentConfig: Config = loadConfig({ ...environment, NODE_ENV: 'development' });
  const productionConfig: Config = loadConfig({ ...environment, NODE_ENV: 'production', PUBLIC_URL, SECRET_KEY: 'k'.repeat(32) });
  development = await world.startApi({ ...developmentConfig, storageDir: world.config.storageDir });
  production = await world.startApi({ ...productionConfig, storageDir: world.config.storageDir });
});

afterAll(async () => {
  if (clientDist) await rm(clientDist, { recursive: true, force: true });
});

/** The CSP header as directive -> sources. */
function policy(response: Response): Map<string, string[]> {
  const header = response.headers.get('content-security-policy');
  expect(header, `CSP of ${response.url}`).toBeTruthy();
  return new Map(
    header!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function expectBrowserHeaders(response: Response): void {
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  const csp = policy(response);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
}

const graphqlPost = (api: TestApi) =>
  fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ ping }"}' });
const get = (api: TestApi, pathname: string, headers: Record<string, string> = {}) => fetch(`${api.url}${pathname}`, { headers });

describe('security headers', () => {
  it.each(['/', '/admin', '/admin/users'])('GET %s: the SPA under a CSP of its own origin, the map tiles and the geocoder', async (pathname) => {
    for (const api of [development, production]) {
      const response = await get(api, pathname);
      expect(response.status).toBe(200);
      expectBrowserHeaders(response);
      const csp = policy(response);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('style-src')).toEqual(["'self'"]);
      expect(csp.get('img-src')).toContain('https://tile.openstreetmap.org');
      expect(csp.get('connect-src')).toEqual(["'self'", 'https://nominatim.openstreetmap.org']);
    }
  });

  it('POST /graphql and the Apollo Sandbox page (development) carry them too', async () => {
    for (const api of [development, production]) expectBrowserHeaders(await graphqlPost(api));
    // Sandbox's page has its own nonce-based CSP in a <meta>; the header adds what a <meta> cannot.
    const sandbox = await get(development, '/graphql', { accept: 'text/html' });
    expect(sandbox.status).toBe(200);
    expect(await sandbox.text()).toContain('http-equiv="Content-Security-Policy"');
    expectBrowserHeaders(sandbox);
  });

  it('GET /explorer: its inline scripts are allowed by hash, never by unsafe-inline', async () => {
    const response = await get(development, '/explorer');
    expect(response.status).toBe(200);
    expectBrowserHeaders(response);
    const scriptSources = policy(response).get('script-src')!;
    expect(scriptSources).not.toContain("'unsafe-inline'");
    const inline = [...(await response.text()).matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline.length).toBeGreaterThan(0);
    for (const script of inline) {
      expect(scriptSources).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    }
  });

  it('a stored file is data, never a page: nothing in it may run or load', async () => {
    const response = await get(development, '/files/00000000-0000-4000-8000-000000000000', { cookie: world.cookies.solar });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const csp = policy(response);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('HSTS only in production', async () => {
    expect((await get(development, '/')).headers.get('strict-transport-security')).toBeNull();
    expect((await get(production, '/')).headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
  });

  it('source maps are not served in production', async () => {
    expect((await get(development, '/assets/index.js.map')).status).toBe(200);
    const refused = await get(production, '/assets/index.js.map');
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain('secret sources');
    expect((await get(production, '/assets/index.js')).status).toBe(200);
  });

  it('a tile URL template gives the CSP source of its host', () => {
    expect(sourceOf('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toEqual(['https://tile.openstreetmap.org']);
    expect(sourceOf('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toEqual(['https://*.tile.example.org']);
    expect(sourceOf('')).toEqual([]);
    expect(sourceOf("https://evil.example; script-src 'unsafe-inline'")).toEqual([]);
  });
});

describe('uploads from another origin', () => {
  function pdf(): Blob {
    return new Blob([Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2_000, 0x20)])], { type: 'application/pdf' });
  }

  async function pendingRequest(): Promise<DocumentRequest> {
    return createDocumentRequest(world.em(), await createInstallation(world.em(), world.account, 'Documentación del cliente'));
  }

  function upload(api: TestApi, requestId: string, headers: Record<string, string>): Promise<Response> {
    const form = new FormData();
    form.append('file', pdf(), 'dni.pdf');
    return fetch(`${api.url}/uploads/document-requests/${requestId}`, { method: 'POST', body: form, headers: { cookie: world.cookies.solar, ...headers } });
  }

  async function status(requestId: string): Promise<DocumentRequestStatus> {
    return (await world.em().findOneOrFail(DocumentRequest, requestId)).status;
  }

  it.each([
    ['another Origin', { origin: 'https://evil.example' }],
    ['Origin null (a sandboxed frame)', { origin: 'null' }],
    ['Sec-Fetch-Site cross-site and no Origin', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
  ])('%s: 403, nothing stored', async (_name, headers) => {
    const request = await pendingRequest();
    const response = await upload(development, request.id, headers);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'FORBIDDEN', reason: 'CROSS_SITE_REQUEST' });
    expect(await status(request.id)).toBe(DocumentRequestStatus.PENDING);
  });

  it.each([
    ['the request’s own host (development)', () => ({ origin: development.url })],
    ['Sec-Fetch-Site same-origin and no Origin', () => ({ 'sec-fetch-site': 'same-origin' })],
    ['neither header (not a browser: curl, a script)', () => ({})],
  ])('%s: accepted and stored', async (_name, headers) => {
    const request = await pendingRequest();
    const response = await upload(development, request.id, headers());
    expect(response.status).toBe(201);
    expect(await status(request.id)).toBe(DocumentRequestStatus.UPLOADED);
  });

  it('in production only PUBLIC_URL’s origin counts, not the Host the request names', async () => {
    const refused = await upload(production, (await pendingRequest()).id, { origin: production.url });
    expect(refused.status).toBe(403);
    // Past the origin check (this session cookie is the test config's, so it is anonymous there).
    const accepted = await upload(production, (await pendingRequest()).id, { origin: PUBLIC_URL });
    expect(accepted.status).toBe(401);
  });
});
