import { randomBytes } from 'node:crypto';
import type { Migration } from '@mikro-orm/migrations';
import { MikroORM, type AbstractSqlDriver } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { ormConfig } from '../src/app/orm-config.js';
import { databaseUrl } from './database-url.js';

export type TestDatabase = { orm: MikroORM; url: string; drop: () => Promise<void> };

/** Runs `sql` as the test cluster's admin (CREATE / DROP DATABASE). */
export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('testDatabase').adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated, empty database of this test file's own (a clone of the run's template),
 * so files never see each other's rows. Call `drop` in afterAll.
 */
export async function createTestDatabase(options: { onQuery?: (sql: string) => void } = {}): Promise<TestDatabase> {
  const { adminUrl, template } = inject('testDatabase');
  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = databaseUrl(adminUrl, name);
  const onQuery = options.onQuery;
  const orm = await MikroORM.init({
    ...ormConfig(url),
    ...(onQuery ? { debug: ['query' as const], logger: (message: string) => onQuery(message) } : { logger: () => {} }),
  });
  return {
    orm,
    url,
    drop: async () => {
      await orm.close(true);
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/**
 * This test file's own database for all its tests: created in beforeAll, dropped in afterAll. The
 * object returned stands for it, so the file can name it at the top; used before beforeAll has run,
 * it throws. Hooks the file registers after this call run after this beforeAll and before this afterAll.
 */
export function useTestDatabase(options: { onQuery?: (sql: string) => void } = {}): TestDatabase {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase(options);
  });
  afterAll(() => db?.drop());
  const created = (): TestDatabase => db ?? failEarly('the test database');
  return {
    get orm() {
      return created().orm;
    },
    get url() {
      return created().url;
    },
    drop: () => created().drop(),
  };
}

/** What a stand-in for something beforeAll makes throws when the file uses it earlier (at load, say). */
export function failEarly(what: string): never {
  throw new Error(`${what} is used before beforeAll has made it`);
}

/** Runs one migration's `up` or `down` on the test database, as the migrator would, outside its bookkeeping. */
export async function runMigration(
  db: TestDatabase,
  MigrationClass: new (driver: AbstractSqlDriver, config: MikroORM['config']) => Migration,
  direction: 'up' | 'down',
): Promise<void> {
  const migration = new MigrationClass(db.orm.em.getDriver() as AbstractSqlDriver, db.orm.config);
  await migration[direction]();
  for (const query of migration.getQueries()) await db.orm.em.getConnection().execute(query as string);
}
