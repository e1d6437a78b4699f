import { beforeAll, describe, expect, it } from 'vitest';
import { useSolarWorld } from '../../../test/solar-world.js';
import { AutomaticAction } from '../automatic-actions/automatic-action.entity.js';
import { AutomaticTrigger, outboxBody } from '../notifications/index.js';
import { OutboxEmail } from '../notifications/outbox-email.entity.js';
import { Incident, IncidentType } from './incident.entity.js';

const world = useSolarWorld();
let typeId: string;

beforeAll(async () => {
  const types = await world.api.graphql<any>('{ incidentTypes { id } }', undefined, { cookie: world.cookies.solar });
  typeId = types.data.incidentTypes[0].id;
});

const gql = <T = any>(query: string, variables?: Record<string, unknown>, cookie = world.cookies.admin) =>
  world.api.graphql<T>(query, variables, { cookie });

async function report(cookie: string, description = 'El inversor pita cada cinco minutos.', type = typeId): Promise<string> {
  const body = await gql(`mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`, { input: { typeId: type, description } }, cookie);
  expect(body.errors).toBeUndefined();
  return body.data.createIncident.id;
}

const INBOX = /* GraphQL */ `
  query ($filter: AdminIncidentFilter, $first: Int, $after: String) {
    adminIncidents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id status accountName reporterEmail installationCode updatedAt type { id name { es } } }
    }
  }
`;
const REPLY = `mutation ($id: ID!, $body: String!, $status: IncidentStatus) { replyToIncident(id: $id, body: $body, status: $status) { id status } }`;
const SET_STATUS = `mutation ($id: ID!, $status: IncidentStatus!) { setIncidentStatus(id: $id, status: $status) { id status updatedAt } }`;
const DETAIL = `query ($id: ID!) { incident(id: $id) { id status description replies { body fromStaff authorName } } }`;

