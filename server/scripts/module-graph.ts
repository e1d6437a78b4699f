// Module-to-module import graph of server/src/modules: which domains reach which, and the cycles.
// Usage: pnpm exec tsx scripts/module-graph.ts [--with-tests]   (from server/)
// Test files are left out by default: they wire modules together on purpose and ship nowhere.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cycles as stronglyConnected, importsOf, sourceFiles } from './source-graph.js';

const MODULES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../src/modules');
const withTests = process.argv.includes('--with-tests');
// `--check` (pnpm lint): only the cycle lines, and exit 1 on a value cycle between modules.
const checkOnly = process.argv.includes('--check');

type Kind = 'value' | 'type';

function moduleOf(path: string): string | undefined {
  const rel = relative(MODULES_DIR, path);
  if (rel.startsWith('..')) return undefined;
  return rel.split(sep)[0];
}

// edges[from][to] = files in `from` causing the edge, with the kind of their import.
const edges = new Map<string, Map<string, Map<string, Kind>>>();
const modules = readdirSync(MODULES_DIR).filter((name) => statSync(join(MODULES_DIR, name)).isDirectory()).sort();

for (const file of sourceFiles(MODULES_DIR, withTests)) {
  const from = moduleOf(file)!;
  for (const ref of importsOf(file)) {
    if (!ref.target.startsWith('.')) continue;
    const to = moduleOf(resolve(dirname(file), ref.target));
    if (!to || to === from) continue;
    const byTarget = edges.get(from) ?? new Map<string, Map<string, Kind>>();
    edges.set(from, byTarget);
    const files = byTarget.get(to) ?? new Map<string, Kind>();
    byTarget.set(to, files);
    const name = relative(MODULES_DIR, file);
    // One value import from a file makes the file's edge a value edge.
    if (files.get(name) !== 'value') files.set(name, ref.typeOnly ? 'type' : 'value');
  }
}

function adjacency(kinds: Kind[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const from of modules) {
    const targets = [...(edges.get(from) ?? new Map<string, Map<string, Kind>>())]
      .filter(([, files]) => [...files.values()].some((kind) => kinds.includes(kind)))
      .map(([to]) => to)
      .sort();
    graph.set(from, targets);
  }
  return graph;
}

// Only components of two or more modules are cycles here; the largest first.
function cycles(graph: Map<string, string[]>): string[][] {
  return stronglyConnected(graph, modules).sort((a, b) => b.length - a.length);
}

function printCycles(title: string, graph: Map<string, string[]>): number {
  const found = cycles(graph);
  console.log(`${title}: ${found.length === 0 ? 'no cycle' : `${found.length} cycle(s)`}`);
  for (const component of found) console.log(`  [${component.length}] ${component.join(', ')}`);
  return found.length;
}

const valueGraph = adjacency(['value']);
const allGraph = adjacency(['value', 'type']);
const edgeCount = (graph: Map<string, string[]>) => [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);

console.log(`${modules.length} modules${withTests ? ' (tests included)' : ''}; ${edgeCount(valueGraph)} value edges, ${edgeCount(allGraph)} edges in all`);
const valueCycles = printCycles('Cycles in the value-import graph', valueGraph);
printCycles('Cycles in the all-imports graph', allGraph);
if (!checkOnly) console.log('\nEdges (v = value import, t = type-only import):');
for (const from of checkOnly ? [] : modules) {
  for (const [to, files] of [...(edges.get(from) ?? [])].sort(([a], [b]) => a.localeCompare(b))) {
    const kinds = [...files.values()];
    console.log(`  ${from} -> ${to} [${kinds.includes('value') ? 'v' : 't'}]`);
    for (const [file, kind] of [...files].sort(([a], [b]) => a.localeCompare(b))) console.log(`      ${kind === 'value' ? 'v' : 't'} ${file}`);
  }
}
process.exitCode = valueCycles > 0 ? 1 : 0;
