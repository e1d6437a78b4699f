import 'reflect-metadata';
import { ENTITIES } from './app/orm-config.js';
import { loadConfig } from './config.js';
import { openDatabase } from './core/db/database.js';
import { log as logger } from './core/log.js';
import { createFileStorage } from './core/storage/create-file-storage.js';

/** Developer commands: `migrate`, `seed` (both through openDatabase) and `create` (new migration). */
const command = process.argv[2];
const config = loadConfig();
const log = (line: string) => logger.info(line);

if (command === 'create') {
  const db = await openDatabase(config, { entities: ENTITIES, log });
  const initial = process.argv.includes('--initial');
  const result = await db.orm.getMigrator().createMigration(undefined, false, initial);
  console.log(result.fileName ? `Wrote ${result.fileName}; add it to migrations/index.ts.` : 'No changes.');
  await db.close();
} else if (command === 'migrate' || command === 'seed') {
  const demo = command === 'seed' ? await import('./demo/seed-demo.js') : null;
  const seed = demo ? (orm: Parameters<typeof demo.seedDemo>[0]) => demo.seedDemo(orm, { storage: createFileStorage(config), log }) : undefined;
  const db = await openDatabase(config, { entities: ENTITIES, log, seed });
  await db.close();
} else {
  console.error('usage: db-cli.ts migrate | seed | create [--initial]');
  process.exitCode = 2;
}
