import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signInCookie, startTestApi, type TestApi } from '../../../test/api.js';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { createAccount, createAdmin, createContract, createSupplyPoint, createUser, validDni } from '../../../test/factories.js';
import type { Clock } from '../../core/clock.js';
import { ALL_ROWS, scopedEntityManager } from '../../core/permissions/row-scope.js';
import { SignInToken } from '../auth/sign-in-token.entity.js';
import { type CustomerAccount } from '../customers/customer-account.entity.js';
import { OutboxEmail } from '../notifications/outbox-email.entity.js';
import { User, UserStatus } from '../users/user.entity.js';
import { Contract, ContractStatus } from './contract.entity.js';

let db: TestDatabase;
let api: TestApi;
let adminCookie: string;
let now = new Date('2026-11-20T09:30:00.000Z');
const clock: Clock = { now: () => now };

beforeAll(async () => {
  db = await createTestDatabase();
  adminCookie = await signInCookie(db.orm, await createAdmin(db.orm.em.fork()));
  api = await startTestApi(db.orm, { clock });
});

afterAll(async () => {
  await api?.stop();
  await db?.drop();
});

const asAdmin = <T = any>(query: string, variables?: Record<string, unknown>) =>
  api.graphql<T>(query, variables, { cookie: adminCookie });

const ACTIVATE = /* GraphQL */ `mutation ($id: ID!) { activateContract(id: $id) { contract { id status activatedAt supplyPoint { id } } } }`;
const SETTINGS = /* GraphQL */ `
  mutation ($input: SettingsInput!) {
    updateSettings(input: $input) { automaticUserCreation automaticUserType welcomeLinkValidityDays }
  }
`;

const em = () => scopedEntityManager(db.orm.em, ALL_ROWS);

async function draftContract(account?: CustomerAccount): Promise<Contract> {
  const fork = em();
  const holder = account ?? (await createAccount(fork));
  return createContract(fork, await createSupplyPoint(fork, fork.merge(holder)), { status: ContractStatus.DRAFT });
}

async function counts() {
  const fork = em();
  return { users: await fork.count(User, {}), outbox: await fork.count(OutboxEmail, {}) };
}