describe('admin inbox', () => {
  it('lists every account’s incidents, most recent activity first, paginated and filtered', async () => {
    const mine = await report(world.cookies.solar);
    const theirs = await report(world.cookies.otherSolar, 'No puedo descargar la factura de octubre.');
    const first = await gql(INBOX, { first: 1 });
    expect(first.errors).toBeUndefined();
    expect(first.data.adminIncidents.nodes[0].id).toBe(theirs);
    expect(first.data.adminIncidents.nodes[0]).toMatchObject({ accountName: world.otherAccount.name, reporterEmail: world.users.otherSolar.email, status: 'OPEN' });
    expect(first.data.adminIncidents.pageInfo.hasNextPage).toBe(true);
    const second = await gql(INBOX, { first: 1, after: first.data.adminIncidents.pageInfo.endCursor });
    expect(second.errors).toBeUndefined();
    expect(second.data.adminIncidents.nodes[0].id).toBe(mine);

    // Replying moves an incident to the top (last activity).
    expect((await gql(REPLY, { id: mine, body: 'Lo revisamos hoy.' })).errors).toBeUndefined();
    const again = await gql(INBOX, { first: 5 });
    expect(again.data.adminIncidents.nodes[0].id).toBe(mine);

    await gql(SET_STATUS, { id: theirs, status: 'RESOLVED' });
    const resolved = await gql(INBOX, { filter: { status: 'RESOLVED' }, first: 50 });
    expect(resolved.data.adminIncidents.nodes.map((n: { id: string }) => n.id)).toEqual([theirs]);
    const otherType = await gql(INBOX, { filter: { typeId: (await world.em().findOneOrFail(IncidentType, { position: 3 })).id }, first: 50 });
    expect(otherType.data.adminIncidents.totalCount).toBe(0);
    const byType = await gql(INBOX, { filter: { typeId }, first: 50 });
    expect(byType.data.adminIncidents.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('lists incidents with an unread customer reply first; opening one marks it read without moving its activity', async () => {
    const quiet = await report(world.cookies.solar);
    const answered = await report(world.cookies.otherSolar, 'La factura de noviembre no cuadra.');
    const MINE = `mutation ($id: ID!, $body: String!) { replyToMyIncident(id: $id, body: $body) { id } }`;
    expect((await gql(MINE, { id: answered, body: 'Adjunto la lectura.' }, world.cookies.otherSolar)).errors).toBeUndefined();
    // Activity after the reply: without the unread rule `quiet` would lead.
    expect((await gql(SET_STATUS, { id: quiet, status: 'IN_PROGRESS' })).errors).toBeUndefined();

    const UNREAD = `query { adminIncidents(first: 2) { nodes { id unreadByStaff updatedAt } } }`;
    const inbox = await gql(UNREAD);
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data.adminIncidents.nodes.map((n: { id: string; unreadByStaff: boolean }) => [n.id, n.unreadByStaff])).toEqual([
      [answered, true],
      [quiet, false],
    ]);
    const before = inbox.data.adminIncidents.nodes[0].updatedAt as string;

    const READ = `mutation ($id: ID!) { markIncidentRead(id: $id) { id unreadByStaff updatedAt } }`;
    const read = await gql(READ, { id: answered });
    expect(read.errors).toBeUndefined();
    expect(read.data.markIncidentRead).toMatchObject({ unreadByStaff: false, updatedAt: before });
    const after = await gql(UNREAD);
    expect(after.data.adminIncidents.nodes.map((n: { id: string }) => n.id)).toEqual([quiet, answered]);

    // A new customer message makes it unread again; a staff answer reads it.
    await gql(MINE, { id: answered, body: 'Y otra cosa más.' }, world.cookies.otherSolar);
    expect((await gql(UNREAD)).data.adminIncidents.nodes[0]).toMatchObject({ id: answered, unreadByStaff: true });
    await gql(REPLY, { id: answered, body: 'Lo miramos.' });
    expect((await world.em().findOneOrFail(Incident, { id: answered })).unreadByStaff).toBe(false);
    // Customers neither read the marker nor set it.
    expect((await gql(READ, { id: answered }, world.cookies.otherSolar)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await gql(`query ($id: ID!) { incident(id: $id) { unreadByStaff } }`, { id: answered }, world.cookies.otherSolar)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('is refused to customers (FORBIDDEN), as are the status change and the admin fields', async () => {
    const id = await report(world.cookies.solar);
    for (const cookie of [world.cookies.solar, world.cookies.webClient]) {
      expect((await gql(INBOX, {}, cookie)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect((await gql(SET_STATUS, { id, status: 'CLOSED' }, cookie)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
    const field = await gql(`query ($id: ID!) { incident(id: $id) { accountName } }`, { id }, world.cookies.solar);
    expect(field.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await world.em().findOneOrFail(Incident, { id })).status).toBe('OPEN');
  });

  it('admin reads the detail, sets the status, and names an unknown id', async () => {
    const id = await report(world.cookies.solar);
    const detail = await gql(DETAIL, { id });
    expect(detail.data.incident).toMatchObject({ id, status: 'OPEN' });
    const set = await gql(SET_STATUS, { id, status: 'IN_PROGRESS' });
    expect(set.data.setIncidentStatus.status).toBe('IN_PROGRESS');
    const missing = await gql(SET_STATUS, { id: '00000000-0000-4000-8000-000000000000', status: 'CLOSED' });
    expect(missing.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
    const empty = await gql(REPLY, { id, body: '   ' });
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'body', reason: 'TOO_SHORT' });
  });
});

describe('replying', () => {
  it('closes with a reply the customer reads, and e-mails them through the shipped INCIDENT_REPLIED action in the same commit', async () => {
    const earlier = (await world.em().find(OutboxEmail, { templateKey: 'incident-replied' })).map((mail) => mail.id);
    const id = await report(world.cookies.solar);
    const reply = await gql(REPLY, { id, body: 'Hemos cambiado el fusible.', status: 'CLOSED' });
    expect(reply.errors).toBeUndefined();
    expect(reply.data.replyToIncident.status).toBe('CLOSED');

    const seen = await gql(DETAIL, { id }, world.cookies.solar);
    expect(seen.data.incident.status).toBe('CLOSED');
    expect(seen.data.incident.replies).toEqual([{ body: 'Hemos cambiado el fusible.', fromStaff: true, authorName: world.users.admin.name }]);

    const mails = await world.em().find(OutboxEmail, { templateKey: 'incident-replied', id: { $nin: earlier } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Tenemos respuesta a tu incidencia: Avería');
    expect(outboxBody(mails[0]!).text).toContain('Hemos cambiado el fusible.');
  });

  it('with its action turned off, replies without e-mail', async () => {
    await world.em().nativeUpdate(AutomaticAction, { trigger: AutomaticTrigger.INCIDENT_REPLIED }, { enabled: false });
    try {
      const before = await world.em().count(OutboxEmail, {});
      const id = await report(world.cookies.solar);
      expect((await gql(REPLY, { id, body: 'Gracias, lo vemos.' })).errors).toBeUndefined();
      expect(await world.em().count(OutboxEmail, {})).toBe(before);
    } finally {
      await world.em().nativeUpdate(AutomaticAction, { trigger: AutomaticTrigger.INCIDENT_REPLIED }, { enabled: true });
    }
  });
});

describe('incident types editor', () => {
  const TYPES = `{ adminIncidentTypes { id name { es en } active position incidentCount } }`;
  const CREATE = `mutation ($input: IncidentTypeInput!) { createIncidentType(input: $input) { id name { es en } active position } }`;
  const UPDATE = `mutation ($id: ID!, $input: IncidentTypeInput!) { updateIncidentType(id: $id, input: $input) { id name { es en } active } }`;
  const MOVE = `mutation ($id: ID!, $direction: IncidentTypeMoveDirection!) { moveIncidentType(id: $id, direction: $direction) { id position } }`;
  const REMOVE = `mutation ($id: ID!) { removeIncidentType(id: $id) }`;

  it('creates last, renames, reorders, deactivates; customers see only active types in order', async () => {
    const created = await gql(CREATE, { input: { nameEs: '  Monitorización ', nameEn: 'Monitoring' } });
    expect(created.errors).toBeUndefined();
    const newType = created.data.createIncidentType;
    expect(newType).toMatchObject({ name: { es: 'Monitorización', en: 'Monitoring' }, active: true });
    const all = (await gql(TYPES)).data.adminIncidentTypes;
    expect(all.at(-1).id).toBe(newType.id);

    const moved = await gql(MOVE, { id: newType.id, direction: 'UP' });
    expect(moved.data.moveIncidentType.map((t: { id: string }) => t.id).at(-2)).toBe(newType.id);
    expect(moved.data.moveIncidentType.map((t: { position: number }) => t.position)).toEqual(all.map((_: unknown, i: number) => i));
    // Moving the first one up changes nothing.
    const firstUp = await gql(MOVE, { id: moved.data.moveIncidentType[0].id, direction: 'UP' });
    expect(firstUp.data.moveIncidentType.map((t: { id: string }) => t.id)).toEqual(moved.data.moveIncidentType.map((t: { id: string }) => t.id));

    const renamed = await gql(UPDATE, { id: newType.id, input: { nameEs: 'Monitorización remota', nameEn: 'Remote monitoring', active: false } });
    expect(renamed.data.updateIncidentType).toMatchObject({ name: { es: 'Monitorización remota' }, active: false });
    const offered = await gql(`{ incidentTypes { id } }`, undefined, world.cookies.solar);
    expect(offered.data.incidentTypes.map((t: { id: string }) => t.id)).not.toContain(newType.id);
  });

  it('deletes an unused type but deactivates one incidents use', async () => {
    const unused = (await gql(CREATE, { input: { nameEs: 'Temporal', nameEn: 'Temporary' } })).data.createIncidentType;
    expect((await gql(REMOVE, { id: unused.id })).data.removeIncidentType).toBe('DELETED');
    expect(await world.em().count(IncidentType, { id: unused.id })).toBe(0);

    const used = (await gql(CREATE, { input: { nameEs: 'Usado', nameEn: 'Used' } })).data.createIncidentType;
    const incidentId = await report(world.cookies.solar, 'Una incidencia de un tipo que se retira.', used.id);
    expect((await gql(REMOVE, { id: used.id })).data.removeIncidentType).toBe('DEACTIVATED');
    const types = (await gql(TYPES)).data.adminIncidentTypes;
    expect(types.find((t: { id: string }) => t.id === used.id)).toMatchObject({ active: false, incidentCount: 1 });
    const detail = await gql(`query ($id: ID!) { incident(id: $id) { type { name { es } } } }`, { id: incidentId }, world.cookies.solar);
    expect(detail.data.incident.type.name.es).toBe('Usado');
  });

  it('names the field of bad input and refuses customers', async () => {
    const empty = await gql(CREATE, { input: { nameEs: ' ', nameEn: 'Empty' } });
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.nameEs', reason: 'TOO_SHORT' });
    const long = await gql(CREATE, { input: { nameEs: 'Largo', nameEn: 'x'.repeat(81) } });
    expect(long.errors![0]!.extensions).toMatchObject({ argument: 'input.nameEn', reason: 'TOO_LONG' });
    const duplicate = await gql(CREATE, { input: { nameEs: 'avería', nameEn: 'Another breakdown' } });
    expect(duplicate.errors![0]!.extensions).toMatchObject({ argument: 'input.nameEs', reason: 'DUPLICATE' });
    // Renaming a type to its own name is fine.
    const own = await gql(UPDATE, { id: typeId, input: { nameEs: 'Avería', nameEn: 'Breakdown', active: true } });
    expect(own.errors).toBeUndefined();

    for (const [query, variables] of [
      [TYPES, {}],
      [CREATE, { input: { nameEs: 'X', nameEn: 'X' } }],
      [UPDATE, { id: typeId, input: { nameEs: 'X', nameEn: 'X' } }],
      [MOVE, { id: typeId, direction: 'DOWN' }],
      [REMOVE, { id: typeId }],
    ] as const) {
      const body = await gql(query, variables, world.cookies.solar);
      expect(body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
  });
});
