import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.js';
import { ImportJob, ImportJobStatus, ImportKindEnum } from '../modules/imports/import-job.entity.js';
import { startPeriodicRecovery } from './periodic-recovery.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('periodic recovery', () => {
  it('fails an import job left RUNNING by a dead server while this one keeps running (no restart)', async () => {
    const em = db.orm.em.fork();
    // RUNNING with its lock free: what a server killed mid-import leaves behind.
    const job = em.create(ImportJob, { kind: ImportKindEnum.CNMC, fileName: 'curva.csv', validRowsOnly: false, createdByEmail: 'admin@example.com' });
    await em.flush();
    const stop = startPeriodicRecovery(db.orm, { intervalMs: 100 });
    try {
      const statusOf = async () => (await db.orm.em.fork().findOneOrFail(ImportJob, { id: job.id })).status;
      while ((await statusOf()) === ImportJobStatus.RUNNING) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await db.orm.em.fork().findOneOrFail(ImportJob, { id: job.id })).toMatchObject({ status: ImportJobStatus.FAILED, message: 'INTERRUPTED' });
    } finally {
      await stop();
    }
  });
});
