import { afterAll, describe, expect, it, inject } from 'vitest';
import { ENTITIES } from '../src/app/orm-config.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/core/db/database.js';
import { databaseUrl } from './database-url.js';
import { adminQuery } from './database.js';

/** Several app servers started at once on a database with pending migrations (a first deploy, a release). */
const name = `portal_concurrent_${process.pid}`;

afterAll(async () => {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe('three servers starting at once on an empty database', () => {
  it('all start; each migration is applied once', async () => {
    await adminQuery(`CREATE DATABASE "${name}"`);
    const url = databaseUrl(inject('testDatabase').adminUrl, name);
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/portal-test-unused', DATABASE_URL: url });
    const opened = await Promise.allSettled([1, 2, 3].map(() => openDatabase(config, { entities: ENTITIES, log: () => {} })));
    try {
      expect(opened.map((result) => (result.status === 'rejected' ? String(result.reason) : 'started'))).toEqual(['started', 'started', 'started']);
      const first = opened[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof openDatabase>>>;
      const rows = await first.value.orm.em.getConnection().execute<{ name: string; n: string }[]>(
        'select name, count(*) as n from mikro_orm_migrations group by name having count(*) > 1',
      );
      expect(rows).toEqual([]);
    } finally {
      for (const result of opened) if (result.status === 'fulfilled') await result.value.close();
    }
  });
});
