// Measures the server's folder graph: which folders import which, how many arrows run upward
// (against core <- modules <- app), and the cycles among modules. Run from the repository root:
//   pnpm --filter @portal/server exec tsx scripts/import-graph.ts [--no-tests] [--verbose] [--src <dir>]
// (--src measures another checkout's server/src, e.g. a base commit's, with the same rules).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const srcFlag = process.argv.indexOf('--src');
const SRC = srcFlag > 0 ? resolve(process.argv[srcFlag + 1]) : resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const skipTests = process.argv.includes('--no-tests');

type Edge = { from: string; to: string; typeOnly: boolean; dynamic: boolean; file: string; target: string };

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

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

type Found = { target: string; typeOnly: boolean; dynamic: boolean };

function importsOf(file: string): Found[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      // `import { type A, type B }` erases like `import type`; a bare `import './x'` is a value import.
      const allTypeSpecifiers =
        !!clause &&
        !clause.name &&
        !!clause.namedBindings &&
        ts.isNamedImports(clause.namedBindings) &&
        clause.namedBindings.elements.length > 0 &&
        clause.namedBindings.elements.every((element) => element.isTypeOnly);
      found.push({ target: node.moduleSpecifier.text, typeOnly: !!clause?.isTypeOnly || allTypeSpecifiers, dynamic: false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ target: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, dynamic: false });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) found.push({ target: argument.text, typeOnly: false, dynamic: true });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ target: node.argument.literal.text, typeOnly: true, dynamic: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((entry) => entry.target.startsWith('.'));
}

const edges: Edge[] = [];
for (const file of walk(SRC)) {
  if (skipTests && isTest(file)) continue;
  for (const { target, typeOnly, dynamic } of importsOf(file)) {
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

/** Tarjan's strongly connected components of size > 1 among modules. */
function moduleCycles(includeTypes: boolean): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!edge.from.startsWith('modules/') || !edge.to.startsWith('modules/')) continue;
    if (edge.typeOnly && !includeTypes) continue;
    const from = edge.from.slice('modules/'.length);
    const to = edge.to.slice('modules/'.length);
    if (!graph.has(from)) graph.set(from, new Set());
    if (!graph.has(to)) graph.set(to, new Set());
    graph.get(from)!.add(to);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node)!) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
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
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);
  return components;
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
  const cycles = moduleCycles(includeTypes);
  console.log(`module cycles (${label}): ${cycles.length}`);
  for (const cycle of cycles) console.log(`  ${cycle.length} modules: ${cycle.join(', ')}`);
}
