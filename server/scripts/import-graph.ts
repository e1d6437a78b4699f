// Measures the server's folder graph: which folders import which, how many arrows run upward
// (against core <- modules <- app), and the cycles among modules. Run from the repository root:
//   pnpm --filter @portal/server exec tsx scripts/import-graph.ts [--no-tests] [--verbose] [--src <dir>]
// (--src measures another checkout's server/src, e.g. a base commit's, with the same rules).
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cycles, importsOf, isTest, sourceFiles } from './source-graph.js';

const srcFlag = process.argv.indexOf('--src');
const SRC = srcFlag > 0 ? resolve(process.argv[srcFlag + 1]) : resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const skipTests = process.argv.includes('--no-tests');

type Edge = { from: string; to: string; typeOnly: boolean; dynamic: boolean; file: string; target: string };

/** `app`, `core` (its root files), `core/<sub>`, `modules/<m>`, `demo`, or a root file such as `main`. */
function folderOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  if (parts[0] === 'core' || parts[0] === 'modules') return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0];
  if (parts.length === 1) return parts[0].replace(/\.tsx?$/, '');
  return parts[0];
}

/** Lower runs first: an arrow from a lower layer to a higher one runs upward. `main` may import anything. */
function layerOf(folder: string): number {
  if (folder === 'core' || folder.startsWith('core/') || folder === 'config') return 0;
  if (folder.startsWith('modules/')) return 1;
  if (folder === 'app' || folder === 'demo') return 2;
  return 3;
}

const edges: Edge[] = [];
for (const file of sourceFiles(SRC, !skipTests)) {
  for (const { target, typeOnly, dynamic } of importsOf(file)) {
    if (!target.startsWith('.')) continue;
    const resolved = resolve(dirname(file), target);
    if (!resolved.startsWith(`${SRC}/`)) continue; // e.g. a test helper outside src/
    const from = folderOf(file);
    const to = folderOf(resolved.replace(/\.js$/, '.ts'));
    if (from !== to) edges.push({ from, to, typeOnly, dynamic, file: relative(SRC, file), target });
  }
}

const arrows = new Map<string, Edge[]>();
for (const edge of edges) {
  const key = `${edge.from} -> ${edge.to}`;
  arrows.set(key, [...(arrows.get(key) ?? []), edge]);
}
const upward = [...arrows.entries()].filter(([, [edge]]) => layerOf(edge.from) < layerOf(edge.to) && layerOf(edge.from) < 3);
// An entry point may load demo/ with import() when it seeds; a static import puts it in production.
const productionToDemo = edges.filter((edge) => edge.to === 'demo' && edge.from !== 'demo' && !isTest(edge.file) && !edge.dynamic);

/** Tarjan's strongly connected components of size > 1 among modules; a test may import any module. */
function moduleCycles(includeTypes: boolean): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!edge.from.startsWith('modules/') || !edge.to.startsWith('modules/') || isTest(edge.file)) continue;
    if (edge.typeOnly && !includeTypes) continue;
    const from = edge.from.slice('modules/'.length);
    const to = edge.to.slice('modules/'.length);
    if (!graph.has(from)) graph.set(from, new Set());
    if (!graph.has(to)) graph.set(to, new Set());
    graph.get(from)!.add(to);
  }
  return cycles(graph, [...graph.keys()].sort());
}

const verbose = process.argv.includes('--verbose');
console.log(`server/src${skipTests ? ' (without *.test.ts)' : ''}: ${edges.length} imports across folders`);
console.log(`folder-to-folder arrows: ${arrows.size}`);
const upwardOutsideTests = upward.filter(([, list]) => list.some((edge) => !isTest(edge.file)));
console.log(`upward arrows (core -> app/modules/demo, modules -> app/demo): ${upward.length} (${upwardOutsideTests.length} outside *.test.ts)`);
for (const [key, list] of upward.sort(([a], [b]) => a.localeCompare(b))) {
  const notes = [list.every((edge) => edge.typeOnly) && 'types only', list.every((edge) => isTest(edge.file)) && 'tests only'].filter(Boolean);
  console.log(`  ${key} (${list.length} import${list.length === 1 ? '' : 's'}${notes.map((note) => `, ${note}`).join('')})`);
  if (verbose) for (const edge of list) console.log(`      ${edge.file}: ${edge.target}`);
}
console.log(`static imports of demo/ outside demo/ and tests: ${productionToDemo.length}`);
for (const edge of productionToDemo) console.log(`  ${edge.file}: ${edge.target}`);
for (const [label, includeTypes] of [['value imports', false], ['value and type imports', true]] as const) {
  const found = moduleCycles(includeTypes);
  console.log(`module cycles (${label}, outside tests): ${found.length}`);
  for (const cycle of found) console.log(`  ${cycle.length} modules: ${cycle.join(', ')}`);
}
