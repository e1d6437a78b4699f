import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createInstallation } from '../../../test/factories.js';
import { useSolarWorld } from '../../../test/solar-world.js';
import { Document } from '../documents/document.entity.js';
import { EmailTemplate } from '../notifications/email-template.entity.js';
import { OutboxEmail } from '../notifications/outbox-email.entity.js';
import { outboxBody } from '../notifications/index.js';
import { PortalEventAction } from '../notifications/portal-event-action.entity.js';
import { REPLY_ATTACHMENTS_MAX } from './incident-upload.js';
import { Incident, IncidentReplyAttachment } from './incident.entity.js';

const world = useSolarWorld();
/** The first incident type the migration ships. */
let typeId: string;

beforeAll(async () => {
  const types = await world.api.graphql<any>('{ incidentTypes { id name { es en } } }', undefined, { cookie: world.cookies.solar });
  typeId = types.data.incidentTypes[0].id;
});

const CREATE = /* GraphQL */ `
  mutation ($input: CreateIncidentInput!) {
    createIncident(input: $input) { id status description installationCode type { name { es } } attachment { id } }
  }
`;
const DETAIL = /* GraphQL */ `
  query ($id: ID!) {
    incident(id: $id) { id status replies { body fromStaff authorName } attachment { id fileName mediaType folder } }
  }
`;

async function create(input: Record<string, unknown>, cookie = world.cookies.solar) {
  return world.api.graphql<any>(CREATE, { input: { typeId, description: 'El inversor muestra un error E21 desde ayer.', ...input } }, { cookie });
}

