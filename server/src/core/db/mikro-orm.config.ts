import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataloaderType, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type pg from 'pg';
import { log } from '../log.js';
import { MIGRATIONS } from './migrations/index.js';
import { commentStatementsWithRequestId } from './request-comment.js';
import { serializeStatements } from './serial-statements.js';
import { followTransactionStatus } from './transaction-status.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

// A replica that does not answer is given up on quickly: its reads then run on the primary
// (read-routing.ts). knex's own warnings (a pooled connection the replica closed) go to our log.
const REPLICA_DRIVER_OPTIONS = { connection: { connectionTimeoutMillis: 3000 }, log: { warn: (message: string) => log.warn(`Read replica: ${message}`) } };

/** The ORM's settings; the composition root (app/orm-config.ts) passes every module's entities. */
export function baseOrmConfig(
  clientUrl: string,
  options: { entities: NonNullable<Options['entities']>; logSql?: boolean; replicaUrl?: string; poolMax?: number },
): Options {
  return defineConfig({
    clientUrl,
    ...(options.replicaUrl ? { replicas: [{ name: 'replica', clientUrl: options.replicaUrl, driverOptions: REPLICA_DRIVER_OPTIONS }] } : {}),
    // Every read goes to the primary unless it asks for the replica: read-routing.ts decides which may.
    preferReadReplicas: false,
    entities: options.entities,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true },
    // Batch reference and collection loads of one tick into one query (no N+1 in resolvers).
    dataloader: DataloaderType.ALL,
    // Every scoped row carries its own account/CUPS columns and its own filter, so a row in scope
    // never points at one out of scope; joining each reference only to re-apply its filter made
    // every list query join three or four tables and cost more to build than to run.
    autoJoinRefsForFilters: false,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: options.logSql ?? false,
    // The ORM's lines (applied migrations; SQL with LOG_SQL) go to the server's log, uncoloured.
    logger: (message: string) => log.info(message),
    colors: false,
    pool: {
      min: 0,
      max: options.poolMax ?? 10,
      // Each new connection runs one statement at a time (serial-statements.ts), reports whether
      // its transaction failed (transaction-status.ts) and names the request in a comment on its
      // statements (request-comment.ts), read when the call is made.
      afterCreate: (connection: pg.ClientBase, done: (error: Error | null, connection: pg.ClientBase) => void) => {
        serializeStatements(connection);
        followTransactionStatus(connection);
        commentStatementsWithRequestId(connection);
        done(null, connection);
      },
    },
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
