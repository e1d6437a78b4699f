import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// `source` first: @portal/shared resolves to its TypeScript, so tests never need shared/dist.
// The rest are Vite's defaults for the server environment, where tests run, less `module`:
// vitest passes these to Node as --conditions, and `module` builds are for bundlers (the AWS
// SDK's have extensionless imports Node cannot load); production Node never uses them. Vitest
// runs the global setup (which migrates the template database, importing every entity) in its
// own `__vitest__` environment, so that one needs the conditions too.
const CONDITIONS = ['source', 'node', 'development|production'];

export default defineConfig({
  ssr: { resolve: { conditions: CONDITIONS } },
  environments: { __vitest__: { resolve: { conditions: CONDITIONS } } },
  resolve: {
    conditions: CONDITIONS,
    // One copy of graphql: type-graphql and our code must share the same realm.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-file.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
