import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IncidentReply } from '../src/modules/incidents/incident.entity.js';
import { outboxBody } from '../src/modules/notifications/index.js';
import { OutboxEmail } from '../src/modules/notifications/outbox-email.entity.js';
import { User } from '../src/modules/users/user.entity.js';
import { createInstallation } from './factories.js';
import { useSolarWorld } from './solar-world.js';

// Issue 15 review: a customer request runs in one transaction on one connection (core/db/viewer-scope.ts).
// What the answer says must be what the database holds afterwards, and sibling fields must not
// run statements on that connection at the same time.

const world = useSolarWorld();

// Real statement failures, by the database itself: a read it refuses (an installation whose code
// starts with BOOM), and a unique violation on a customer's e-mail change.
const REFUSALS = `
create function test_refuse_boom(code text) returns boolean language plpgsql as $$
begin
  if code like 'BOOM%' then raise exception 'refused by the test'; end if;
  return true;
end $$;
create policy test_refuse_boom on installation as restrictive for select to portal_viewer using (test_refuse_boom(code));
create function test_email_taken() returns trigger language plpgsql as $$
begin
  if new.email like 'taken-%' then raise exception 'taken' using errcode = 'unique_violation'; end if;
  return new;
end $$;
create trigger test_email_taken before update on app_user for each row execute function test_email_taken();`;

let typeId: string;

beforeAll(async () => {
  await world.em().getConnection().execute(REFUSALS);
  const types = await world.api.graphql<any>('{ incidentTypes { id } }', undefined, { cookie: world.cookies.solar });
  typeId = types.data.incidentTypes[0].id;
});

afterAll(async () => {
  await world.em().getConnection().execute('drop policy test_refuse_boom on installation; drop trigger test_email_taken on app_user');
});

const nameOf = async (userId: string) => (await world.em().findOneOrFail(User, { id: userId })).name;

describe('a customer request answers what it committed', () => {
  it('writes followed by a sibling field whose statement fails: the writes are reported as failed, and are not stored', async () => {
    const { account, user, cookie } = await world.newCustomer();
    const installation = await createInstallation(world.em(), account);
    const created = await world.api.graphql<any>(
      'mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }',
      { input: { typeId, description: 'El inversor no arranca.', installationId: installation.id } },
      { cookie },
    );
    const incidentId = created.data.createIncident.id;
    await world.em().getConnection().execute('update installation set code = ? where id = ?', [`BOOM-${installation.id.slice(0, 8)}`, installation.id]);

    // The reply's installationCode (nullable) reads the installation: the database refuses it and aborts the transaction.
    const body = await world.api.graphql<any>(
      `mutation ($id: ID!) {
        profile: updateMyProfile(name: "Nombre Perdido") { name }
        reply: replyToMyIncident(id: $id, body: "Sigue sin arrancar.") { id installationCode }
      }`,
      { id: incidentId },
      { cookie },
    );
    const stored = { name: await nameOf(user.id), replies: await world.em().count(IncidentReply, { incident: incidentId }) };
    expect(stored).toEqual({ name: user.name, replies: 0 });
    // So the answer reports neither write as done.
    expect(body.data?.profile ?? null).toBeNull();
    expect(body.data?.reply ?? null).toBeNull();
    const codes = Object.fromEntries((body.errors ?? []).map((error: { path?: string[]; extensions?: { code?: string } }) => [error.path?.join('.'), error.extensions?.code]));
    expect(codes).toMatchObject({ profile: 'INTERNAL_SERVER_ERROR', reply: 'INTERNAL_SERVER_ERROR' });
  });

  it('a mutation that catches a constraint error (in a savepoint) leaves its siblings\' writes intact, and they are reported', async () => {
    const { user, cookie } = await world.newCustomer();
    const requested = await world.api.graphql<any>('mutation ($e: String!) { requestEmailChange(newEmail: $e) }', { e: `taken-${user.id.slice(0, 8)}@example.com` }, { cookie });
    expect(requested.errors).toBeUndefined();
    const token = await lastEmailChangeToken(`taken-${user.id.slice(0, 8)}@example.com`);

    const body = await world.api.graphql<any>(
      `mutation ($t: String!) { profile: updateMyProfile(name: "Nombre Guardado") { name } confirm: confirmEmailChange(token: $t) { email } }`,
      { t: token },
      { cookie },
    );
    expect(body.errors?.map((error: { extensions?: { code?: string } }) => error.extensions?.code)).toEqual(['EMAIL_TAKEN']);
    expect(body.data.profile).toEqual({ name: 'Nombre Guardado' });
    expect(await nameOf(user.id)).toBe('Nombre Guardado');
    expect((await world.em().findOneOrFail(User, { id: user.id })).email).toBe(user.email);
  });
});

describe('sibling fields of a customer request', () => {
  it('run their statements on the request connection one at a time (no pg "already executing a query")', async () => {
    const warnings: string[] = [];
    const listener = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listener);
    try {
      const { cookie } = await world.newCustomer();
      const body = await world.api.graphql<any>(
        `{ viewer { name } incidentTypes { id } incidents { id } supplyPoints { cups } installations { id } myPersonalData { name } }`,
        undefined,
        { cookie },
      );
      expect(body.errors).toBeUndefined();
      // process warnings are emitted on the next tick
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listener);
    }
    expect(warnings.filter((message) => /already executing a query/.test(message))).toEqual([]);
  });
});

async function lastEmailChangeToken(email: string): Promise<string> {
  const mails = await world.em().find(OutboxEmail, { to: email, templateKey: 'email-change' }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  const token = /\/profile\/confirm-email#token=([A-Za-z0-9_-]+)/.exec(mails[0] ? outboxBody(mails[0]).text : '')?.[1];
  if (!token) throw new Error(`no email-change link sent to ${email}`);
  return token;
}
