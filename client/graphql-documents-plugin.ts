import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const GENERATED_DOCUMENT = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
const PREFIX = 'virtual:graphql-document/';

/**
 * Replaces each `graphql(`…`)` call with its generated document as a module of its own, what
 * the codegen client preset's Babel plugin does. Without it the entry carries the map of every
 * document of the app (admin screens included); with one module per document, each lazy chunk
 * carries only the documents it uses.
 */
export function graphqlDocuments(): Plugin {
  let generatedFile = '';
  let cache: { mtimeMs: number; documents: Map<string, string> } | null = null;

  // The one-line `export const NameDocument = {…} as unknown as DocumentNode<…>;` of codegen.
  function generatedDocuments(): Map<string, string> {
    const { mtimeMs } = statSync(generatedFile);
    if (cache?.mtimeMs !== mtimeMs) {
      const source = readFileSync(generatedFile, 'utf8');
      cache = { mtimeMs, documents: new Map(Array.from(source.matchAll(GENERATED_DOCUMENT), (m) => [m[1]!, m[2]!])) };
    }
    return cache.documents;
  }

  return {
    name: 'portal:graphql-documents',
    enforce: 'pre',
    configResolved(config) {
      generatedFile = path.join(config.root, 'src/__generated__/graphql.ts');
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      this.addWatchFile(generatedFile);
      const document = generatedDocuments().get(name);
      if (!document) this.error(`${name} is not in ${generatedFile}: run the codegen`);
      return `export default ${document};`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('__generated__') || !code.includes('graphql(`')) return null;
      const imports = new Set<string>();
      const transformed = code.replace(CALL, (call: string, source: string) => {
        const definition = DEFINITION.exec(source.replace(/#[^\n]*/g, ''));
        if (!definition) this.error(`graphql() in ${id} has no named operation or fragment`);
        const name = definition![1] === 'fragment' ? `${definition![2]}FragmentDoc` : `${definition![2]}Document`;
        imports.add(`import __document_${name} from '${PREFIX}${name}';`);
        // Same line count, so the rest of the file keeps its source positions.
        return `__document_${name}` + '\n'.repeat(call.split('\n').length - 1);
      });
      if (imports.size === 0) return null;
      return { code: `${transformed}\n${[...imports].join('\n')}\n`, map: null };
    },
  };
}
