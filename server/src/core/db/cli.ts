import 'reflect-metadata';
import { loadConfig } from '../../config.js';
import { openDatabase } from './database.js';

/** Developer commands: `migrate`, `seed` (both through openDatabase) and `create` (new migration). */
const command = process.argv[2];
const config = loadConfig();

if (command === 'create') {
  const db = await openDatabase({ ...config, seedDemoData: false });
  const initial = process.argv.includes('--initial');
  const result = await db.orm.getMigrator().createMigration(undefined, false, initial);
  console.log(result.fileName ? `Wrote ${result.fileName}; add it to migrations/index.ts.` : 'No changes.');
  await db.close();
} else if (command === 'migrate' || command === 'seed') {
  const db = await openDatabase({ ...config, seedDemoData: command === 'seed' });
  await db.close();
} else {
  console.error('usage: cli.ts migrate | seed | create [--initial]');
  process.exitCode = 2;
}
