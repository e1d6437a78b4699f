import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './database.js';

describe('test harness', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('gives each file a migrated, empty database of its own', async () => {
    const rows = await db.orm.em.getConnection().execute<{ n: string }[]>(
      'select count(*)::text as n from customer_account',
    );
    expect(rows[0]?.n).toBe('0');
    const [{ db: name }] = await db.orm.em.getConnection().execute('select current_database() as db');
    expect(name).toMatch(/^portal_test_/);
  });
});
