import { MikroORM, type Options } from '@mikro-orm/postgresql';
import pg from 'pg';
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

  const orm = await MikroORM.init(baseOrmConfig(url, { entities: options.entities, logSql: config.logSql, replicaUrl: config.databaseReplicaUrl, poolMax: config.databasePoolMax }));
  try {
    await whileHoldingMigrationLock(url, async () => {
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

/**
 * Servers starting together (several app servers, a deploy) migrate one at a time: the others
 * wait, then find nothing pending. The lock is on a connection of its own and ends with it, so a
 * server that dies while migrating never blocks the next one.
 */
async function whileHoldingMigrationLock(url: string, work: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  // A lost lock connection must not crash the start (an unhandled 'error' event would).
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtextextended('portal:migrations', 0))`);
    await work();
  } finally {
    await client.end();
  }
}
