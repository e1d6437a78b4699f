import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, runMigration, type TestDatabase } from '../../../../test/database.js';
import { VIEWER_ROLE } from '../viewer-scope.js';
import { Migration20261210010000ViewerUserColumns } from './Migration20261210010000_viewer_user_columns.js';

let db: TestDatabase;
let userId: string;
const sql = <T extends object[] = object[]>(text: string, params: unknown[] = []) => db.orm.em.getConnection().execute<T>(text, params);

const run = (direction: 'up' | 'down') => runMigration(db, Migration20261210010000ViewerUserColumns, direction);

/** `statement` as the viewer role of `userId`, rolled back: its rows, or the refusal's code. */
async function asViewer(statement: string): Promise<unknown> {
  try {
    return await db.orm.em.fork().transactional(async (tx: EntityManager) => {
      await tx.execute(`select set_config('role', '${VIEWER_ROLE}', true), set_config('portal.user_id', ?, true)`, [userId]);
      const rows = await tx.execute(statement);
      throw Object.assign(new Error('rollback'), { rows });
    });
  } catch (error) {
    const { rows, code } = error as { rows?: unknown; code?: string };
    return rows ?? { refused: code };
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  const [user] = await sql<{ id: string }[]>(
    `insert into app_user (id, email, name, user_types, related_fiscal_ids, cups_restriction, password_hash, created_at)
     values (gen_random_uuid(), 'ana@example.com', 'Ana', '{}', '{}', '{}', null, now()) returning id`,
  );
  userId = user!.id;
});
afterAll(() => db?.drop());

describe('viewer user columns (migration 20261210010000)', () => {
  it('down gives back the table privileges; up takes password_hash and the columns customers do not write away again', async () => {
    const readHash = `select password_hash from app_user where id = '${userId}'`;
    const writeAdmin = `update app_user set is_admin = false where id = '${userId}' returning id`;
    const writeName = `update app_user set name = name where id = '${userId}' returning id`;
    expect(await asViewer(readHash)).toEqual({ refused: '42501' });
    expect(await asViewer(writeAdmin)).toEqual({ refused: '42501' });

    await run('down');
    expect(await asViewer(readHash)).toEqual([{ password_hash: null }]);
    expect(await asViewer(writeAdmin)).toEqual([{ id: userId }]);

    await run('up');
    expect(await asViewer(readHash)).toEqual({ refused: '42501' });
    expect(await asViewer(writeAdmin)).toEqual({ refused: '42501' });
    expect(await asViewer(writeName)).toEqual([{ id: userId }]);
    expect(await asViewer(`select id, email, name from app_user`)).toEqual([expect.objectContaining({ id: userId })]);
  });
});
