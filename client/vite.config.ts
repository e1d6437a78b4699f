import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { graphqlDocuments } from './graphql-documents-plugin.js';
import { precompress } from './precompress-plugin.js';

const api = process.env.PORTAL_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [graphqlDocuments(), react(), precompress()],
  // `source` resolves @portal/shared to its TypeScript, so the SPA never waits for its build.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/files': api, '/uploads': api, '/installations': api, '/explorer': api },
  },
  // The manifest lets scripts/bundle-size.mjs measure each route's initial JavaScript.
  build: { sourcemap: true, manifest: true },
});
