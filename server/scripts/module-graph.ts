// Module-to-module import graph of server/src/modules: which domains reach which, and the cycles.
// Usage: pnpm exec tsx scripts/module-graph.ts [--with-tests]   (from server/)
// Test files are left out by default: they wire modules together on purpose and ship nowhere.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const MODULES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../src/modules');
const withTests = process.argv.includes('--with-tests');
// `--check` (pnpm lint): only the cycle lines, and exit 1 on a value cycle between modules.
const checkOnly = process.argv.includes('--check');

type Kind = 'value' | 'type';
interface ImportRef {
  specifier: string;
  kind: Kind;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    if (!/\.tsx?$/.test(name) || name.endsWith('.d.ts')) return [];
    if (!withTests && /\.test\.tsx?$/.test(name)) return [];
    return [path];
  });
}

// An import counts as a type import when nothing of it survives compilation: `import type`,
// or every named binding marked `type`. Side-effect imports (`import './x.js'`) are values.
function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

function importsOf(file: string): ImportRef[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const refs: ImportRef[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      refs.push({ specifier: node.moduleSpecifier.text, kind: isTypeOnlyImport(node) ? 'type' : 'value' });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      refs.push({ specifier: node.moduleSpecifier.text, kind: isTypeOnlyExport(node) ? 'type' : 'value' });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      refs.push({ specifier: node.arguments[0].text, kind: 'value' });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      refs.push({ specifier: node.argument.literal.text, kind: 'type' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

function moduleOf(path: string): string | undefined {
  const rel = relative(MODULES_DIR, path);
  if (rel.startsWith('..')) return undefined;
  return rel.split(sep)[0];
}

// edges[from][to] = files in `from` causing the edge, with the kind of their import.
const edges = new Map<string, Map<string, Map<string, Kind>>>();
const modules = readdirSync(MODULES_DIR).filter((name) => statSync(join(MODULES_DIR, name)).isDirectory()).sort();

for (const file of sourceFiles(MODULES_DIR)) {
  const from = moduleOf(file)!;
  for (const ref of importsOf(file)) {
    if (!ref.specifier.startsWith('.')) continue;
    const to = moduleOf(resolve(dirname(file), ref.specifier));
    if (!to || to === from) continue;
    const byTarget = edges.get(from) ?? new Map<string, Map<string, Kind>>();
    edges.set(from, byTarget);
    const files = byTarget.get(to) ?? new Map<string, Kind>();
    byTarget.set(to, files);
    const name = relative(MODULES_DIR, file);
    // One value import from a file makes the file's edge a value edge.
    if (files.get(name) !== 'value') files.set(name, ref.kind);
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

// Tarjan's strongly connected components; only components of two or more modules are cycles here.
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const lowlinks = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string): void => {
    indices.set(node, index);
    lowlinks.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        connect(next);
        lowlinks.set(node, Math.min(lowlinks.get(node)!, lowlinks.get(next)!));
      } else if (onStack.has(next)) {
        lowlinks.set(node, Math.min(lowlinks.get(node)!, indices.get(next)!));
      }
    }
    if (lowlinks.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of modules) if (!indices.has(node)) connect(node);
  return components.sort((a, b) => b.length - a.length);
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
