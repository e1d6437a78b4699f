import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:graphql-document/';
/** Where codegen's `graphql` function is imported from: `__generated__/gql.js` or the folder's index. */
const GQL_SPECIFIER = String.raw`__generated__(?:/(?:gql|index)(?:\.js)?)?`;
const GQL_MODULE = new RegExp(`${GQL_SPECIFIER}$`);
const IMPORTS_GQL = new RegExp(`${GQL_SPECIFIER}['"]`);

type DocumentNode = { kind: 'Document' };

/** What the codegen client preset does at run time: which document a `graphql()` source stands for. */
export type GeneratedDocuments = {
  /** The export name (`SupplyPointsDocument`, `InvoiceFieldsFragmentDoc`) of a `graphql()` source, if codegen saw it. */
  nameOf(source: string): string | undefined;
  /** The document codegen exported under that name. */
  document(name: string): DocumentNode | undefined;
};

/**
 * Codegen's own output, so nothing here re-derives names or fragments from query text:
 * `graphql.ts` is read as a syntax tree (its exported document literals; transpiling its 250 kB
 * of types would take seconds), and `gql.ts` is run to ask its `graphql()` which export a
 * source maps to.
 */
export function loadGeneratedDocuments(generatedDir: string): GeneratedDocuments {
  const typesFile = path.join(generatedDir, 'graphql.ts');
  const tree = ts.createSourceFile(typesFile, readFileSync(typesFile, 'utf8'), ts.ScriptTarget.Latest);
  const exported = new Map<string, ts.Expression>();
  for (const statement of tree.statements) {
    if (!ts.isVariableStatement(statement) || !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const { name, initializer } of statement.declarationList.declarations) {
      if (ts.isIdentifier(name) && initializer) exported.set(name.text, initializer);
    }
  }

  const gqlFile = path.join(generatedDir, 'gql.ts');
  const { outputText } = ts.transpileModule(readFileSync(gqlFile, 'utf8'), {
    fileName: gqlFile,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const gql: { graphql?: (source: string) => unknown } = {};
  // gql.ts imports graphql.ts (`types.ContractsListDocument`): here each export stands for its own name.
  const types = Object.fromEntries([...exported.keys()].map((name) => [name, name]));
  const require = (specifier: string) => {
    if (!/^\.\/graphql(\.js)?$/.test(specifier)) throw new Error(`${gqlFile} imports ${specifier} at run time, which this plugin cannot provide`);
    return types;
  };
  runInNewContext(outputText, { exports: gql, require }, { filename: gqlFile });
  const graphql = gql.graphql!;

  return {
    nameOf(source) {
      const name = graphql(source);
      return typeof name === 'string' ? name : undefined;
    },
    document(name) {
      const initializer = exported.get(name);
      const document = initializer && literal(initializer);
      return (document as Partial<DocumentNode> | undefined)?.kind === 'Document' ? (document as DocumentNode) : undefined;
    },
  };
}

/** The value of a JSON-like literal (`{"kind":"Document",…} as unknown as DocumentNode<…>`). */
function literal(node: ts.Expression): unknown {
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) return literal(node.expression);
  if (ts.isObjectLiteralExpression(node)) {
    return Object.fromEntries(
      node.properties.map((property) => {
        if (!ts.isPropertyAssignment(property) || !(ts.isStringLiteral(property.name) || ts.isIdentifier(property.name))) {
          throw new Error(`unexpected ${ts.SyntaxKind[property.kind]} in a generated document`);
        }
        return [property.name.text, literal(property.initializer)];
      }),
    );
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.map(literal);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  throw new Error(`unexpected ${ts.SyntaxKind[node.kind]} in a generated document`);
}

/** Local names bound to codegen's `graphql` function (`import { graphql } from '../__generated__/gql.js'`). */
function graphqlImports(file: ts.SourceFile): Set<string> {
  const locals = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!GQL_MODULE.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      if ((element.propertyName ?? element.name).text === 'graphql') locals.add(element.name.text);
    }
  }
  return locals;
}

/**
 * Replaces each `graphql(`…`)` call with its generated document as a module of its own, what
 * the codegen client preset's Babel plugin does. Without it the entry carries the map of every
 * document of the app (admin screens included); with one module per document, each lazy chunk
 * carries only the documents it uses.
 */
export function graphqlDocuments(): Plugin {
  let generatedDir = '';
  let cache: { stamp: string; generated: GeneratedDocuments } | null = null;

  function generatedFiles(): string[] {
    return ['graphql.ts', 'gql.ts'].map((name) => path.join(generatedDir, name));
  }

  // Re-read only when codegen has written its output again.
  function generated(): GeneratedDocuments {
    const stamp = generatedFiles()
      .map((file) => statSync(file).mtimeMs)
      .join();
    if (cache?.stamp !== stamp) cache = { stamp, generated: loadGeneratedDocuments(generatedDir) };
    return cache.generated;
  }

  return {
    name: 'portal:graphql-documents',
    enforce: 'pre',
    configResolved(config) {
      generatedDir = path.join(config.root, 'src/__generated__');
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      for (const file of generatedFiles()) this.addWatchFile(file);
      const document = generated().document(name);
      if (!document) this.error(`${name} is not in ${generatedDir}: run the codegen`);
      return `export default ${JSON.stringify(document)};`;
    },
    transform(code, id) {
      // Most modules import only codegen's types: they need no parse.
      if (!/\.tsx?$/.test(id) || id.includes('__generated__') || !IMPORTS_GQL.test(code)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, id.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      const locals = graphqlImports(file);
      if (locals.size === 0) return null;

      const calls: { start: number; end: number; name: string }[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && locals.has(node.expression.text)) {
          const where = `${id}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
          const [source] = node.arguments;
          if (node.arguments.length !== 1 || !source || !ts.isNoSubstitutionTemplateLiteral(source)) {
            this.error(`graphql() at ${where} takes one template literal without substitutions`);
          }
          const name = generated().nameOf(source.text);
          if (!name) this.error(`graphql() at ${where} is not in the codegen output: run the codegen`);
          calls.push({ start: node.getStart(), end: node.getEnd(), name });
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (calls.length === 0) return null;

      for (const generatedFile of generatedFiles()) this.addWatchFile(generatedFile);
      let transformed = code;
      // From the last call back, so earlier offsets stay valid.
      for (const { start, end, name } of [...calls].reverse()) {
        const lines = code.slice(start, end).split('\n').length - 1;
        // Same line count, so the rest of the file keeps its source positions.
        transformed = `${transformed.slice(0, start)}__document_${name}${'\n'.repeat(lines)}${transformed.slice(end)}`;
      }
      const imports = new Set(calls.map(({ name }) => `import __document_${name} from '${PREFIX}${name}';`));
      return { code: `${transformed}\n${[...imports].join('\n')}\n`, map: null };
    },
  };
}
