import type { MikroORM } from '@mikro-orm/postgresql';
import type { FileStorage } from '../core/storage/file-storage.js';
import { seedDemoDataOnce } from './demo-seeder.js';
import { seedDemoUsers } from './demo-users.js';

export { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';

/**
 * The demo data, then the demo users who sign in to it; both are idempotent. Entry points
 * (main.ts, db-cli.ts) import this file dynamically, only when they seed.
 */
export async function seedDemo(orm: MikroORM, options: { storage: FileStorage; log: (line: string) => void }): Promise<void> {
  const seeded = await seedDemoDataOnce(orm.em.fork(), { storage: options.storage });
  if (seeded) options.log(`Seeded the demo data in ${(seeded.milliseconds / 1000).toFixed(1)} s.`);
  // Demo users exist only beside demo data; existing e-mails are left as they are.
  const created = await seedDemoUsers(orm.em.fork(), { now: new Date() });
  if (created.length > 0) options.log(`Created ${created.length} demo user(s).`);
}
