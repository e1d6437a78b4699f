import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, runMigration, type TestDatabase } from '../../../test/database.js';
import { createAccount, createDocumentRequest, createInstallation } from '../../../test/factories.js';
import { DocumentRequestStatus } from './installation-document.entity.js';
import { Migration20261209070000DocumentRequestFiles } from '../../core/db/migrations/Migration20261209070000_document_request_files.js';

// Requests uploaded to before several files existed keep their one upload, with their review's outcome.
let db: TestDatabase;
const sql = <T extends object[] = object[]>(text: string, params: unknown[] = []) => db.orm.em.getConnection().execute<T>(text, params);

const run = (direction: 'up' | 'down') => runMigration(db, Migration20261209070000DocumentRequestFiles, direction);

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

describe('document request files (migration 20261209070000)', () => {
  it('turns each earlier upload into its request’s one file, accepted or rejected as the request was', async () => {
    const em = db.orm.em.fork();
    const installation = await createInstallation(em, await createAccount(em), 'Documentación del cliente');
    const statuses = [DocumentRequestStatus.PENDING, DocumentRequestStatus.UPLOADED, DocumentRequestStatus.ACCEPTED, DocumentRequestStatus.REJECTED];
    const requests = [];
    for (const status of statuses) requests.push(await createDocumentRequest(em, installation, { status, name: status }));

    // The schema as it was: one document_id per request.
    await run('down');
    for (const request of requests.slice(1)) {
      const [document] = await sql<{ id: string }[]>(
        `insert into document (id, title, category, folder, account_id, file_name, media_type, size_bytes, sha256, storage_key, created_at, uploaded_by_customer)
         values (gen_random_uuid(), 'x', 'OTHER', 'Client-Documents', ?, ?, 'application/pdf', 1, repeat('0', 64), ?, now(), true) returning id`,
        [installation.account.id, `${request.name}.pdf`, `key-${request.id}`],
      );
      await sql(`update document_request set document_id = ? where id = ?`, [document!.id, request.id]);
    }

    await run('up');
    const files = await sql<{ name: string; status: string; file_name: string }[]>(
      `select r.name, f.status, d.file_name from document_request_file f join document_request r on r.id = f.document_request_id
         join document d on d.id = f.document_id order by r.name`,
    );
    expect(files).toEqual([
      { name: 'ACCEPTED', status: 'ACCEPTED', file_name: 'ACCEPTED.pdf' },
      { name: 'REJECTED', status: 'REJECTED', file_name: 'REJECTED.pdf' },
      { name: 'UPLOADED', status: 'UPLOADED', file_name: 'UPLOADED.pdf' },
    ]);
    const ranges = await sql<{ min_files: number; max_files: number }[]>(`select distinct min_files, max_files from document_request where installation_id = ?`, [
      installation.id,
    ]);
    expect(ranges).toEqual([{ min_files: 1, max_files: 1 }]);
    const [policy] = await sql<{ count: number }[]>(`select count(*)::int as count from pg_policy where polrelid = 'document_request_file'::regclass`);
    expect(policy!.count).toBe(1);
  });
});
