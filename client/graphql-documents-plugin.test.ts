import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { ContractDetailDocument, ContractSummaryFragmentDoc, ContractsListDocument } from './src/__generated__/graphql.js';
import { graphqlDocuments } from './graphql-documents-plugin.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const contractsFile = path.join(root, 'src/features/contracts/contracts.documents.ts');

type Hook = (this: unknown, ...args: unknown[]) => unknown;
type Result = { code: string } | null;

/** The plugin's hooks, called the way Vite calls them, with a context that throws what the plugin reports. */
function plugin() {
  const instance = graphqlDocuments();
  const watched: string[] = [];
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
    addWatchFile(file: string) {
      watched.push(file);
    },
  };
  const hook = (name: 'configResolved' | 'transform' | 'load' | 'resolveId') => (instance[name] as Hook).bind(context);
  hook('configResolved')({ root } as ResolvedConfig);
  return {
    watched,
    transform: (code: string, id = contractsFile) => hook('transform')(code, id) as Result,
    load: (id: string) => hook('load')(id) as string | null,
    resolveId: (id: string) => hook('resolveId')(id) as string | null,
  };
}

/** The object a virtual document module exports by default. */
function exported(moduleCode: string): unknown {
  const match = /^export default (.*);$/s.exec(moduleCode);
  if (!match) throw new Error(`not a default export: ${moduleCode.slice(0, 80)}`);
  return JSON.parse(match[1]!);
}

describe('graphqlDocuments', () => {
  // One instance, as in a build: codegen's output is read once (about a second).
  const documents = plugin();

  it('replaces each graphql() call by an import of its own document module, keeping line numbers', () => {
    const source = readFileSync(contractsFile, 'utf8');
    const result = documents.transform(source);

    const code = result!.code;
    expect(code).not.toContain('graphql(`');
    expect(code).toContain('export const CONTRACTS_LIST = __document_ContractsListDocument\n');
    expect(code).toContain('export const CONTRACT_DETAIL = __document_ContractDetailDocument\n');
    const imports = code.split('\n').filter((line) => line.startsWith('import __document_'));
    expect(imports).toEqual([
      "import __document_ContractSummaryFragmentDoc from 'virtual:graphql-document/ContractSummaryFragmentDoc';",
      "import __document_ContractsListDocument from 'virtual:graphql-document/ContractsListDocument';",
      "import __document_ContractDetailDocument from 'virtual:graphql-document/ContractDetailDocument';",
    ]);
    // Every line before the appended imports is where it was: source positions stay right.
    const body = code.slice(0, code.indexOf('\nimport __document_'));
    expect(body.split('\n')).toHaveLength(source.split('\n').length);
    expect(body.split('\n').indexOf('export const CONTRACT_DETAIL = __document_ContractDetailDocument')).toBe(
      source.split('\n').indexOf('export const CONTRACT_DETAIL = graphql(`'),
    );
  });

  it('serves the document codegen generated, fragments included', () => {
    const id = documents.resolveId('virtual:graphql-document/ContractsListDocument');
    expect(id).toBe('\0virtual:graphql-document/ContractsListDocument');

    expect(exported(documents.load(id!)!)).toEqual(ContractsListDocument);
    expect(exported(documents.load('\0virtual:graphql-document/ContractDetailDocument')!)).toEqual(ContractDetailDocument);
    expect(exported(documents.load('\0virtual:graphql-document/ContractSummaryFragmentDoc')!)).toEqual(ContractSummaryFragmentDoc);
    const definitions = (exported(documents.load(id!)!) as typeof ContractsListDocument).definitions.map((d) => d.kind);
    expect(definitions).toEqual(['OperationDefinition', 'FragmentDefinition']);
    // Vite reloads the module when codegen writes its output again.
    expect(documents.watched.map((file) => path.basename(file))).toContain('graphql.ts');
  });

  it('leaves other modules and other ids alone', () => {
    expect(documents.transform('export const x = 1;\n')).toBeNull();
    // A `graphql` that is not codegen's (here a local function) is not rewritten.
    expect(documents.transform('const graphql = (s: string) => s;\nexport const q = graphql(`query X { a }`);\n')).toBeNull();
    const otherGraphql = "import { graphql } from 'msw';\nimport type { DocumentType } from '../../__generated__/gql.js';\n";
    expect(documents.transform(`${otherGraphql}export const handler = graphql.query('X', () => null);\ngraphql(\`query X { a }\`);\n`)).toBeNull();
    expect(documents.transform(readFileSync(contractsFile, 'utf8'), path.join(root, 'src/__generated__/gql.ts'))).toBeNull();
    expect(documents.resolveId('./contracts.documents.js')).toBeNull();
    expect(documents.load('/src/main.tsx')).toBeNull();
  });

  it('finds calls whatever their layout and however codegen is imported', () => {
    const source = readFileSync(contractsFile, 'utf8')
      .replace("import { graphql } from '../../__generated__/gql.js';", "import { graphql as gql } from '../../__generated__/gql.js';")
      .replaceAll('graphql(`', 'gql(\n  /* GraphQL */ `');
    const code = documents.transform(source)!.code;
    expect(code).toContain('export const CONTRACTS_LIST = __document_ContractsListDocument\n');
    expect(code.split('\n').filter((line) => line.startsWith('import __document_'))).toHaveLength(3);
  });

  it('fails the build for a document codegen has not seen, or a call it cannot read', () => {
    const header = "import { graphql } from '../../__generated__/gql.js';\n";
    expect(() => documents.transform(`${header}export const Q = graphql(\`query NotGenerated { viewer { id } }\`);\n`)).toThrow(
      /contracts\.documents\.ts:2 is not in the codegen output: run the codegen/,
    );
    expect(() => documents.transform(`${header}const text = 'query X { a }';\nexport const Q = graphql(text);\n`)).toThrow(
      /takes one template literal/,
    );
    expect(() => documents.load('\0virtual:graphql-document/NotGeneratedDocument')).toThrow(/NotGeneratedDocument is not in/);
  });
});
