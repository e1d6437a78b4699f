import { describe, expect, it } from 'vitest';
import { useTestApi } from '../../../test/api.js';
import { sessionCookieName } from '../../app/context.js';
import { testConfig } from '../../../test/context.js';
import { createAccount, createAdmin, createSupplyPoint, createUser, validDni } from '../../../test/factories.js';
import { ALL_ROWS } from '../../core/permissions/row-scope.js';
import { User, UserStatus } from '../users/user.entity.js';
import { customerScopeOf } from '../../../test/reference-scope.js';
import { Session } from './session.entity.js';
import { startSession } from './session.service.js';
import { readSessionViewer, TOUCH_AFTER_MS } from './session-viewer.js';

const clock = { at: new Date('2026-03-02T09:00:00.000Z'), now: () => clock.at };
const { db, api } = useTestApi({ clock });
const policy = testConfig.session;

async function sessionOf(user: User): Promise<{ token: string; id: string }> {
  const em = db.orm.em.fork();
  const { token, session } = await startSession(em, em.merge(user), policy, { now: clock.now() });
  return { token, id: session.id };
}

/** The stored last_seen_at and the row version (xmin changes with every UPDATE of the row, even to the same value). */
async function stored(sessionId: string): Promise<{ lastSeenAt: Date; xmin: string }> {
  const [row] = await db.orm.em
    .getConnection()
    .execute<{ ms: number; xmin: string }[]>('select extract(epoch from last_seen_at)::float8 * 1000 as ms, xmin::text from session where id = ?', [sessionId]);
  return { lastSeenAt: new Date(row!.ms), xmin: row!.xmin };
}

describe('the session read (cookie -> viewer and scope in one statement)', () => {
  it('refreshes last_seen_at once per throttle window, not on every request', async () => {
    const user = await createUser(db.orm.em.fork());
    const { token, id } = await sessionOf(user);
    const cookie = `${sessionCookieName(testConfig)}=${token}`;
    const signedIn = async () => expect((await api.graphql('{ viewer { id } }', {}, { cookie })).data).toEqual({ viewer: { id: user.id } });
    const created = await stored(id);

    // Within the window since sign-in: no write at all.
    clock.at = new Date(created.lastSeenAt.getTime() + TOUCH_AFTER_MS - 1_000);
    await signedIn();
    await signedIn();
    expect(await stored(id)).toEqual(created);

    // Past it: one write, to the request's time; the next requests in the new window write nothing.
    clock.at = new Date(created.lastSeenAt.getTime() + TOUCH_AFTER_MS + 1_000);
    const touchedAt = clock.now();
    await signedIn();
    const touched = await stored(id);
    expect(touched.lastSeenAt).toEqual(touchedAt);
    expect(touched.xmin).not.toBe(created.xmin);
    for (const later of [1_000, 30_000, TOUCH_AFTER_MS]) {
      clock.at = new Date(touchedAt.getTime() + later);
      await signedIn();
    }
    expect(await stored(id)).toEqual(touched);

    // And the window after that writes again.
    clock.at = new Date(touchedAt.getTime() + TOUCH_AFTER_MS + 1);
    await signedIn();
    expect((await stored(id)).lastSeenAt).toEqual(clock.now());
  });

  it('gives the scope customer-scope.ts computes, for each way a user reaches accounts', async () => {
    const em = db.orm.em.fork();
    const person = await createAccount(em, { fiscalId: validDni(30_000_001), fiscalIdKind: 'DNI' });
    const company = await createAccount(em, { fiscalId: 'B12345674', fiscalIdKind: 'CIF' });
    const related = await createAccount(em, { fiscalId: validDni(30_000_002), fiscalIdKind: 'DNI' });
    const registeredFor = await createAccount(em, { fiscalId: validDni(30_000_003), fiscalIdKind: 'DNI' });
    const cups = [];
    for (const account of [person, person, company, company, related, registeredFor]) cups.push(await createSupplyPoint(em, account));
    await createSupplyPoint(em, await createAccount(em)); // someone else's
    const users = [
      await createUser(em, { personalFiscalId: person.fiscalId, personalFiscalIdKind: 'DNI' }),
      await createUser(em, { personalFiscalId: person.fiscalId, companyFiscalId: company.fiscalId, relatedFiscalIds: [related.fiscalId!] }),
      await createUser(em, { companyFiscalId: company.fiscalId, cupsRestriction: [cups[2]!.cups] }),
      await createUser(em, { cupsRestriction: [cups[0]!.cups] }), // a restriction outside its fiscal IDs grants nothing
      await createUser(em), // no fiscal ID, no account
    ];
    registeredFor.registeredUserId = users[4]!.id;
    await em.flush();

    for (const user of users) {
      const read = await readSessionViewer(db.orm.em, (await sessionOf(user)).token, policy, clock.now());
      const expected = await customerScopeOf(db.orm.em.fork(), user);
      expect(read?.scope.kind).toBe('customer');
      const scope = read!.scope as typeof expected;
      expect([...scope.accountIds].sort()).toEqual([...expected.accountIds].sort());
      expect([...scope.supplyPointIds].sort()).toEqual([...expected.supplyPointIds].sort());
    }
    // The cases are not all empty: the comparison above could fail.
    const second = await readSessionViewer(db.orm.em, (await sessionOf(users[1]!)).token, policy, clock.now());
    expect(second!.scope).toMatchObject({ kind: 'customer' });
    expect((second!.scope as { supplyPointIds: string[] }).supplyPointIds).toHaveLength(5);
  });

  it('an admin sees every row; acting as a customer gives the customer, their scope and the admin behind them', async () => {
    const em = db.orm.em.fork();
    const account = await createAccount(em, { fiscalId: validDni(30_000_010), fiscalIdKind: 'DNI' });
    const supplyPoint = await createSupplyPoint(em, account);
    const customer = await createUser(em, { name: 'Cliente', userTypes: ['WEB_CLIENT_FORECAST'], personalFiscalId: account.fiscalId });
    const admin = await createAdmin(em, { name: 'Admin' });
    const { token, id } = await sessionOf(admin);

    const own = await readSessionViewer(db.orm.em, token, policy, clock.now());
    expect(own).toMatchObject({ viewer: { sessionId: id, isAdmin: true, actingAdmin: null, user: { id: admin.id } }, scope: ALL_ROWS });

    await em.nativeUpdate(Session, { id }, { actingAsUser: customer.id });
    const acting = await readSessionViewer(db.orm.em, token, policy, clock.now());
    expect(acting).toMatchObject({
      viewer: { sessionId: id, isAdmin: false, userTypes: ['WEB_CLIENT_FORECAST'], user: { id: customer.id, name: 'Cliente' } },
      scope: { kind: 'customer', accountIds: [account.id], supplyPointIds: [supplyPoint.id] },
    });
    expect(acting!.viewer.actingAdmin).toMatchObject({ id: admin.id, name: 'Admin', email: admin.email });

    // A disabled customer is not acted as: the session is the admin's own again.
    await em.nativeUpdate(User, { id: customer.id }, { status: UserStatus.DISABLED });
    expect(await readSessionViewer(db.orm.em, token, policy, clock.now())).toMatchObject({ viewer: { isAdmin: true, actingAdmin: null }, scope: ALL_ROWS });
  });

  it('an unknown token reads as signed out', async () => {
    const { token } = await sessionOf(await createUser(db.orm.em.fork()));
    expect(await readSessionViewer(db.orm.em, token, policy, clock.now())).not.toBeNull();
    expect(await readSessionViewer(db.orm.em, `${token}x`, policy, clock.now())).toBeNull();
  });
});
