// The import-boundary rules of eslint.config.js, on a tiny fixture tree shaped like the repository.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ESLint } from 'eslint';
import { buildConfig } from '../eslint.config.js';

const tsconfig = JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', jsx: 'react-jsx' } });

/** path -> source; a comment `// expect: rule` marks each line that must be reported. */
const FIXTURE = {
  'shared/tsconfig.json': tsconfig,
  'server/tsconfig.json': tsconfig,
  'client/tsconfig.json': tsconfig,
  'shared/src/pure.ts': `
import { log } from '../../server/src/core/log.js'; // expect: import-x/no-restricted-paths
import { readFile } from 'node:fs'; // expect: import-x/no-nodejs-modules
import { helper } from './helper.js';
export const pure = [log, readFile, helper];
`,
  'shared/src/helper.ts': `export const helper = 1;`,

  'server/src/app/context.ts': `export const context = 1;`,
  'server/src/demo/seed.ts': `export const seed = 1;`,
  'server/src/core/log.ts': `export const log = 1;`,
  'server/src/core/shield.ts': `
import { context } from '../app/context.js'; // expect: import-x/no-restricted-paths
import { users } from '../modules/users/index.js'; // expect: import-x/no-restricted-paths
import { seed } from '../demo/seed.js'; // expect: import-x/no-restricted-paths
import { log } from './log.js';
export const shield = [context, users, seed, log];
`,
  'server/src/modules/users/index.ts': `import { User } from './user.entity.js';\nexport const users = [User];`,
  'server/src/modules/users/user.entity.ts': `
import { Session } from '../auth/session.entity.js';
export class User { sessions = () => Session; }
`,
  'server/src/modules/users/user.service.ts': `
import { context } from '../../app/context.js'; // expect: import-x/no-restricted-paths
import { seed } from '../../demo/seed.js'; // expect: import-x/no-restricted-paths
import { auth } from '../auth/index.js';
import { revoke } from '../auth/session.service.js'; // expect: boundaries/sibling-isolation
import type { Session } from '../auth/session.entity.js';
import { tokens } from '../auth/token.service.js'; // expect: boundaries/sibling-isolation
export { revoke as revokeAll } from '../auth/session.service.js'; // expect: boundaries/sibling-isolation
import { log } from '../../core/log.js';
import { User } from './user.entity.js';
export const load = () => import('../auth/session.service.js'); // expect: boundaries/sibling-isolation
export const service = [context, seed, auth, revoke, tokens, log, User] as const;
export type Sessions = Session[];
`,
  'server/src/modules/auth/index.ts': `import { revoke } from './session.service.js';\nexport const auth = [revoke];`,
  'server/src/modules/auth/session.entity.ts': `
import { User } from '../users/user.entity.js';
export class Session { user = () => User; }
`,
  'server/src/modules/auth/session.service.ts': `
import { tokens } from './token.service.js'; // expect: import-x/no-cycle
export const revoke = () => tokens;
`,
  'server/src/modules/auth/token.service.ts': `
import { revoke } from './session.service.js'; // expect: import-x/no-cycle
import type { Checked } from './checks.js';
export const tokens = () => revoke;
export type Token = Checked;
`,
  // A cycle through type-only imports is no cycle at runtime.
  'server/src/modules/auth/checks.ts': `
import type { Token } from './token.service.js';
export type Checked = Token | null;
`,

  'client/src/main.tsx': `import { Shell } from './app/shell.js';\nexport const main = Shell;`,
  'client/src/app/shell.tsx': `import { HomePage } from '../features/home/home-page.js';\nexport const Shell = HomePage;`,
  'client/src/features/home/home-page.tsx': `
import { InvoiceList } from '../invoices/invoice-list.js'; // expect: boundaries/sibling-isolation
import { Shell } from '../../app/shell.js'; // expect: import-x/no-restricted-paths
import { Badge } from '../../components/badge.js';
import { format } from '../../lib/format.js';
import { homeMessages } from './home.messages.js';
export const HomePage = () => [InvoiceList, Shell, Badge, format, homeMessages];
`,
  'client/src/features/home/home.messages.ts': `export const homeMessages = {};`,
  'client/src/features/invoices/invoice-list.tsx': `export const InvoiceList = () => null;`,
  'client/src/components/badge.tsx': `
import { HomePage } from '../features/home/home-page.js'; // expect: import-x/no-restricted-paths
import { format } from '../lib/format.js';
export const Badge = () => [HomePage, format];
`,
  'client/src/lib/format.ts': `
import { Badge } from '../components/badge.js'; // expect: import-x/no-restricted-paths
import { InvoiceList } from '../features/invoices/invoice-list.js'; // expect: import-x/no-restricted-paths
export const format = [Badge, InvoiceList];
`,
};

function expected() {
  const found = [];
  for (const [file, source] of Object.entries(FIXTURE)) {
    source.split('\n').forEach((line, index) => {
      const rule = /\/\/ expect: (\S+)/.exec(line)?.[1];
      if (rule) found.push(`${file}:${index + 1} ${rule}`);
    });
  }
  return found.sort();
}

describe('eslint import boundaries', () => {
  let dir;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'eslint-boundaries-'));
    for (const [file, source] of Object.entries(FIXTURE)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), source);
    }
  });
  after(() => rm(dir, { recursive: true, force: true }));

  async function reported() {
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: buildConfig({ root: dir, typed: false }),
    });
    const results = await eslint.lintFiles(['.']);
    return results
      .flatMap((result) =>
        result.messages.map((message) => `${path.relative(dir, result.filePath)}:${message.line} ${message.ruleId ?? message.message}`),
      )
      .sort();
  }

  it('reports every crossing and nothing else', async () => {
    assert.deepEqual(await reported(), expected());
  });
});