function upload(incidentId: string, bytes: Uint8Array, fileName: string, cookie = world.cookies.solar): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), fileName);
  return fetch(`${world.api.url}/uploads/incidents/${incidentId}/attachment`, { method: 'POST', body: form, headers: { cookie } });
}

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describe('incident types and reporting', () => {
  it('offers the four default types in order', async () => {
    const body = await world.api.graphql<any>('{ incidentTypes { name { es en } position } }', undefined, { cookie: world.cookies.solar });
    expect(body.data.incidentTypes.map((t: { name: { es: string; en: string } }) => t.name)).toEqual([
      { es: 'Avería', en: 'Breakdown' },
      { es: 'Facturación', en: 'Billing' },
      { es: 'Documentación', en: 'Documents' },
      { es: 'Otra', en: 'Other' },
    ]);
  });

  it('creates an incident on the installation’s account and raises incident-created when an action is configured', async () => {
    const fork = world.em();
    fork.create(EmailTemplate, { key: 'incident-ack', language: 'es', subject: 'Incidencia recibida', body: 'Hola |client_name|: |incident_type|' });
    fork.create(PortalEventAction, { event: 'incident-created', templateKey: 'incident-ack', enabled: true });
    await fork.flush();
    try {
      const installation = await createInstallation(world.em(), world.account);
      const body = await create({ installationId: installation.id, description: '   Se ha soltado un panel del tejado.  ' });
      expect(body.errors).toBeUndefined();
      expect(body.data.createIncident).toMatchObject({
        status: 'OPEN',
        description: 'Se ha soltado un panel del tejado.',
        installationCode: installation.code,
        type: { name: { es: 'Avería' } },
        attachment: null,
      });
      const incident = await world.em().findOneOrFail(Incident, { id: body.data.createIncident.id });
      expect(incident.account.id).toBe(world.account.id);
      const mails = await world.em().find(OutboxEmail, { templateKey: 'incident-ack' });
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toBe('Incidencia recibida');
      expect(outboxBody(mails[0]!).text).toContain('Avería');
    } finally {
      await world.em().nativeDelete(PortalEventAction, { event: 'incident-created' });
    }
  });

  it('without an installation, goes to the viewer’s own account; lists newest first', async () => {
    const first = await create({});
    const second = await create({ description: 'La factura de octubre no me cuadra.' });
    expect(second.errors).toBeUndefined();
    const incident = await world.em().findOneOrFail(Incident, { id: second.data.createIncident.id });
    expect(incident.account.id).toBe(world.account.id);
    const list = await world.api.graphql<any>('{ incidents { id } }', undefined, { cookie: world.cookies.solar });
    const ids = list.data.incidents.map((i: { id: string }) => i.id);
    expect(ids.indexOf(second.data.createIncident.id)).toBeLessThan(ids.indexOf(first.data.createIncident.id));
    const others = await world.api.graphql<any>('{ incidents { id } }', undefined, { cookie: world.cookies.otherSolar });
    expect(others.data.incidents.map((i: { id: string }) => i.id)).not.toContain(second.data.createIncident.id);
  });

  it('refuses an installation out of scope, a short description and an unknown type', async () => {
    const foreign = await createInstallation(world.em(), world.otherAccount);
    const outOfScope = await create({ installationId: foreign.id });
    expect(outOfScope.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'input.installationId' });

    const short = await create({ description: '  corto   ' });
    expect(short.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.description', reason: 'TOO_SHORT' });
    const long = await create({ description: 'x'.repeat(4001) });
    expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.description', reason: 'TOO_LONG' });

    const unknown = await create({ typeId: foreign.id });
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.typeId' });
  });

  it('is refused to a WEB_CLIENT-only user', async () => {
    const list = await world.api.graphql<any>('{ incidents { id } }', undefined, { cookie: world.cookies.webClient });
    expect(list.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const created = await create({}, world.cookies.webClient);
    expect(created.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const types = await world.api.graphql<any>('{ incidentTypes { id } }', undefined, { cookie: world.cookies.webClient });
    expect(types.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('attachment', () => {
  it('stores a PDF once, as a document of the account in folder Incidencias', async () => {
    const { data } = await create({});
    const id = data.createIncident.id as string;
    const response = await upload(id, PDF, 'parte.pdf');
    expect(response.status).toBe(201);
    const answer = (await response.json()) as { documentId: string };

    const detail = await world.api.graphql<any>(DETAIL, { id }, { cookie: world.cookies.solar });
    expect(detail.data.incident.attachment).toEqual({ id: answer.documentId, fileName: 'parte.pdf', mediaType: 'application/pdf', folder: 'Incidencias' });
    const download = await fetch(`${world.api.url}/files/${answer.documentId}`, { headers: { cookie: world.cookies.solar } });
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);

    const again = await upload(id, PDF, 'otra.pdf');
    expect(again.status).toBe(409);
    expect(await readdir(path.join(world.config.storageDir, 'incidents', id))).toHaveLength(1);
  });

  it('refuses a disguised type with 415 and leaves no row and no file', async () => {
    const { data } = await create({});
    const id = data.createIncident.id as string;
    const before = await world.em().count(Document, {});
    const response = await upload(id, new TextEncoder().encode('MZ\x90\x00 this is not a pdf at all'), 'factura.pdf');
    expect(response.status).toBe(415);
    expect(((await response.json()) as { error: string }).error).toBe('UNSUPPORTED_TYPE');
    expect(await world.em().count(Document, {})).toBe(before);
    const files = await readdir(path.join(world.config.storageDir, 'incidents', id)).catch(() => []);
    expect(files).toHaveLength(0);
    expect((await world.em().findOneOrFail(Incident, { id })).attachment).toBeNull();
  });

  it('is only for the customer who reported it', async () => {
    const { data } = await create({});
    const id = data.createIncident.id as string;
    expect((await upload(id, PDF, 'a.pdf', world.cookies.otherSolar)).status).toBe(404);
    expect((await upload(id, PDF, 'a.pdf', world.cookies.webClient)).status).toBe(404);
    expect((await upload(id, PDF, 'a.pdf', '')).status).toBe(401);
  });
});

describe('replies', () => {
  it('the company replies (admin only) and the customer reads the thread and the new status', async () => {
    const { data } = await create({});
    const id = data.createIncident.id as string;
    const REPLY = `mutation ($id: ID!, $body: String!, $status: IncidentStatus) { replyToIncident(id: $id, body: $body, status: $status) { status } }`;
    const byCustomer = await world.api.graphql<any>(REPLY, { id, body: 'Hola' }, { cookie: world.cookies.solar });
    expect(byCustomer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const reply = await world.api.graphql<any>(REPLY, { id, body: 'Mañana pasa un técnico.', status: 'IN_PROGRESS' }, { cookie: world.cookies.admin });
    expect(reply.errors).toBeUndefined();
    expect(reply.data.replyToIncident.status).toBe('IN_PROGRESS');

    const detail = await world.api.graphql<any>(DETAIL, { id }, { cookie: world.cookies.solar });
    expect(detail.data.incident.status).toBe('IN_PROGRESS');
    expect(detail.data.incident.replies).toEqual([{ body: 'Mañana pasa un técnico.', fromStaff: true, authorName: expect.any(String) }]);
  });

  it('the customer answers in their own incident; another customer\'s looks absent, and an empty reply is refused', async () => {
    const { data } = await create({});
    const id = data.createIncident.id as string;
    const MINE = `mutation ($id: ID!, $body: String!) { replyToMyIncident(id: $id, body: $body) { id } }`;
    const answer = await world.api.graphql<any>(MINE, { id, body: '  Sigue fallando esta mañana.  ' }, { cookie: world.cookies.solar });
    expect(answer.errors).toBeUndefined();

    const detail = await world.api.graphql<any>(DETAIL, { id }, { cookie: world.cookies.admin });
    expect(detail.data.incident.replies).toEqual([{ body: 'Sigue fallando esta mañana.', fromStaff: false, authorName: world.users.solar.name }]);

    const other = await world.api.graphql<any>(MINE, { id, body: 'No es mía' }, { cookie: world.cookies.otherSolar });
    const missing = await world.api.graphql<any>(MINE, { id: randomUUID(), body: 'No existe' }, { cookie: world.cookies.otherSolar });
    expect(other.errors![0]!.extensions).toEqual(missing.errors![0]!.extensions);
    expect(other.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const empty = await world.api.graphql<any>(MINE, { id, body: '   ' }, { cookie: world.cookies.solar });
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'body', reason: 'TOO_SHORT' });
  });

  it("a customer's reply reopens a closed incident, so staff see it among the open ones", async () => {
    const { data } = await create({});
    const id = data.createIncident.id as string;
    const close = await world.api.graphql<any>(`mutation ($id: ID!) { setIncidentStatus(id: $id, status: CLOSED) { status } }`, { id }, { cookie: world.cookies.admin });
    expect(close.data.setIncidentStatus.status).toBe('CLOSED');
    const MINE = `mutation ($id: ID!, $body: String!) { replyToMyIncident(id: $id, body: $body) { id status } }`;
    const answer = await world.api.graphql<any>(MINE, { id, body: 'Ha vuelto a pasar.' }, { cookie: world.cookies.solar });
    expect(answer.data.replyToMyIncident.status).toBe('OPEN');
    expect((await world.api.graphql<any>(DETAIL, { id }, { cookie: world.cookies.admin })).data.incident.status).toBe('OPEN');
  });

  describe('files on a customer reply', () => {
    const MINE = `mutation ($id: ID!, $body: String!) { replyToMyIncident(id: $id, body: $body) { id replies { id fromStaff } } }`;
    const THREAD = `query ($id: ID!) { incident(id: $id) { replies { fromStaff attachments { id fileName folder } } } }`;

    function attach(replyId: string, fileName: string, cookie = world.cookies.solar): Promise<Response> {
      const form = new FormData();
      form.append('file', new Blob([PDF], { type: 'application/pdf' }), fileName);
      return fetch(`${world.api.url}/uploads/incident-replies/${replyId}/attachments`, { method: 'POST', body: form, headers: { cookie } });
    }

    async function ownReply(): Promise<{ id: string; replyId: string }> {
      const id = (await create({})).data.createIncident.id as string;
      const answer = await world.api.graphql<any>(MINE, { id, body: 'Os mando las fotos del cuadro.' }, { cookie: world.cookies.solar });
      expect(answer.errors).toBeUndefined();
      return { id, replyId: answer.data.replyToMyIncident.replies.at(-1).id };
    }

    it('stores several files on the reply, scoped like the incident; staff and the customer read them in the thread', async () => {
      const { id, replyId } = await ownReply();
      expect((await attach(replyId, 'cuadro-1.pdf')).status).toBe(201);
      const second = await attach(replyId, 'cuadro-2.pdf');
      expect(second.status).toBe(201);
      expect(await second.json()).toMatchObject({ fileName: 'cuadro-2.pdf', mediaType: 'application/pdf' });

      for (const cookie of [world.cookies.solar, world.cookies.admin]) {
        const thread = await world.api.graphql<any>(THREAD, { id }, { cookie });
        expect(thread.errors).toBeUndefined();
        expect(thread.data.incident.replies[0].attachments.map((file: { fileName: string; folder: string }) => [file.fileName, file.folder])).toEqual([
          ['cuadro-1.pdf', 'Incidencias'],
          ['cuadro-2.pdf', 'Incidencias'],
        ]);
      }
      const stored = await world.em().find(IncidentReplyAttachment, { reply: replyId }, { populate: ['document'] });
      expect(stored.map((row) => row.document.getEntity().account?.id)).toEqual([world.account.id, world.account.id]);
    });

    it("another customer's reply, a staff reply and a missing one all look absent (404); signed out is 401", async () => {
      const { id, replyId } = await ownReply();
      const staff = await world.api.graphql<any>(
        `mutation ($id: ID!) { replyToIncident(id: $id, body: "Recibido.") { replies { id fromStaff } } }`,
        { id },
        { cookie: world.cookies.admin },
      );
      const staffReplyId = staff.data.replyToIncident.replies.find((reply: { fromStaff: boolean }) => reply.fromStaff).id as string;
      expect((await attach(replyId, 'a.pdf', world.cookies.otherSolar)).status).toBe(404);
      expect((await attach(staffReplyId, 'a.pdf')).status).toBe(404);
      expect((await attach(randomUUID(), 'a.pdf')).status).toBe(404);
      expect((await attach(replyId, 'a.pdf', '')).status).toBe(401);
      expect(await world.em().count(IncidentReplyAttachment, { reply: { $in: [replyId, staffReplyId] } })).toBe(0);
    });

    it(`takes at most ${REPLY_ATTACHMENTS_MAX} files per reply (409 TOO_MANY_FILES), and a file makes the incident unread for staff`, async () => {
      const { id, replyId } = await ownReply();
      await world.api.graphql<any>(`mutation ($id: ID!) { markIncidentRead(id: $id) { id } }`, { id }, { cookie: world.cookies.admin });
      expect((await world.em().findOneOrFail(Incident, { id })).unreadByStaff).toBe(false);
      for (let n = 1; n <= REPLY_ATTACHMENTS_MAX; n += 1) expect((await attach(replyId, `foto-${n}.pdf`)).status).toBe(201);
      expect((await world.em().findOneOrFail(Incident, { id })).unreadByStaff).toBe(true);
      const over = await attach(replyId, 'una-mas.pdf');
      expect(over.status).toBe(409);
      expect(await over.json()).toMatchObject({ error: 'TOO_MANY_FILES' });
      expect(await world.em().count(IncidentReplyAttachment, { reply: replyId })).toBe(REPLY_ATTACHMENTS_MAX);
    });
  });
});
