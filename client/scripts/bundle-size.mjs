// Gzipped size of the JavaScript each route needs before it can render, from the production
// build's manifest: the entry chunk and its static imports (the sign-in route: nothing else), plus
// for a portal route the signed-in app's lazy chunk (Apollo Client, the shell), the admin area's for
// a staff route, and the route's own lazy chunk, each with its static imports. Fails when the
// sign-in route exceeds its budget (issue 4: 170 KB gzipped; issue 15: 120 KB).
// `--json` prints the same figures as JSON (for pnpm bench in server/bench).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const SIGN_IN_BUDGET_BYTES = 120 * 1000;
const dist = process.env.CLIENT_DIST ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));

const gzipped = new Map();
function gzipSize(file) {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
  return gzipped.get(file);
}

/** The JS files a chunk loads before it runs: itself and its static imports, transitively. */
function staticClosure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(imported, files);
  return files;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = staticClosure(entryKey);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const total = (files) => [...files].reduce((sum, file) => sum + gzipSize(file), 0);

/** The lazy chunks every signed-in route loads first (app/root.tsx), and the staff routes' too. */
const signedIn = staticClosure('src/app/signed-in-app.tsx');
const adminArea = staticClosure('src/app/admin-area.tsx');
if (signedIn.size === 0 || adminArea.size === 0) throw new Error('The manifest has no signed-in app or admin area chunk: update scripts/bundle-size.mjs.');

const rows = [['sign-in (entry)', total(initial)]];
for (const [key, chunk] of Object.entries(manifest)) {
  const route = /features\/([^/]+)\/\1-section\.tsx$/.exec(chunk.src ?? key);
  if (!route) continue;
  const area = route[1].startsWith('admin-') ? adminArea : [];
  rows.push([`/${route[1] === 'home' ? '' : route[1]}`, total(new Set([...initial, ...signedIn, ...area, ...staticClosure(key)]))]);
}

const signIn = rows[0][1];
if (process.argv.includes('--json')) {
  const routes = rows.map(([route, bytes]) => ({ route, gzipBytes: bytes }));
  console.log(JSON.stringify({ routes, signInBudgetBytes: SIGN_IN_BUDGET_BYTES, withinBudget: signIn <= SIGN_IN_BUDGET_BYTES }));
  process.exit(signIn > SIGN_IN_BUDGET_BYTES ? 1 : 0);
}
console.log('Initial JavaScript per route (gzipped):');
for (const [route, bytes] of rows) console.log(`  ${route.padEnd(18)} ${kb(bytes).padStart(10)}`);
if (signIn > SIGN_IN_BUDGET_BYTES) {
  console.error(`The sign-in route needs ${kb(signIn)} of JavaScript: over its ${kb(SIGN_IN_BUDGET_BYTES)} budget.`);
  process.exit(1);
}
console.log(`Sign-in route: ${kb(signIn)} of a ${kb(SIGN_IN_BUDGET_BYTES)} budget.`);
