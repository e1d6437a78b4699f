import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { log as logger } from '../log.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { baseOrmConfig } from './mikro-orm.config.js';

export type Database = { orm: MikroORM; url: string; close: () => Promise<void> };

export type OpenDatabaseOptions = {
  /** Every entity (the composition root's list). */
  entities: NonNullable<Options['entities']>;
  log?: (line: string) => void;
  /** Run after the migrations, before the database is handed out (the entry points' demo data). */
  seed?: (orm: MikroORM) => Promise<void>;
};

/** Any constant shared by every server of this portal: the key of the migration lock. */
const MIGRATION_LOCK_KEY = 7_340_112_026;

/**
 * Several servers starting at once (a deploy, a restart of the cluster) would each apply the same
 * migrations and seed; a session advisory lock, taken on a connection of its own, lets one do it
 * while the others wait and then find nothing left to apply. The lock dies with its connection, so
 * a server killed mid-migration never leaves it held.
 */
async function whileHoldingMigrationLock(orm: MikroORM, work: () => Promise<void>): Promise<void> {
  const knexClient = orm.em.getConnection().getKnex().client as {
    acquireConnection(): Promise<{ query(sql: string, params: unknown[]): Promise<unknown> }>;
    releaseConnection(connection: unknown): Promise<void>;
  };
  const connection = await knexClient.acquireConnection();
  try {
    await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await work();
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await knexClient.releaseConnection(connection);
  }
}

export async function openDatabase(config: Config, options: OpenDatabaseOptions): Promise<Database> {
  const log = options.log ?? ((line: string) => logger.info(line));
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    log(`Starting the embedded PostgreSQL (data in ${config.dataDir}/postgres)…`);
    const embedded = await startEmbeddedPostgres({
      dataDir: `${config.dataDir}/postgres`,
      port: config.embeddedPgPort,
      database: 'portal',
      log,
    });
    url = embedded.url;
    stopEmbedded = embedded.stop;
  }

  const orm = await MikroORM.init(baseOrmConfig(url, { entities: options.entities, logSql: config.logSql }));
  try {
    await whileHoldingMigrationLock(orm, async () => {
      const applied = await orm.getMigrator().up();
      if (applied.length > 0) log(`Applied ${applied.length} migration(s).`);
      await options.seed?.(orm);
    });
  } catch (error) {
    await orm.close(true);
    await stopEmbedded?.();
    throw error;
  }

  return {
    orm,
    url,
    close: async () => {
      await orm.close(true);
      await stopEmbedded?.();
    },
  };
}
