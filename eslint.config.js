// ESLint flat config for the whole workspace: a small base, promise safety, React hook rules and
// the import boundaries that keep the shape described in the architecture notes.
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Flags relative imports from `<base>/<a>/…` into a sibling `<base>/<b>/…`. With `entry` set, the
 * sibling may be reached through that one file (a module's `index.js`); without it, not at all.
 * `direct` (a regular expression) names files a sibling may also import directly.
 * Type-only imports count too: a type reaching into another module's internals couples them as well.
 */
const siblingIsolation = {
  meta: {
    type: 'problem',
    docs: { description: 'Folders under a base reach each other only through an entry file, if at all' },
    schema: [
      {
        type: 'object',
        properties: { base: { type: 'string' }, entry: { type: 'string' }, direct: { type: 'string' } },
        required: ['base'],
        additionalProperties: false,
      },
    ],
    messages: {
      throughEntry: "'{{from}}' may import '{{to}}' only through '{{entry}}' (found '{{specifier}}').",
      forbidden: "'{{from}}' may not import from '{{to}}' (found '{{specifier}}').",
    },
  },
  create(context) {
    const { base, entry, direct } = context.options[0];
    const directly = direct ? new RegExp(direct) : null;
    const baseDir = path.resolve(context.cwd, base);
    const own = siblingOf(baseDir, context.filename);
    if (!own) return {};

    function check(node, source) {
      const specifier = typeof source?.value === 'string' ? source.value : undefined;
      if (!specifier?.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), specifier);
      const other = siblingOf(baseDir, target);
      if (!other || other.name === own.name) return;
      if (entry && other.rest === entry) return;
      if (directly?.test(other.rest)) return;
      context.report({
        node: source,
        messageId: entry ? 'throughEntry' : 'forbidden',
        data: { from: own.name, to: other.name, entry: `${other.name}/${entry}`, specifier },
      });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
    };
  },
};

