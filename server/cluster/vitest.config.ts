import { defineConfig } from 'vitest/config';
import unitTests from '../vitest.config.js';

// The cluster suite alone (`pnpm test:cluster`): the unit tests' resolution and global setup (one
// PostgreSQL for the run, embedded or DATABASE_URL's server, and a migrated template to clone).
export default defineConfig({
  ...unitTests,
  test: { ...unitTests.test, include: ['cluster/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000 },
});
