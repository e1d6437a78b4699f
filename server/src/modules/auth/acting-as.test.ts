import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInCookie, startTestApi, type GraphQLResponse, type TestApi } from '../../../test/api.js';
import { testConfig } from '../../../test/context.js';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { createAccount, createAdmin, createSupplyPoint, createUser } from '../../../test/factories.js';
import type { Config } from '../../config.js';
import { ALL_ROWS, scopedEntityManager } from '../../core/permissions/row-scope.js';
import { LocalDiskStorage } from '../../core/storage/file-storage.js';
import { Session } from './session.entity.js';
import type { CustomerAccount } from '../customers/customer-account.entity.js';
import { Document, DocumentCategory } from '../documents/document.entity.js';
import { AdminAuditAction, AdminAuditEntry } from './admin-audit.entity.js';
import { User } from '../users/user.entity.js';

// Sessions of a user (listed, revoked) and "act as this customer" (read-only, audited) through
// the real HTTP API, over a database of this file's own.

let db: TestDatabase;
let api: TestApi;
let config: Config;
let storageDir: string;
let admin: User;
let customer: User;
let customerCups: string;
let otherCups: string;
let customerDocument: Document;
let customerCookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  storageDir = await mkdtemp(path.join(os.tmpdir(), 'portal-acting-test-'));
  config = { ...testConfig, storageDir };
  const em = db.orm.em.fork();
  const account = await createAccount(em, { name: 'Cuenta Propia' });
  const other = await createAccount(em, { name: 'Cuenta Ajena' });
  customerCups = (await createSupplyPoint(em, account)).cups;
  await createSupplyPoint(em, account);
  otherCups = (await createSupplyPoint(em, other)).cups;
  customerDocument = await storeDocument(account);
  admin = await createAdmin(em, { name: 'Admin Actuante', email: 'actuante@company.example' });
  customer = await createUser(em, {
    name: 'Cliente Visto',
    email: 'visto@example.com',
    userTypes: ['SOLAR_CLIENT', 'WEB_CLIENT'],
    personalFiscalId: account.fiscalId,
    personalFiscalIdKind: account.fiscalIdKind,
    cupsRestriction: [customerCups],
  });
  customerCookie = await signInCookie(db.orm, customer, config);
  api = await startTestApi(db.orm, { config });
});

afterAll(async () => {
  await api?.stop();
  await db?.drop();
  if (storageDir) await rm(storageDir, { recursive: true, force: true });
});

async function storeDocument(account: CustomerAccount): Promise<Document> {
  const stored = await new LocalDiskStorage(storageDir).put(`accounts/${account.id}/documents`, Buffer.from('%PDF-1.4 contrato'));
  const em = scopedEntityManager(db.orm.em, ALL_ROWS);
  const document = em.create(Document, {
    title: 'Contrato',
    category: DocumentCategory.CONTRACT,
    folder: 'Contratos',
    account,
    supplyPoint: null,
    fileName: 'contrato.pdf',
    mediaType: 'application/pdf',
    sizeBytes: stored.sizeBytes,
    sha256: stored.sha256,
    storageKey: stored.key,
  });
  await em.flush();
  return document;
}

const gql = <T = any>(cookie: string, query: string, variables?: Record<string, unknown>) =>
  api.graphql<T>(query, variables, { cookie });

function errorOf(res: GraphQLResponse): Record<string, unknown> | undefined {
  return res.errors?.[0]?.extensions;
}

const VIEWER = '{ viewer { id email isAdmin readOnly sections actingAdmin { name email } } }';
const START = 'mutation ($userId: ID!) { startActingAs(userId: $userId) { id email readOnly actingAdmin { email } } }';
const STOP = 'mutation { stopActingAs { id isAdmin readOnly } }';
const SESSIONS = 'query ($id: ID!) { user(id: $id) { sessions { id current userAgent lastSeenAt expiresAt actingAsEmail } } }';

async function auditRows(userId: string) {
  const em = db.orm.em.fork();
  return em.find(AdminAuditEntry, { user: userId }, { orderBy: { at: 'asc', id: 'asc' } });
}