/** `{ name, rest }` when `file` lies in a folder directly under `baseDir`, e.g. modules/users/x.ts. */
function siblingOf(baseDir, file) {
  const relative = path.relative(baseDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const [name, ...rest] = relative.split(path.sep);
  if (rest.length === 0) return undefined;
  return { name, rest: rest.join('/') };
}

const boundaries = { rules: { 'sibling-isolation': siblingIsolation } };

/**
 * The whole config. `root` and `typed: false` let the boundary test (scripts/) lint a fixture tree
 * without type information.
 */
export function buildConfig({ root = import.meta.dirname, typed = true } = {}) {
  const zone = (target, from, message) => ({ target, from, message });
  const restrictedPaths = (...zones) => ['error', { basePath: root, zones }];
  const under = (folder) => path.join(root, folder);

  return defineConfig(
    {
      ignores: [
        '**/dist/**',
        '**/dist-*/**',
        '**/node_modules/**',
        '**/coverage/**',
        'client/src/__generated__/**',
        'client/test-results/**',
        'client/playwright-report/**',
        'server/bench/data/**',
        'server/bench/results/**',
        '**/.data/**',
      ],
    },
    js.configs.recommended,
    tseslint.configs.recommended,
    {
      linterOptions: { reportUnusedDisableDirectives: 'error' },
      languageOptions: { globals: { ...globals.node } },
      rules: {
        // 207 `any`s, mostly at library seams (MikroORM rows, Playwright, bench JSON): typing them is
        // churn unrelated to the lint step; a later pass can turn this on.
        '@typescript-eslint/no-explicit-any': 'off',
        // The code matches control characters on purpose (file-name sanitising, ANSI colour codes).
        'no-control-regex': 'off',
        // A `_` prefix marks a name left unused on purpose (a positional argument, a rest sibling).
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
        ],
      },
    },
    typed
      ? {
          files: ['**/*.ts', '**/*.tsx'],
          languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
          rules: {
            // A promise nobody handles loses its error; on the server an unhandled rejection ends the process.
            '@typescript-eslint/no-floating-promises': 'error',
            '@typescript-eslint/no-misused-promises': 'error',
          },
        }
      : {},
    {
      // Playwright reads a fixture's dependencies from its first parameter: `{}` means none.
      files: ['client/e2e/**'],
      rules: { 'no-empty-pattern': 'off' },
    },
    {
      files: ['client/src/**/*.{ts,tsx}'],
      languageOptions: { globals: { ...globals.browser } },
      plugins: { 'react-hooks': reactHooks },
      rules: {
        'react-hooks/rules-of-hooks': 'error',
        'react-hooks/exhaustive-deps': 'error',
      },
    },

    // Import boundaries. Paths resolve like TypeScript does (`.js` specifiers to `.ts` sources).
    {
      files: ['**/*.{ts,tsx,js,mjs}'],
      plugins: { 'import-x': importX, boundaries },
      settings: {
        // Without these, import-x reads only .js files and no-cycle sees no TypeScript import at all.
        'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
        'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
        'import-x/resolver-next': [
          createTypeScriptImportResolver({
            project: ['server/tsconfig.json', 'server/bench/tsconfig.json', 'client/tsconfig.json', 'shared/tsconfig.json'].map(under),
            conditionNames: ['source', 'types', 'import', 'default'],
            noWarnOnMultipleProjects: true,
          }),
        ],
      },
    },
    {
      files: ['shared/src/**'],
      rules: {
        // shared/ is pure: no I/O, nothing from the packages that build on it.
        'import-x/no-nodejs-modules': 'error',
        'import-x/no-restricted-paths': restrictedPaths(zone('./shared/src', ['./server', './client'], 'shared/ imports nothing from server/ or client/.')),
      },
    },
    {
      files: ['client/src/**'],
      rules: {
        'import-x/no-restricted-paths': restrictedPaths(
          zone(['./client/src/features', './client/src/components', './client/src/lib'], './client/src/app', 'Nothing imports app/ but main.tsx.'),
          zone('./client/src/components', './client/src/features', 'components/ are shared below the features: lift the piece here.'),
          zone('./client/src/lib', ['./client/src/features', './client/src/components'], 'lib/ sits below components/ and features/.'),
        ),
        // bulletproof-react's rule: a feature never imports another; lift shared pieces to components/.
        'boundaries/sibling-isolation': ['error', { base: under('client/src/features') }],
      },
    },
    {
      files: ['server/src/**'],
      rules: {
        'import-x/no-restricted-paths': restrictedPaths(
          zone('./server/src/core', ['./server/src/app', './server/src/modules', './server/src/demo'], 'core/ is the ground floor: it imports nothing from app/, modules/ or demo/.'),
          zone('./server/src/modules', ['./server/src/app', './server/src/demo'], 'modules/ import nothing from app/ or demo/.'),
        ),
        // A module lends what others use through its index.ts; entities, the shared data model, are
        // also reachable directly (relations and reads, server/README.md).
        'boundaries/sibling-isolation': ['error', { base: under('server/src/modules'), entry: 'index.js', direct: '\\.entity\\.js$' }],
      },
    },
    {
      // A module's tests may build the whole app (app/http.ts) to test through HTTP.
      files: ['server/src/**/*.test.ts'],
      rules: {
        'import-x/no-restricted-paths': restrictedPaths(
          zone('./server/src/core', ['./server/src/modules', './server/src/demo'], 'core/ tests import no module or demo data.'),
          zone('./server/src/modules', './server/src/demo', 'modules/ import nothing from demo/.'),
        ),
      },
    },
    {
      files: ['**/*.{ts,tsx}'],
      // One import statement per module: with modules lending through index.ts, repeats would creep in.
      rules: { 'import-x/no-duplicates': 'error' },
    },
    {
      files: ['server/src/**'],
      // File-level cycles; type-only imports are skipped by the rule (they vanish at runtime).
      rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
    },
    {
      // Entities refer to each other for relations (`() => Contract`), which MikroORM resolves lazily.
      files: ['server/src/**/*.entity.ts'],
      rules: { 'import-x/no-cycle': 'off' },
    },
  );
}

export default buildConfig();
