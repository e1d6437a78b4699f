import { defineConfig } from '@playwright/test';

/** Journeys in Debian's Chromium (Playwright cannot download its own browsers here). */
export default defineConfig({
  testDir: 'e2e',
  // One portal (server + embedded PostgreSQL + SMTP peer) per worker; one worker fits 2 cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'es-ES',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
    // Kept as test artifacts (client/test-results) when a journey fails.
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