function upload(url: string, cookie: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from('%PDF-1.4 subida')], { type: 'application/pdf' }), 'subida.pdf');
  return fetch(`${api.url}${url}`, { method: 'POST', body: form, headers: { cookie } });
}

describe("a user's sessions", () => {
  it('lists the live ones and revokes one or all; the revoked cookies stop working', async () => {
    const em = db.orm.em.fork();
    const person = await createUser(em, { userTypes: ['WEB_CLIENT'] });
    const adminCookie = await signInCookie(db.orm, admin, config);
    const first = await signInCookie(db.orm, person, config);
    const second = await signInCookie(db.orm, person, config);
    const third = await signInCookie(db.orm, person, config);
    // Revoked earlier: not listed.
    const gone = await signInCookie(db.orm, person, config);
    await gql(gone, 'mutation { signOut }');

    const listed = await gql(adminCookie, SESSIONS, { id: person.id });
    expect(listed.errors).toBeUndefined();
    const sessions = listed.data.user.sessions as { id: string; current: boolean }[];
    expect(sessions).toHaveLength(3);
    expect(sessions.every((session) => !session.current)).toBe(true);

    const target = sessions[0]!.id;
    const revoked = await gql(adminCookie, 'mutation ($id: ID!) { revokeUserSession(id: $id) }', { id: target });
    expect(revoked.data).toEqual({ revokeUserSession: true });
    const again = await gql(adminCookie, 'mutation ($id: ID!) { revokeUserSession(id: $id) }', { id: target });
    expect(errorOf(again)?.code).toBe('NOT_FOUND');
    const alive = await Promise.all([first, second, third].map(async (cookie) => (await gql(cookie, '{ viewer { id } }')).data.viewer));
    expect(alive.filter(Boolean)).toHaveLength(2);
    expect((await gql(adminCookie, SESSIONS, { id: person.id })).data.user.sessions).toHaveLength(2);

    const all = await gql(adminCookie, 'mutation ($userId: ID!) { revokeUserSessions(userId: $userId) }', { userId: person.id });
    expect(all.data).toEqual({ revokeUserSessions: 2 });
    for (const cookie of [first, second, third]) expect((await gql(cookie, '{ viewer { id } }')).data.viewer).toBeNull();
    expect((await gql(adminCookie, SESSIONS, { id: person.id })).data.user.sessions).toEqual([]);
  });

  it("marks the admin's own session as current and keeps it on revoking all of their own", async () => {
    const me = await createAdmin(db.orm.em.fork());
    const mine = await signInCookie(db.orm, me, config);
    const elsewhere = await signInCookie(db.orm, me, config);
    const listed = (await gql(mine, SESSIONS, { id: me.id })).data.user.sessions as { current: boolean }[];
    expect(listed.map((s) => s.current).sort()).toEqual([false, true]);
    expect((await gql(mine, 'mutation ($userId: ID!) { revokeUserSessions(userId: $userId) }', { userId: me.id })).data).toEqual({
      revokeUserSessions: 1,
    });
    expect((await gql(mine, '{ viewer { id } }')).data.viewer).not.toBeNull();
    expect((await gql(elsewhere, '{ viewer { id } }')).data.viewer).toBeNull();
  });

  it('is admin-only', async () => {
    const some = '00000000-0000-4000-8000-000000000000';
    for (const [query, variables] of [
      [SESSIONS, { id: customer.id }],
      ['mutation ($id: ID!) { revokeUserSession(id: $id) }', { id: some }],
      ['mutation ($userId: ID!) { revokeUserSessions(userId: $userId) }', { userId: customer.id }],
      ['{ auditLog(first: 5) { totalCount } }', {}],
    ] as const) {
      expect(errorOf(await api.graphql(query, variables))?.code).toBe('UNAUTHENTICATED');
      expect(errorOf(await gql(customerCookie, query, variables))?.code).toBe('FORBIDDEN');
    }
  });
});

