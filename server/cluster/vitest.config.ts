import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const CONDITIONS = ['source', 'module', 'node', 'development|production'];

// The cluster suite alone (`pnpm test:cluster`), with the unit tests' global setup: one PostgreSQL
// for the run (embedded, or DATABASE_URL's server) and a migrated template to clone.
export default defineConfig({
  ssr: { resolve: { conditions: CONDITIONS } },
  environments: { __vitest__: { resolve: { conditions: CONDITIONS } } },
  resolve: {
    conditions: CONDITIONS,
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['cluster/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-file.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
