import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataloaderType, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export function ormConfig(clientUrl: string, options: { logSql?: boolean } = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true },
    // Batch reference and collection loads of one tick into one query (no N+1 in resolvers).
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: options.logSql ?? false,
    pool: { min: 0, max: 10 },
    migrations: {
      // The list is explicit (see migrations/index.ts); `path` is only where new ones are written.
      migrationsList: MIGRATIONS,
      path: path.join(HERE, 'migrations'),
      pathTs: path.join(HERE, 'migrations'),
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
  });
}
