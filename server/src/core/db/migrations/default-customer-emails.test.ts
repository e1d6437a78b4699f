import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, runMigration, type TestDatabase } from '../../../../test/database.js';
import { Migration20261208040801DefaultCustomerEmails } from './Migration20261208040801_default_customer_emails.js';

// The shipped customer e-mails must not add a second e-mail where admins already e-mail on a trigger.
let db: TestDatabase;
const sql = <T extends object[] = object[]>(text: string, params: unknown[] = []) => db.orm.em.getConnection().execute<T>(text, params);

/** Runs the migration's statements again, as on a database where admins had configured actions before it. */
const rerun = () => runMigration(db, Migration20261208040801DefaultCustomerEmails, 'up');

const actionsOf = (trigger: string) =>
  sql<{ template_key: string }[]>('select template_key from automatic_action where trigger = ? order by template_key', [trigger]);

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

describe('default customer e-mails (migration 20261208040801)', () => {
  it('adds no default beside an action admins made for the trigger, and none twice', async () => {
    await sql(`delete from automatic_action where trigger in ('INCIDENT_REPLIED', 'OFFER_SHARED')`);
    // Rerun, this migration restores its own trigger check, which a later migration's trigger (INVOICE_ISSUED) would break.
    await sql(`delete from automatic_action where trigger = 'INVOICE_ISSUED'`);
    await sql(`insert into email_template (id, key, language, subject, body, updated_at)
               values (gen_random_uuid(), 'nuestra-respuesta', 'es', 'Respuesta', 'Hola', now())`);
    await sql(`insert into automatic_action (id, trigger, template_key, enabled, created_at)
               values (gen_random_uuid(), 'INCIDENT_REPLIED', 'nuestra-respuesta', true, now())`);
    await rerun();
    await rerun();
    expect((await actionsOf('INCIDENT_REPLIED')).map((row) => row.template_key)).toEqual(['nuestra-respuesta']);
    // A trigger without any action gets its default back, once.
    expect(await actionsOf('OFFER_SHARED')).toHaveLength(1);
  });
});