describe('acting as a customer', () => {
  it('a customer cannot start (FORBIDDEN), nor stop when not acting; nothing is audited', async () => {
    const before = await db.orm.em.fork().count(AdminAuditEntry, {});
    expect(errorOf(await gql(customerCookie, START, { userId: customer.id }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await gql(customerCookie, STOP))?.code).toBe('FORBIDDEN');
    expect(errorOf(await gql(await signInCookie(db.orm, admin, config), STOP))?.code).toBe('FORBIDDEN');
    expect(errorOf(await api.graphql(START, { userId: customer.id }))?.code).toBe('UNAUTHENTICATED');
    expect(await db.orm.em.fork().count(AdminAuditEntry, {})).toBe(before);
  });

  it('refuses admins and disabled users as targets', async () => {
    const adminCookie = await signInCookie(db.orm, admin, config);
    const otherAdmin = await createAdmin(db.orm.em.fork());
    expect(errorOf(await gql(adminCookie, START, { userId: otherAdmin.id }))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'userId' });
    const disabled = await createUser(db.orm.em.fork(), { userTypes: ['WEB_CLIENT'], status: 'DISABLED' as never });
    expect(errorOf(await gql(adminCookie, START, { userId: disabled.id }))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'userId' });
    expect(errorOf(await gql(adminCookie, START, { userId: '00000000-0000-4000-8000-000000000000' }))?.code).toBe('NOT_FOUND');
    expect((await gql(adminCookie, VIEWER)).data.viewer).toMatchObject({ id: admin.id, readOnly: false });
  });

  it("gives the customer's sections and rows, read-only, until stopped; audited", async () => {
    const adminCookie = await signInCookie(db.orm, admin, config);
    const started = await gql(adminCookie, START, { userId: customer.id });
    expect(started.errors).toBeUndefined();
    expect(started.data.startActingAs).toEqual({ id: customer.id, email: customer.email, readOnly: true, actingAdmin: { email: admin.email } });

    // The viewer is the customer, marked as viewed by the admin.
    const viewer = (await gql(adminCookie, VIEWER)).data.viewer;
    expect(viewer).toMatchObject({ id: customer.id, isAdmin: false, readOnly: true, actingAdmin: { name: 'Admin Actuante', email: admin.email } });
    expect(viewer.sections).toEqual((await gql(customerCookie, VIEWER)).data.viewer.sections);

    // Their row scope (CUPS restriction included), not the admin's.
    const points = await gql(adminCookie, '{ supplyPoints { cups } }');
    expect(points.data.supplyPoints).toEqual([{ cups: customerCups }]);
    expect(JSON.stringify(points.data)).not.toContain(otherCups);
    // Admin operations are gone while acting.
    expect(errorOf(await gql(adminCookie, '{ users(first: 5) { totalCount } }'))?.code).toBe('FORBIDDEN');

    // Every mutation is refused, the customer's own ones too, and nothing changes.
    const profile = await gql(adminCookie, 'mutation { updateMyProfile(language: EN) { language } }');
    expect(errorOf(profile)).toMatchObject({ code: 'FORBIDDEN', reason: 'ACTING_READ_ONLY' });
    expect(errorOf(await gql(adminCookie, 'mutation { changePassword(current: "x", new: "y") }'))?.code).toBe('FORBIDDEN');
    expect(errorOf(await gql(adminCookie, START, { userId: customer.id }))?.code).toBe('FORBIDDEN');
    expect((await db.orm.em.fork().findOneOrFail(User, { id: customer.id })).language).toBe('es');

    // Uploads are refused before the file is read; downloads work.
    for (const url of [`/uploads/incidents/${customerDocument.id}/attachment`, `/uploads/document-requests/${customerDocument.id}`]) {
      const refused = await upload(url, adminCookie);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: 'FORBIDDEN', reason: 'ACTING_READ_ONLY' });
      // The same request as the customer themselves reaches the endpoint (no such incident: 404).
      expect((await upload(url, customerCookie)).status).toBe(404);
    }
    const download = await fetch(`${api.url}/files/${customerDocument.id}`, { headers: { cookie: adminCookie } });
    expect(download.status).toBe(200);
    expect(await download.text()).toBe('%PDF-1.4 contrato');

    // The acting state lives on the admin's session row.
    const session = await db.orm.em.fork().findOneOrFail(Session, { actingAsUser: customer.id });
    expect(session.user.id).toBe(admin.id);

    // The admin's session list shows what it is doing.
    const other = await signInCookie(db.orm, admin, config);
    const adminSessions = (await gql(other, SESSIONS, { id: admin.id })).data.user.sessions as { actingAsEmail: string | null }[];
    expect(adminSessions.map((s) => s.actingAsEmail)).toContain(customer.email);

    const stopped = await gql(adminCookie, STOP);
    expect(stopped.data.stopActingAs).toEqual({ id: admin.id, isAdmin: true, readOnly: false });
    expect((await gql(adminCookie, VIEWER)).data.viewer).toMatchObject({ id: admin.id, isAdmin: true, readOnly: false, actingAdmin: null });
    expect((await gql(adminCookie, '{ users(first: 5) { totalCount } }')).errors).toBeUndefined();

    const rows = await auditRows(customer.id);
    expect(rows.map((row) => [row.action, row.admin.id])).toEqual([
      [AdminAuditAction.ACTING_STARTED, admin.id],
      [AdminAuditAction.ACTING_STOPPED, admin.id],
    ]);

    const log = await gql(adminCookie, 'query ($id: ID!) { auditLog(userId: $id, first: 1) { totalCount nodes { action admin { email } user { email } } pageInfo { hasNextPage endCursor } } }', {
      id: customer.id,
    });
    expect(log.errors).toBeUndefined();
    expect(log.data.auditLog).toMatchObject({
      totalCount: 2,
      nodes: [{ action: 'ACTING_STOPPED', admin: { email: admin.email }, user: { email: customer.email } }],
      pageInfo: { hasNextPage: true },
    });
    const next = await gql(adminCookie, 'query ($id: ID!, $after: String) { auditLog(userId: $id, first: 1, after: $after) { nodes { action } pageInfo { hasNextPage } } }', {
      id: customer.id,
      after: log.data.auditLog.pageInfo.endCursor,
    });
    expect(next.errors).toBeUndefined();
    expect(next.data.auditLog).toEqual({ nodes: [{ action: 'ACTING_STARTED' }], pageInfo: { hasNextPage: false } });
  });

  it('disabling the customer ends the acting of every admin viewing them; audited', async () => {
    const adminCookie = await signInCookie(db.orm, admin, config);
    const target = await createUser(db.orm.em.fork(), { userTypes: ['WEB_CLIENT'] });
    expect((await gql(adminCookie, START, { userId: target.id })).errors).toBeUndefined();
    const other = await signInCookie(db.orm, admin, config);
    expect((await gql(other, 'mutation ($id: ID!) { disableUser(id: $id) { status } }', { id: target.id })).errors).toBeUndefined();
    expect((await gql(adminCookie, VIEWER)).data.viewer).toMatchObject({ id: admin.id, readOnly: false });
    expect((await gql(other, 'mutation ($id: ID!) { enableUser(id: $id) { status } }', { id: target.id })).errors).toBeUndefined();
    expect((await gql(adminCookie, VIEWER)).data.viewer).toMatchObject({ id: admin.id, readOnly: false });
    expect((await auditRows(target.id)).map((row) => row.action)).toEqual([AdminAuditAction.ACTING_STARTED, AdminAuditAction.ACTING_STOPPED]);
  });

  it('ends with the session: signing out while acting is audited as a stop', async () => {
    const adminCookie = await signInCookie(db.orm, admin, config);
    const target = await createUser(db.orm.em.fork(), { userTypes: ['WEB_CLIENT'] });
    expect((await gql(adminCookie, START, { userId: target.id })).errors).toBeUndefined();
    expect((await gql(adminCookie, 'mutation { signOut }')).data).toEqual({ signOut: true });
    expect((await gql(adminCookie, VIEWER)).data.viewer).toBeNull();
    expect((await auditRows(target.id)).map((row) => row.action)).toEqual([AdminAuditAction.ACTING_STARTED, AdminAuditAction.ACTING_STOPPED]);
  });
});
