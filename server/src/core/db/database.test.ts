import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ENTITIES } from '../../app/orm-config.js';
import { loadConfig } from '../../config.js';
import { databaseUrl } from '../../../test/database-url.js';
import { MIGRATIONS } from './migrations/index.js';
import { openDatabase } from './database.js';

async function adminQuery<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('openDatabase with several servers starting at once', () => {
  const { adminUrl } = inject('testDatabase');
  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  afterAll(() => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

  it('applies each migration once while the others wait, and all of them start', async () => {
    await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl(adminUrl, name) });
    const lines: string[] = [];
    const servers = await Promise.all(
      [1, 2, 3].map(() => openDatabase(config, { entities: ENTITIES, log: (line) => lines.push(line) })),
    );
    try {
      expect(lines.filter((line) => line.startsWith('Applied'))).toEqual([`Applied ${MIGRATIONS.length} migration(s).`]);
      const applied = await adminQuery<{ name: string }>(databaseUrl(adminUrl, name), 'select name from mikro_orm_migrations');
      expect(applied.map((row) => row.name).sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
  });
});
