import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { startSmtpPeer, type SmtpPeer } from '../../server/test/smtp.js';
import { freePort } from '../../server/test/free-port.js';

export { expect };

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server');
export const DEMO_PASSWORD = 'portal-demo-2026';

export type Portal = { baseURL: string; mailbox: SmtpPeer; logs: string[] };


async function waitUntilHealthy(baseURL: string, server: ChildProcess, logs: string[]): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (server.exitCode !== null) throw new Error(`The server exited:\n${logs.join('')}`);
    const healthy = await fetch(`${baseURL}/healthz`).then((r) => r.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not become healthy:\n${logs.join('')}`);
}

/**
 * The whole portal as a user gets it: the production build of server and SPA, a fresh
 * embedded PostgreSQL with the demo data, and a real SMTP peer receiving its e-mails.
 */
export const test = base.extend<object, { portal: Portal }>({
  portal: [
    async ({}, use) => {
      const mailbox = await startSmtpPeer();
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'portal-e2e-'));
      // As root, PostgreSQL runs as the `postgres` user, which must reach the cluster inside.
      await chmod(dataDir, 0o755);
      const port = await freePort();
      const baseURL = `http://127.0.0.1:${port}`;
      const logs: string[] = [];
      // SERVER_DIST (a folder under server/, e.g. dist-mine) runs another build of the server.
      const serverMain = path.join(process.env.SERVER_DIST ?? 'dist', 'main.js');
      const server = spawn(process.execPath, ['--enable-source-maps', serverMain], {
        cwd: SERVER_DIR,
        env: {
          ...process.env,
          NODE_ENV: 'development',
          HOST: '127.0.0.1',
          PORT: String(port),
          PUBLIC_URL: baseURL,
          DATA_DIR: dataDir,
          EMBEDDED_PG_PORT: String(await freePort()),
          SMTP_URL: mailbox.url,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      server.stdout!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
      server.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
      try {
        await waitUntilHealthy(baseURL, server, logs);
        await use({ baseURL, mailbox, logs });
      } finally {
        // SIGTERM must stop HTTP, the outbox and PostgreSQL in order and exit 0 (README: Ctrl-C).
        const exited = new Promise<number | null>((resolve) =>
          server.exitCode !== null ? resolve(server.exitCode) : server.once('exit', (code) => resolve(code)),
        );
        server.kill('SIGTERM');
        const code = await Promise.race([exited, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 30_000))]);
        if (code === 'hung') server.kill('SIGKILL');
        await mailbox.stop();
        await rm(dataDir, { recursive: true, force: true });
        // eslint-disable-next-line no-unsafe-finally -- an unclean stop fails the run even after a failed journey
        if (code !== 0) throw new Error(`The server did not stop cleanly on SIGTERM (${code}):\n${logs.join('')}`);
      }
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  baseURL: async ({ portal }, use) => use(portal.baseURL),
  // Every journey runs under the server's Content-Security-Policy: anything it blocks (in the
  // page or any frame) fails the test, so a CSP that breaks a screen cannot pass unnoticed.
  page: async ({ page }, use) => {
    const violations: string[] = [];
    await page.exposeFunction('__reportCspViolation', (violation: string) => void violations.push(violation));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation?: (violation: string) => void }).__reportCspViolation;
        report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${event.documentURI}${event.sample ? `: ${event.sample}` : ''}`);
      });
    });
    await use(page);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});
