import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signInCookie, type TestApi } from '../../../test/api.js';
import { testConfig } from '../../../test/context.js';
import { type TestDatabase } from '../../../test/database.js';
import { createAccount, createAdmin, createContract, createSupplyPoint, createUser, validDni } from '../../../test/factories.js';
import { cookiePair, postGraphql } from '../../../test/http.js';
import { startMailApi, type MailApi } from '../../../test/mail-api.js';
import { extractLink, recipientsOf, type SmtpPeer } from '../../../test/smtp.js';
import { sessionCookieName } from '../../app/context.js';
import { ALL_ROWS, scopedEntityManager } from '../../core/permissions/row-scope.js';
import { AutomaticAction } from '../automatic-actions/automatic-action.entity.js';
import { AutomaticTrigger } from '../notifications/index.js';
import { Contract, ContractStatus } from '../contracts/contract.entity.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { Installation, InstallationTransition, TransitionKind } from '../installations/installation.entity.js';
import { OutboxEmail } from '../notifications/outbox-email.entity.js';
import type { OutboxWorker } from '../notifications/index.js';
import { User, UserStatus } from '../users/user.entity.js';

// Admin customer accounts, contract activation with its outcome and automatic actions, and
// client registration end to end: the portal-link e-mail over SMTP signs the new client in.

let mail: MailApi;
let db: TestDatabase;
let api: TestApi;
let peer: SmtpPeer;
let worker: OutboxWorker;
let adminCookie: string;
const clock = { at: new Date('2026-11-20T09:00:00.000Z'), now: () => clock.at };

beforeAll(async () => {
  mail = await startMailApi(clock);
  ({ db, api, peer, worker } = mail);
  adminCookie = await signInCookie(db.orm, await createAdmin(db.orm.em.fork(), { email: 'staff@company.example' }));
});

afterAll(() => mail?.stop());

beforeEach(() => {
  clock.at = new Date(clock.at.getTime() + 3_600_000);
  peer.clear();
});

const em = () => scopedEntityManager(db.orm.em, ALL_ROWS);
const asAdmin = <T = any>(query: string, variables?: Record<string, unknown>) => api.graphql<T>(query, variables, { cookie: adminCookie });

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterSolarClientInput!) {
    registerSolarClient(input: $input) {
      userId userEmail userCreated
      account { id name fiscalId fiscalIdKind billingEmail phone address }
      installation { id code address progress { currentStep { name { es } } } }
    }
  }
