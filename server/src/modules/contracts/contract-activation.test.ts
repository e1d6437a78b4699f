import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signInCookie, useTestApi } from '../../../test/api.js';
import { createAccount, createAdmin, createContract, createSupplyPoint, createUser, validDni } from '../../../test/factories.js';
import type { Clock } from '../../core/clock.js';
import { ALL_ROWS, scopedEntityManager } from '../../core/permissions/row-scope.js';
import { SignInToken } from '../auth/sign-in-token.entity.js';
import { type CustomerAccount } from '../customers/customer-account.entity.js';
import { OutboxEmail } from '../notifications/outbox-email.entity.js';
import { User, UserStatus } from '../users/user.entity.js';
import { Contract, ContractStatus } from './contract.entity.js';

let now = new Date('2026-11-20T09:30:00.000Z');
const clock: Clock = { now: () => now };
const { db, api } = useTestApi({ clock });
let adminCookie: string;

beforeAll(async () => {
  adminCookie = await signInCookie(db.orm, await createAdmin(db.orm.em.fork()));
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

describe('status on the day, and overlapping contracts', () => {
  const ACTIVATE_AS = /* GraphQL */ `
    mutation ($id: ID!, $replace: Boolean) { activateContract(id: $id, replaceOverlapping: $replace) { contract { id status startDate endDate } } }
  `;
  const STATUS = /* GraphQL */ `query ($id: ID!) { contract(id: $id) { status } }`;
  const LISTED = /* GraphQL */ `
    query ($cups: String!, $status: ContractStatus!) { contracts(first: 10, filter: { cups: $cups, status: $status }) { nodes { id } } }
  `;

  beforeEach(async () => {
    // A session ends when the clock jumps past its life: each test signs in afresh.
    now = new Date('2026-11-20T09:30:00.000Z');
    adminCookie = await signInCookie(db.orm, await createAdmin(em()));
    await asAdmin(SETTINGS, { input: { automaticUserCreation: false } });
  });

  async function supplyPointWithActive(fields: Partial<Contract> = {}): Promise<{ active: Contract; draft: (f?: Partial<Contract>) => Promise<Contract> }> {
    const fork = em();
    const point = await createSupplyPoint(fork, await createAccount(fork));
    const active = await createContract(fork, point, { startDate: '2025-01-01', ...fields });
    return { active, draft: (f = {}) => createContract(em(), em().merge(point), { status: ContractStatus.DRAFT, ...f }) };
  }

  /** The status the account holder sees for `contract` and the statuses whose filter lists it: both must agree. */
  async function statusOf(contract: Contract): Promise<{ shown: string; listedAs: string[] }> {
    const stored = await em().findOneOrFail(Contract, { id: contract.id }, { populate: ['supplyPoint', 'account'] });
    const fork = em();
    const holder = await createUser(fork, { userTypes: ['WEB_CLIENT'], personalFiscalId: stored.account.$.fiscalId, personalFiscalIdKind: 'DNI' });
    const cookie = await signInCookie(db.orm, holder);
    const asHolder = (query: string, variables: Record<string, unknown>) => api.graphql<any>(query, variables, { cookie });
    const answer = await asHolder(STATUS, { id: contract.id });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const shown = answer.data.contract.status;
    const listedAs: string[] = [];
    for (const status of ['DRAFT', 'SCHEDULED', 'ACTIVE', 'TERMINATED']) {
      const res = await asHolder(LISTED, { cups: stored.supplyPoint.$.cups, status });
      if (res.data.contracts.nodes.some((node: { id: string }) => node.id === contract.id)) listedAs.push(status);
    }
    return { shown, listedAs };
  }

  it('shows a contract activated before its start date as SCHEDULED until that day, and as ended after its end', async () => {
    const fork = em();
    const contract = await createContract(fork, await createSupplyPoint(fork, await createAccount(fork)), {
      status: ContractStatus.DRAFT,
      startDate: '2026-11-21',
      endDate: '2026-11-22',
    });
    const res = await asAdmin(ACTIVATE_AS, { id: contract.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.activateContract.contract.status).toBe('SCHEDULED');
    expect((await em().findOneOrFail(Contract, { id: contract.id })).status).toBe(ContractStatus.ACTIVE);
    expect(await statusOf(contract)).toEqual({ shown: 'SCHEDULED', listedAs: ['SCHEDULED'] });

    now = new Date('2026-11-20T22:59:59.000Z'); // 23:59:59 on 20 November in Madrid
    expect(await statusOf(contract)).toEqual({ shown: 'SCHEDULED', listedAs: ['SCHEDULED'] });
    now = new Date('2026-11-20T23:00:00.000Z'); // midnight of 21 November in Madrid
    expect(await statusOf(contract)).toEqual({ shown: 'ACTIVE', listedAs: ['ACTIVE'] });
    now = new Date('2026-11-22T22:59:59.000Z'); // the last second of its end date
    expect(await statusOf(contract)).toEqual({ shown: 'ACTIVE', listedAs: ['ACTIVE'] });
    now = new Date('2026-11-22T23:00:00.000Z');
    expect(await statusOf(contract)).toEqual({ shown: 'TERMINATED', listedAs: ['TERMINATED'] });
    now = new Date('2026-11-20T09:30:00.000Z');
  });

  it('refuses a contract whose dates overlap the supply point’s active one, naming it and its dates', async () => {
    const { active, draft } = await supplyPointWithActive();
    const next = await draft({ startDate: '2026-12-01' });
    const res = await asAdmin(ACTIVATE_AS, { id: next.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'id',
      reason: 'CONTRACT_OVERLAP',
      overlappingCode: active.code,
      overlappingStartDate: '2025-01-01',
      overlappingEndDate: null,
      replaceable: true,
    });
    expect(res.errors?.[0]?.message).toContain(`${active.code} (2025-01-01 to open-ended)`);
    expect((await em().findOneOrFail(Contract, { id: next.id })).status).toBe(ContractStatus.DRAFT);
    expect((await em().findOneOrFail(Contract, { id: active.id })).endDate).toBeNull();
  });

  it('activates a contract that starts after the active one ends', async () => {
    const { draft } = await supplyPointWithActive({ endDate: '2026-11-30' });
    const res = await asAdmin(ACTIVATE_AS, { id: (await draft({ startDate: '2026-12-01' })).id });
    expect(res.errors).toBeUndefined();
    expect(res.data.activateContract.contract.status).toBe('SCHEDULED');
  });

  it('replaces the active contract when the admin says so: it ends the day before, in the same transaction', async () => {
    const { active, draft } = await supplyPointWithActive();
    const next = await draft({ startDate: '2026-12-01' });
    const res = await asAdmin(ACTIVATE_AS, { id: next.id, replace: true });
    expect(res.errors).toBeUndefined();
    expect(res.data.activateContract.contract).toMatchObject({ status: 'SCHEDULED', startDate: '2026-12-01', endDate: null });
    expect((await em().findOneOrFail(Contract, { id: active.id })).endDate).toBe('2026-11-30');
    expect(await statusOf(active)).toEqual({ shown: 'ACTIVE', listedAs: ['ACTIVE'] });
  });

  it('never replaces a contract that starts on or after the new one: ending it the day before would end it before it starts', async () => {
    const { active, draft } = await supplyPointWithActive({ startDate: '2026-12-01' });
    const earlier = await draft({ startDate: '2026-12-01' });
    const res = await asAdmin(ACTIVATE_AS, { id: earlier.id, replace: true });
    expect(res.errors?.[0]?.extensions).toMatchObject({ reason: 'CONTRACT_OVERLAP', overlappingCode: active.code, replaceable: false });
    expect((await em().findOneOrFail(Contract, { id: active.id })).endDate).toBeNull();
    expect((await em().findOneOrFail(Contract, { id: earlier.id })).status).toBe(ContractStatus.DRAFT);
  });

  it('lets one of two overlapping contracts activated at once through, and refuses the other', async () => {
    const fork = em();
    const point = await createSupplyPoint(fork, await createAccount(fork));
    const drafts = [
      await createContract(fork, point, { status: ContractStatus.DRAFT, startDate: '2026-12-01' }),
      await createContract(fork, point, { status: ContractStatus.DRAFT, startDate: '2027-01-01' }),
    ];
    const results = await Promise.all(drafts.map((contract) => asAdmin(ACTIVATE_AS, { id: contract.id })));
    expect(results.filter((res) => res.errors === undefined)).toHaveLength(1);
    expect(results.flatMap((res) => res.errors ?? []).map((error) => error.extensions?.reason)).toEqual(['CONTRACT_OVERLAP']);
    expect(await em().count(Contract, { supplyPoint: point.id, status: ContractStatus.ACTIVE })).toBe(1);
  });

  it('is held by the database too: a second overlapping active contract cannot be written', async () => {
    const { draft } = await supplyPointWithActive();
    const next = await draft({ startDate: '2026-12-01', endDate: '2026-12-31' });
    await expect(em().nativeUpdate(Contract, { id: next.id }, { status: ContractStatus.ACTIVE })).rejects.toThrow(/contract_active_no_overlap/);
    // Ended first, it fits.
    const { active, draft: another } = await supplyPointWithActive({ endDate: '2026-11-30' });
    const after = await another({ startDate: '2026-12-01' });
    await em().nativeUpdate(Contract, { id: after.id }, { status: ContractStatus.ACTIVE });
    expect(await em().count(Contract, { supplyPoint: active.supplyPoint.id, status: ContractStatus.ACTIVE })).toBe(2);
  });
});
