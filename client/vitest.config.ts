import { defineConfig } from 'vitest/config';

// `source` first: @portal/shared resolves to its TypeScript, as in the SPA's own build. Unit tests
// run in Vite's server environment, whose conditions are separate from the client's.
const CONDITIONS = ['source', 'module', 'node', 'development|production'];

/** Unit tests of the client's pure logic and of its build plugin, in Node (no browser needed). */
export default defineConfig({
  ssr: { resolve: { conditions: CONDITIONS } },
  resolve: { conditions: CONDITIONS },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', '*.test.ts'],
  },
});
