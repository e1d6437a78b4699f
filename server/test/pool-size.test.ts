import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../src/app/orm-config.js';
import { loadConfig } from '../src/config.js';
import { createTestDatabase, type TestDatabase } from './database.js';

// DATABASE_POOL_MAX: how many connections one server opens to PostgreSQL (a customer request holds one).
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

describe('DATABASE_POOL_MAX', () => {
  it('is read as a whole number from 2, 10 by default, and anything else is refused naming it', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).databasePoolMax).toBe(10);
    expect(loadConfig({ NODE_ENV: 'test', DATABASE_POOL_MAX: '40' }).databasePoolMax).toBe(40);
    for (const bad of ['1', 'many', '2.5']) expect(() => loadConfig({ NODE_ENV: 'test', DATABASE_POOL_MAX: bad })).toThrow(/DATABASE_POOL_MAX/);
  });

  it('caps the connections the server opens: 4 concurrent statements share 2 connections', async () => {
    const orm = await MikroORM.init({ ...ormConfig(db.url, { poolMax: 2 }), logger: () => {} });
    try {
      const connection = orm.em.getConnection();
      const pids = await Promise.all(
        Array.from({ length: 4 }, () => connection.execute<{ pid: number }[]>('select pg_backend_pid() as pid, pg_sleep(0.1)').then(([row]) => row!.pid)),
      );
      expect(new Set(pids).size).toBe(2);
    } finally {
      await orm.close(true);
    }
  });
});