`;

async function counts() {
  const fork = em();
  return {
    accounts: await fork.count(CustomerAccount, {}),
    users: await fork.count(User, {}),
    installations: await fork.count(Installation, {}),
    outbox: await fork.count(OutboxEmail, {}),
  };
}

describe('registerSolarClient', () => {
  it('creates account, user and installation, and e-mails a portal link that signs the client in to see it', async () => {
    const res = await asAdmin(REGISTER, {
      input: { name: '  Ana  Solana ', email: ' Ana.Solana@Example.com ', phone: '+34 612 34 56 78', address: 'Calle del Sol 3, Sevilla' },
    });
    expect(res.errors).toBeUndefined();
    const reg = res.data.registerSolarClient;
    expect(reg).toMatchObject({
      userEmail: 'ana.solana@example.com',
      userCreated: true,
      account: { name: 'Ana Solana', fiscalId: null, fiscalIdKind: null, billingEmail: 'ana.solana@example.com', phone: '612345678', address: 'Calle del Sol 3, Sevilla' },
      installation: { address: 'Calle del Sol 3, Sevilla', progress: { currentStep: { name: { es: expect.any(String) } } } },
    });
    expect(reg.installation.code).toMatch(/^FV-2026-\d{4}$/);
    const user = await em().findOneOrFail(User, { id: reg.userId });
    expect(user).toMatchObject({ status: UserStatus.INVITED, userTypes: ['SOLAR_CLIENT'], personalFiscalId: null, companyFiscalId: null, isAdmin: false });
    const installation = await em().findOneOrFail(Installation, { id: reg.installation.id }, { populate: ['substate'] });
    expect(installation.substate.getEntity().internalName).toBe('Registro recibido');
    expect(await em().count(InstallationTransition, { installation: installation.id, kind: TransitionKind.CREATED })).toBe(1);

    // Delivered over SMTP: the client-registered template with a magic link.
    expect(await worker.runOnce()).toMatchObject({ sent: 1, failed: 0 });
    const message = peer.messages.find((m) => recipientsOf(m).includes('ana.solana@example.com'))!;
    expect(message.subject).toBe('Ya tienes acceso a tu Portal de clientes');
    expect(message.text).toContain('Ana Solana');
    const link = extractLink(message.text!, '/auth/link');
    const token = new URLSearchParams(new URL(link).hash.slice(1)).get('token')!;
    const redeemed = await postGraphql(api.url, 'mutation ($t: String!) { redeemMagicLink(token: $t) { email } }', { t: token });
    expect(redeemed.errors).toBeUndefined();
    const cookie = cookiePair(redeemed.setCookies, sessionCookieName(testConfig))!;
    const seen = await postGraphql<any>(api.url, '{ installations { id code } customerAccounts { id } }', {}, cookie);
    expect(seen.errors).toBeUndefined();
    expect(seen.data.installations).toEqual([{ id: reg.installation.id, code: reg.installation.code }]);
    expect(seen.data.customerAccounts).toEqual([{ id: reg.account.id }]);
    expect((await em().findOneOrFail(User, { id: reg.userId })).status).toBe(UserStatus.ACTIVE);
  });

  it('with a fiscal ID: the holder is the user, codes go on, a passport needs its kind', async () => {
    const dni = validDni(41_000_001);
    const first = await asAdmin(REGISTER, { input: { name: 'Luis Pérez', email: 'luis@example.com', phone: '955 12 34 56', address: 'Av. Luz 1', fiscalId: dni.toLowerCase() } });
    expect(first.errors).toBeUndefined();
    expect(first.data.registerSolarClient.account).toMatchObject({ fiscalId: dni, fiscalIdKind: 'DNI' });
    expect(await em().findOneOrFail(User, { email: 'luis@example.com' })).toMatchObject({ personalFiscalId: dni, personalFiscalIdKind: 'DNI' });
    const second = await asAdmin(REGISTER, {
      input: { name: 'Tom Smith', email: 'tom@example.com', phone: '+44 20 7946 0958', address: 'Calle 2', fiscalId: 'K1234567', fiscalIdKind: 'PASSPORT' },
    });
    expect(second.errors).toBeUndefined();
    const [a, b] = [first, second].map((r) => Number(r.data.registerSolarClient.installation.code.slice(-4)));
    expect(b).toBe(a! + 1);
  });

  it('a NIF of kind K, L or M, also written as a VAT number (ES…), is stored as that NIF', async () => {
    const res = await asAdmin(REGISTER, { input: { name: 'Ana Ruiz', email: 'ana.nif@example.com', phone: '612000112', address: 'Calle 4', fiscalId: 'es-m1234567l' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.registerSolarClient.account).toMatchObject({ fiscalId: 'M1234567L', fiscalIdKind: 'NIF' });
    expect(await em().findOneOrFail(User, { email: 'ana.nif@example.com' })).toMatchObject({ personalFiscalId: 'M1234567L', personalFiscalIdKind: 'NIF' });
  });

  it('reuses the existing customer of that e-mail, adding the account and the solar type; no second user', async () => {
    const existing = await createUser(em(), { email: 'mixta@example.com', userTypes: ['WEB_CLIENT'], companyFiscalId: 'A95184271' });
    const before = await counts();
    const res = await asAdmin(REGISTER, { input: { name: 'Mixta', email: 'MIXTA@example.com', phone: '612000111', address: 'Calle 3', fiscalId: 'B50912849' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.registerSolarClient).toMatchObject({ userId: existing.id, userCreated: false });
    const user = await em().findOneOrFail(User, { id: existing.id });
    expect(user.userTypes).toEqual(['WEB_CLIENT', 'SOLAR_CLIENT']);
    expect(user.relatedFiscalIds).toEqual(['B50912849']);
    expect(await counts()).toMatchObject({ users: before.users, accounts: before.accounts + 1, installations: before.installations + 1 });
  });

  it.each([
    [{ email: 'no-es-un-correo' }, 'input.email', 'INVALID'],
    [{ phone: '12345' }, 'input.phone', 'INVALID'],
    [{ name: '   ' }, 'input.name', 'REQUIRED'],
    [{ address: '' }, 'input.address', 'REQUIRED'],
    [{ fiscalId: '12345678A' }, 'input.fiscalId', 'CHECK_CHARACTER'],
    [{ email: 'staff@company.example' }, 'input.email', 'ADMIN_EMAIL'],
  ])('refuses %j naming %s (%s), writing nothing', async (change, argument, reason) => {
    const before = await counts();
    const res = await asAdmin(REGISTER, { input: { name: 'Eva', email: 'eva@example.com', phone: '612000222', address: 'Calle 4', ...change } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, reason });
    expect(await counts()).toEqual(before);
  });

  it('refuses a fiscal ID that already has an account', async () => {
    const account = await createAccount(em());
    const before = await counts();
    const res = await asAdmin(REGISTER, { input: { name: 'Eva', email: 'eva2@example.com', phone: '612000222', address: 'C', fiscalId: account.fiscalId } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.fiscalId', reason: 'TAKEN' });
    expect(await counts()).toEqual(before);
  });

  it('is refused to a customer', async () => {
    const customer = await createUser(em(), { userTypes: ['SOLAR_CLIENT'] });
    const res = await api.graphql<any>(REGISTER, { input: { name: 'X', email: 'x@example.com', phone: '612000333', address: 'C' } }, { cookie: await signInCookie(db.orm, customer) });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('admin customer accounts', () => {
  const LIST = /* GraphQL */ `
    query ($search: String, $first: Int, $after: String) {
      adminCustomerAccounts(search: $search, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { id name fiscalId supplyPointCount contractCount draftContractCount installationCount }
      }
    }
  `;

  it('searches by name, fiscal ID, e-mail and CUPS, with counts and pages', async () => {
    const fork = em();
    const account = await createAccount(fork, { name: 'Zapatería Búsqueda', billingEmail: 'zapatos@busqueda.example', fiscalId: validDni(42_000_001) });
    const point = await createSupplyPoint(fork, account);
    await createContract(fork, point, { status: ContractStatus.DRAFT });
    await createContract(fork, await createSupplyPoint(fork, account));
    const expected = { id: account.id, supplyPointCount: 2, contractCount: 2, draftContractCount: 1, installationCount: 0 };
    for (const search of ['zapatería', 'BUSQUEDA.example', account.fiscalId!.toLowerCase(), point.cups.slice(4, 14)]) {
      const res = await asAdmin(LIST, { search });
      expect(res.errors).toBeUndefined();
      expect(res.data.adminCustomerAccounts.nodes).toEqual([expect.objectContaining(expected)]);
    }
    const page1 = (await asAdmin(LIST, { first: 2 })).data.adminCustomerAccounts;
    expect(page1.nodes).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await asAdmin(LIST, { first: 2, after: page1.pageInfo.endCursor })).data.adminCustomerAccounts;
    expect(page2.nodes[0].id).not.toBe(page1.nodes[1].id);
    expect(page2.totalCount).toBe(page1.totalCount);
  });

  it('shows an account with its supply points, contracts, users and installations', async () => {
    const fork = em();
    const account = await createAccount(fork, { fiscalId: validDni(42_000_002) });
    const contract = await createContract(fork, await createSupplyPoint(fork, account), { status: ContractStatus.DRAFT });
    const holder = await createUser(fork, { email: 'titular@example.com', personalFiscalId: account.fiscalId, personalFiscalIdKind: 'DNI' });
    const related = await createUser(fork, { email: 'gestor@example.com', relatedFiscalIds: [account.fiscalId!] });
    await createUser(fork, { email: 'otro@example.com', relatedFiscalIds: [validDni(42_000_003)] });
    const res = await asAdmin(
      `query ($id: ID!) { adminCustomerAccount(id: $id) {
        id supplyPoints { cups } contracts { id status code } portalUsers { id } installations { id } } }`,
      { id: account.id },
    );
    expect(res.errors).toBeUndefined();
    const detail = res.data.adminCustomerAccount;
    expect(detail.contracts).toEqual([{ id: contract.id, status: 'DRAFT', code: contract.code }]);
    expect(detail.supplyPoints).toHaveLength(1);
    expect(detail.portalUsers.map((u: { id: string }) => u.id).sort()).toEqual([holder.id, related.id].sort());
    expect(detail.installations).toEqual([]);
    expect((await asAdmin('{ adminCustomerAccount(id: "00000000-0000-4000-8000-000000000000") { id } }')).data.adminCustomerAccount).toBeNull();
  });

  it('is refused to a customer', async () => {
    const customer = await createUser(em(), { userTypes: ['WEB_CLIENT'] });
    const res = await api.graphql<any>('{ adminCustomerAccounts { totalCount } }', {}, { cookie: await signInCookie(db.orm, customer) });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('activateContract', () => {
  const ACTIVATE = /* GraphQL */ `mutation ($id: ID!) { activateContract(id: $id) { outcome userId userEmail contract { id status } } }`;
  const draft = async (account: CustomerAccount) => {
    const fork = em();
    return createContract(fork, await createSupplyPoint(fork, fork.merge(account)), { status: ContractStatus.DRAFT });
  };

  it('says what it did and runs the CONTRACT_ACTIVATED actions in the same transaction', async () => {
    await asAdmin('mutation { updateSettings(input: { automaticUserCreation: true, automaticUserType: WEB_CLIENT }) { automaticUserCreation } }');
    const fork = em();
    fork.create(AutomaticAction, { trigger: AutomaticTrigger.CONTRACT_ACTIVATED, templateKey: 'client-registered' });
    await fork.flush();
    try {
      const account = await createAccount(em(), { billingEmail: 'nuevo.titular@example.com', fiscalId: validDni(43_000_001) });
      const contract = await draft(account);
      const res = await asAdmin(ACTIVATE, { id: contract.id });
      expect(res.errors).toBeUndefined();
      expect(res.data.activateContract).toMatchObject({ outcome: 'USER_CREATED', userEmail: 'nuevo.titular@example.com', contract: { id: contract.id, status: 'ACTIVE' } });
      const sent = await em().find(OutboxEmail, { to: 'nuevo.titular@example.com' }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      expect(sent.map((e) => e.templateKey).sort()).toEqual(['client-registered', 'welcome']);
      expect((await asAdmin(ACTIVATE, { id: contract.id })).data.activateContract.outcome).toBe('ALREADY_ACTIVE');

      // A second account of that e-mail: added to the user; a third with the same fiscal ID is covered.
      const second = await createAccount(em(), { billingEmail: 'Nuevo.Titular@example.com', fiscalId: validDni(43_000_002) });
      expect((await asAdmin(ACTIVATE, { id: (await draft(second)).id })).data.activateContract.outcome).toBe('ACCOUNT_ADDED_TO_USER');
      expect((await asAdmin(ACTIVATE, { id: (await draft(second)).id })).data.activateContract.outcome).toBe('USER_ALREADY_COVERED');
    } finally {
      await em().nativeDelete(AutomaticAction, { trigger: AutomaticTrigger.CONTRACT_ACTIVATED });
    }
    await asAdmin('mutation { updateSettings(input: { automaticUserCreation: false }) { automaticUserCreation } }');
    const off = await draft(await createAccount(em()));
    expect((await asAdmin(ACTIVATE, { id: off.id })).data.activateContract.outcome).toBe('ACTIVATED');
    expect((await em().findOneOrFail(Contract, { id: off.id })).status).toBe(ContractStatus.ACTIVE);
  });

  it('a registered client without a fiscal ID: activation finds their user covering the account', async () => {
    await asAdmin('mutation { updateSettings(input: { automaticUserCreation: true }) { automaticUserCreation } }');
    const reg = (await asAdmin(REGISTER, { input: { name: 'Sin NIF', email: 'sinnif@example.com', phone: '612000444', address: 'C' } })).data.registerSolarClient;
    const account = await em().findOneOrFail(CustomerAccount, { id: reg.account.id });
    const res = await asAdmin(ACTIVATE, { id: (await draft(account)).id });
    expect(res.data.activateContract).toMatchObject({ outcome: 'USER_ALREADY_COVERED', userId: reg.userId });
    await asAdmin('mutation { updateSettings(input: { automaticUserCreation: false }) { automaticUserCreation } }');
  });

  it('is refused to a customer', async () => {
    const customer = await createUser(em(), { userTypes: ['WEB_CLIENT'] });
    const res = await api.graphql<any>(ACTIVATE, { id: '00000000-0000-4000-8000-000000000000' }, { cookie: await signInCookie(db.orm, customer) });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
