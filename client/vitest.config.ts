import { defineConfig } from 'vitest/config';

// Unit tests of client logic, run in Node (no DOM): `source` resolves @portal/shared to its TypeScript.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'node', 'development|production'] },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
