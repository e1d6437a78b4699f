import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { log as logger } from '../log.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { ormConfig } from './mikro-orm.config.js';
import { seedDemoUsers } from '../../modules/user-admin/demo-users.js';
import { seedDemoDataOnce } from './seeders/demo-seeder.js';

export type Database = { orm: MikroORM; url: string; close: () => Promise<void> };

export async function openDatabase(
  config: Config,
  log: (line: string) => void = (line) => logger.info(line),
): Promise<Database> {
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

  const orm = await MikroORM.init(ormConfig(url, { logSql: config.logSql }));
  try {
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) log(`Applied ${applied.length} migration(s).`);
    if (config.seedDemoData) {
      const seeded = await seedDemoDataOnce(orm.em.fork(), { storageDir: config.storageDir });
      if (seeded) log(`Seeded the demo data in ${(seeded.milliseconds / 1000).toFixed(1)} s.`);
      // Demo users exist only beside demo data; existing e-mails are left as they are.
      const created = await seedDemoUsers(orm.em.fork(), { now: new Date() });
      if (created.length > 0) log(`Created ${created.length} demo user(s).`);
    }
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