describe('activateContract', () => {
  beforeEach(() => {
    now = new Date(now.getTime() + 3600_000);
  });

  it('with automatic creation off: activates, creates no user, sends nothing', async () => {
    await asAdmin(SETTINGS, { input: { automaticUserCreation: false } });
    const contract = await draftContract();
    const before = await counts();
    const res = await asAdmin(ACTIVATE, { id: contract.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.activateContract.contract).toEqual({ id: contract.id, status: 'ACTIVE', activatedAt: now.toISOString(), supplyPoint: { id: contract.supplyPoint.id } });
    const stored = await em().findOneOrFail(Contract, { id: contract.id });
    expect(stored.status).toBe(ContractStatus.ACTIVE);
    expect(stored.activatedAt).toEqual(now);
    expect(await counts()).toEqual(before);
  });

  describe('with automatic creation on', () => {
    beforeAll(async () => {
      const res = await asAdmin(SETTINGS, { input: { automaticUserCreation: true, automaticUserType: 'WEB_CLIENT_MEASUREMENTS' } });
      expect(res.data.updateSettings).toEqual({
        automaticUserCreation: true,
        automaticUserType: 'WEB_CLIENT_MEASUREMENTS',
        welcomeLinkValidityDays: 7,
      });
    });

    it('creates a customer for a new billing e-mail, with the configured type and the CIF, and welcomes them once', async () => {
      const account = await createAccount(em(), {
        fiscalId: 'B48752315',
        fiscalIdKind: 'CIF',
        name: 'Talleres Norte SL',
        billingEmail: ' Facturacion@TalleresNorte.example ',
      });
      const contract = await draftContract(account);
      const before = await counts();
      const res = await asAdmin(ACTIVATE, { id: contract.id });
      expect(res.errors).toBeUndefined();
      expect(res.data.activateContract.contract.status).toBe('ACTIVE');

      const user = await em().findOneOrFail(User, { email: 'facturacion@talleresnorte.example' });
      expect(user).toMatchObject({
        name: 'Talleres Norte SL',
        status: UserStatus.INVITED,
        isAdmin: false,
        userTypes: ['WEB_CLIENT_MEASUREMENTS'],
        companyFiscalId: 'B48752315',
        personalFiscalId: null,
        relatedFiscalIds: [],
        cupsRestriction: [],
      });
      const emails = await em().find(OutboxEmail, { to: 'facturacion@talleresnorte.example' });
      expect(emails.map((email) => email.templateKey)).toEqual(['welcome']);
      expect(await em().count(SignInToken, { user: user.id })).toBe(1);
      expect(await counts()).toEqual({ users: before.users + 1, outbox: before.outbox + 1 });

      // Activating it again changes nothing and sends nothing.
      const activatedAt = now.toISOString();
      now = new Date(now.getTime() + 60_000);
      const again = await asAdmin(ACTIVATE, { id: contract.id });
      expect(again.data.activateContract.contract).toMatchObject({ id: contract.id, status: 'ACTIVE', activatedAt });
      expect(await counts()).toEqual({ users: before.users + 1, outbox: before.outbox + 1 });

      // A second contract of the same account finds the user already covering the CIF.
      await asAdmin(ACTIVATE, { id: (await draftContract(account)).id });
      expect(await counts()).toEqual({ users: before.users + 1, outbox: before.outbox + 1 });
      expect((await em().findOneOrFail(User, { id: user.id })).relatedFiscalIds).toEqual([]);
    });

    it('puts a DNI account holder’s fiscal ID in the personal ID', async () => {
      const dni = validDni(30_000_001);
      const account = await createAccount(em(), { fiscalId: dni, fiscalIdKind: 'DNI', billingEmail: 'persona@example.com' });
      await asAdmin(ACTIVATE, { id: (await draftContract(account)).id });
      const user = await em().findOneOrFail(User, { email: 'persona@example.com' });
      expect(user).toMatchObject({ personalFiscalId: dni, personalFiscalIdKind: 'DNI', companyFiscalId: null });
    });

    it('adds the fiscal ID to an existing user of that e-mail: no second user, no e-mail', async () => {
      const existing = await createUser(em(), {
        email: 'grupo@example.com',
        userTypes: ['WEB_CLIENT'],
        companyFiscalId: 'A95184271',
        relatedFiscalIds: ['B50912849'],
      });
      const dni = validDni(30_000_002);
      const account = await createAccount(em(), { fiscalId: dni, billingEmail: 'GRUPO@Example.com' });
      const contract = await draftContract(account);
      const before = await counts();
      const res = await asAdmin(ACTIVATE, { id: contract.id });
      expect(res.errors).toBeUndefined();
      expect(await counts()).toEqual(before);
      const user = await em().findOneOrFail(User, { id: existing.id });
      expect(user.relatedFiscalIds).toEqual(['B50912849', dni]);
      expect(user.userTypes).toEqual(['WEB_CLIENT']);
    });

    it('does not give an admin a scope', async () => {
      const admin = await createAdmin(em(), { email: 'staff@company.example' });
      const account = await createAccount(em(), { billingEmail: 'staff@company.example' });
      await asAdmin(ACTIVATE, { id: (await draftContract(account)).id });
      expect((await em().findOneOrFail(User, { id: admin.id })).relatedFiscalIds).toEqual([]);
    });
  });

  it('refuses a terminated contract and leaves it as it was', async () => {
    const contract = await draftContract();
    await em().nativeUpdate(Contract, { id: contract.id }, { status: ContractStatus.TERMINATED });
    const res = await asAdmin(ACTIVATE, { id: contract.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect((await em().findOneOrFail(Contract, { id: contract.id })).status).toBe(ContractStatus.TERMINATED);
  });

  it('answers NOT_FOUND for an unknown contract', async () => {
    const res = await asAdmin(ACTIVATE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('activates a contract once when two activations race', async () => {
    await asAdmin(SETTINGS, { input: { automaticUserCreation: true } });
    const account = await createAccount(em(), { billingEmail: 'carrera@example.com' });
    const contract = await draftContract(account);
    const before = await counts();
    const results = await Promise.all([asAdmin(ACTIVATE, { id: contract.id }), asAdmin(ACTIVATE, { id: contract.id })]);
    for (const res of results) expect(res.errors).toBeUndefined();
    expect(await counts()).toEqual({ users: before.users + 1, outbox: before.outbox + 1 });
  });

  it('activates but invites nobody when the account has no usable billing e-mail', async () => {
    await asAdmin(SETTINGS, { input: { automaticUserCreation: true } });
    const account = await createAccount(em(), { billingEmail: 'facturas@ejemplo.com, otra@ejemplo.com' });
    const contract = await draftContract(account);
    const before = await counts();
    const res = await asAdmin(ACTIVATE, { id: contract.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.activateContract.contract.status).toBe('ACTIVE');
    expect(await counts()).toEqual(before);
  });

  it('makes one user for two accounts of one billing e-mail activated at once, covering both', async () => {
    await asAdmin(SETTINGS, { input: { automaticUserCreation: true } });
    const first = await createAccount(em(), { billingEmail: 'compartido@example.com' });
    const second = await createAccount(em(), { billingEmail: 'Compartido@example.com' });
    const contracts = [await draftContract(first), await draftContract(second)];
    const before = await counts();
    const results = await Promise.all(contracts.map((contract) => asAdmin(ACTIVATE, { id: contract.id })));
    for (const res of results) expect(res.errors).toBeUndefined();
    expect(await counts()).toEqual({ users: before.users + 1, outbox: before.outbox + 1 });
    const user = await em().findOneOrFail(User, { email: 'compartido@example.com' });
    expect([user.personalFiscalId, ...user.relatedFiscalIds].sort()).toEqual([first.fiscalId, second.fiscalId].sort());
  });
});

describe('settings', () => {
  const READ = '{ settings { automaticUserCreation automaticUserType welcomeLinkValidityDays } }';

  it('changes only the fields given', async () => {
    await asAdmin(SETTINGS, { input: { automaticUserCreation: false, automaticUserType: 'WEB_CLIENT', welcomeLinkValidityDays: 7 } });
    await asAdmin(SETTINGS, { input: { welcomeLinkValidityDays: 14 } });
    expect((await asAdmin(READ)).data.settings).toEqual({
      automaticUserCreation: false,
      automaticUserType: 'WEB_CLIENT',
      welcomeLinkValidityDays: 14,
    });
  });

  it.each([0, 61, -3])('refuses %i days of welcome link validity', async (days) => {
    const before = (await asAdmin(READ)).data.settings;
    const res = await asAdmin(SETTINGS, { input: { welcomeLinkValidityDays: days, automaticUserCreation: true } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.welcomeLinkValidityDays' });
    expect((await asAdmin(READ)).data.settings).toEqual(before);
  });

  it('refuses a user type that does not exist', async () => {
    const res = await asAdmin('mutation { updateSettings(input: { automaticUserType: ADMIN }) { automaticUserType } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
