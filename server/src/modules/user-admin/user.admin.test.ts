import { beforeAll, describe, expect, it } from 'vitest';
import { expectAdminOnly, signInCookie, useTestApi, type AdminOperation, type GraphQLResponse } from '../../../test/api.js';
import { createAccount, createAdmin, createSupplyPoint, createUser, validCups, validDni } from '../../../test/factories.js';
import { Session } from '../auth/session.entity.js';
import { SignInToken, SignInTokenPurpose } from '../auth/sign-in-token.entity.js';
import { OutboxEmail } from '../notifications/outbox-email.entity.js';
import { outboxBody } from '../notifications/index.js';
import { User, UserStatus } from '../users/user.entity.js';

// The admin user operations through the real HTTP API, over a database of this file's own.

const { db, api } = useTestApi();
let adminCookie: string;
let adminId: string;
let customerCookie: string;

const PERSON_DNI = validDni(20_000_001);
const OTHER_DNI = validDni(20_000_002);
const COMPANY_CIF = 'B48752315';
const RELATED_CIF = 'A95184271';
// Fixed CUPS per fiscal ID, known before the rows exist (the test cases below are built at load).
const cupsOf: Record<string, string[]> = {
  [PERSON_DNI]: [validCups(700_001), validCups(700_002)],
  [COMPANY_CIF]: [validCups(700_003), validCups(700_004)],
  [RELATED_CIF]: [validCups(700_005)],
  [OTHER_DNI]: [validCups(700_006)],
};

beforeAll(async () => {
  const em = db.orm.em.fork();
  for (const [fiscalId, fiscalIdKind, name] of [
    [PERSON_DNI, 'DNI', 'Lucía Fernández'],
    [COMPANY_CIF, 'CIF', 'Talleres Norte SL'],
    [RELATED_CIF, 'CIF', 'Norte Renovables SA'],
    [OTHER_DNI, 'DNI', 'Otra Persona'],
  ] as const) {
    const account = await createAccount(em, { fiscalId, fiscalIdKind, name });
    for (const cups of cupsOf[fiscalId]!) await createSupplyPoint(em, account, { cups });
  }
  const admin = await createAdmin(em, { name: 'Admin Uno', email: 'admin1@company.example' });
  adminId = admin.id;
  adminCookie = await signInCookie(db.orm, admin);
  customerCookie = await signInCookie(
    db.orm,
    await createUser(em, { name: 'Cliente Curioso', email: 'curioso@example.com', userTypes: ['WEB_CLIENT'], personalFiscalId: OTHER_DNI }),
  );
});

const asAdmin = <T = any>(query: string, variables?: Record<string, unknown>) =>
  api.graphql<T>(query, variables, { cookie: adminCookie });

function errorCode(res: GraphQLResponse): unknown {
  return res.errors?.[0]?.extensions?.code;
}

async function counts() {
  const em = db.orm.em.fork();
  return { users: await em.count(User, {}), outbox: await em.count(OutboxEmail, {}), tokens: await em.count(SignInToken, {}) };
}

const USER_FIELDS = /* GraphQL */ `
  id email name language status isAdmin userTypes
  personalFiscalId personalFiscalIdKind companyFiscalId relatedFiscalIds cupsRestriction
`;
const CREATE = /* GraphQL */ `mutation ($input: UserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
const UPDATE = /* GraphQL */ `mutation ($id: ID!, $input: UserInput!) { updateUser(id: $id, input: $input) { ${USER_FIELDS} } }`;

let sequence = 0;
function customerInput(fields: Record<string, unknown> = {}) {
  sequence++;
  return { email: `nuevo${sequence}@example.com`, name: `Nuevo ${sequence}`, userTypes: ['WEB_CLIENT'], ...fields };
}

/** A WEB_CLIENT whose own fiscal ID is PERSON_DNI: the user an update or a disable below acts on. */
const personCustomer = (email: string) => createUser(db.orm.em.fork(), { email, userTypes: ['WEB_CLIENT'], personalFiscalId: PERSON_DNI });
/** What a customer sees of their scope: the accounts' fiscal IDs. */
const ACCOUNTS = '{ customerAccounts { fiscalId } }';

describe('admin-only operations', () => {
  const someId = '00000000-0000-4000-8000-000000000000';
  const operations: AdminOperation[] = [
    ['users', '{ users(first: 5) { totalCount } }'],
    ['user', 'query ($id: ID!) { user(id: $id) { id } }', { id: someId }],
    ['availableCups', `{ availableCups(fiscalIds: [{ value: "${PERSON_DNI}" }]) { cups } }`],
    ['createUser', CREATE, { input: customerInput() }],
    ['updateUser', UPDATE, { id: someId, input: customerInput() }],
    ['disableUser', 'mutation ($id: ID!) { disableUser(id: $id) { id } }', { id: someId }],
    ['enableUser', 'mutation ($id: ID!) { enableUser(id: $id) { id } }', { id: someId }],
    ['resendWelcome', 'mutation ($id: ID!) { resendWelcome(id: $id) }', { id: someId }],
    ['settings', '{ settings { automaticUserCreation } }'],
    ['updateSettings', 'mutation { updateSettings(input: { automaticUserCreation: true }) { automaticUserCreation } }'],
    ['activateContract', 'mutation ($id: ID!) { activateContract(id: $id) { outcome } }', { id: someId }],
  ];

  it.each(operations)('%s: UNAUTHENTICATED signed out, FORBIDDEN to a customer, nothing written', (...operation) =>
    expectAdminOnly(api, customerCookie, operation, counts),
  );

  it('never exposes a password hash on User', async () => {
    const res = await asAdmin('{ user(id: "00000000-0000-4000-8000-000000000000") { passwordHash } }');
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('createUser', () => {
  it('saves the user normalised, invited, and queues exactly one welcome e-mail', async () => {
    const before = await counts();
    const dashed = `${PERSON_DNI.slice(0, 2)}.${PERSON_DNI.slice(2, 5)}.${PERSON_DNI.slice(5, 8)}-${PERSON_DNI[8]!.toLowerCase()}`;
    const res = await asAdmin(CREATE, {
      input: {
        email: '  Ana.Gomez@Example.COM ',
        name: ' Ana Gómez ',
        language: 'EN',
        userTypes: ['WEB_CLIENT_MEASUREMENTS', 'WEB_CLIENT', 'WEB_CLIENT_MEASUREMENTS'],
        personalFiscalId: { value: dashed },
        companyFiscalId: 'b-4875 2315',
        relatedFiscalIds: [{ value: RELATED_CIF.toLowerCase() }, { value: 'ab 123456', kind: 'PASSPORT' }, { value: RELATED_CIF }],
        cupsRestriction: [cupsOf[COMPANY_CIF]![0]!.toLowerCase().replace(/(.{4})/g, '$1 '), cupsOf[RELATED_CIF]![0]],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createUser).toMatchObject({
      email: 'ana.gomez@example.com',
      name: 'Ana Gómez',
      language: 'EN',
      status: 'INVITED',
      isAdmin: false,
      userTypes: ['WEB_CLIENT_MEASUREMENTS', 'WEB_CLIENT'],
      personalFiscalId: PERSON_DNI,
      personalFiscalIdKind: 'DNI',
      companyFiscalId: COMPANY_CIF,
      relatedFiscalIds: [RELATED_CIF, 'AB123456'],
      cupsRestriction: [cupsOf[COMPANY_CIF]![0], cupsOf[RELATED_CIF]![0]],
    });

    const em = db.orm.em.fork();
    const user = await em.findOneOrFail(User, { email: 'ana.gomez@example.com' });
    expect(user.relatedFiscalIds).toEqual([RELATED_CIF, 'AB123456']);
    const welcome = await em.find(OutboxEmail, { to: 'ana.gomez@example.com' });
    expect(welcome).toHaveLength(1);
    expect(welcome[0]!.templateKey).toBe('welcome');
    const tokens = await em.find(SignInToken, { user: user.id, purpose: SignInTokenPurpose.SET_PASSWORD });
    expect(tokens).toHaveLength(1);
    expect(await counts()).toEqual({ users: before.users + 1, outbox: before.outbox + 1, tokens: before.tokens + 1 });
  });

  it('gives the welcome link the validity days of the settings', async () => {
    await asAdmin('mutation { updateSettings(input: { welcomeLinkValidityDays: 3 }) { welcomeLinkValidityDays } }');
    try {
      const res = await asAdmin(CREATE, { input: customerInput({ email: 'tres.dias@example.com' }) });
      const token = await db.orm.em.fork().findOneOrFail(SignInToken, { user: res.data.createUser.id });
      expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBe(3 * 24 * 3600_000);
    } finally {
      await asAdmin('mutation { updateSettings(input: { welcomeLinkValidityDays: 7 }) { welcomeLinkValidityDays } }');
    }
  });

  it('creates an admin without types or scope', async () => {
    const res = await asAdmin(CREATE, { input: { email: 'otra.admin@company.example', name: 'Otra Admin', isAdmin: true } });
    expect(res.errors).toBeUndefined();
    expect(res.data.createUser).toMatchObject({ isAdmin: true, userTypes: [], personalFiscalId: null, cupsRestriction: [] });
  });

  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['a malformed e-mail', { email: 'no-at-sign.example.com' }, 'input.email', /not an e-mail address/],
    ['an e-mail another user has (any case)', { email: 'CURIOSO@example.com' }, 'input.email', /already used/],
    ['an empty name', { name: '   ' }, 'input.name', /empty/],
    ['no user type for a customer', { userTypes: [] }, 'input.userTypes', /at least one user type/],
    ['a DNI with a wrong letter', { personalFiscalId: { value: '12345678A' } }, 'input.personalFiscalId', /DNI check letter should be Z/],
    ['a CIF as personal ID', { personalFiscalId: { value: COMPANY_CIF } }, 'input.personalFiscalId', /is a CIF/],
    ['a personal ID of kind CIF', { personalFiscalId: { value: COMPANY_CIF, kind: 'CIF' } }, 'input.personalFiscalId', /not a CIF/],
    ['a DNI as company ID', { companyFiscalId: PERSON_DNI }, 'input.companyFiscalId', /is a DNI; a company fiscal ID is a CIF/],
    ['a malformed CIF', { companyFiscalId: 'B48752310' }, 'input.companyFiscalId', /CIF control character/],
    [
      'a malformed related ID',
      { relatedFiscalIds: [{ value: RELATED_CIF }, { value: OTHER_DNI }, { value: 'X1234567A' }] },
      'input.relatedFiscalIds[2]',
      /NIE check letter should be L/,
    ],
    ['a malformed CUPS', { personalFiscalId: { value: PERSON_DNI }, cupsRestriction: ['ES00210000'] }, 'input.cupsRestriction[0]', /20 or 22 characters/],
    [
      'a CUPS outside the fiscal scope',
      { personalFiscalId: { value: PERSON_DNI }, cupsRestriction: [cupsOf[PERSON_DNI]![1], cupsOf[OTHER_DNI]![0]] },
      'input.cupsRestriction[1]',
      /is not a supply point of these fiscal IDs/,
    ],
    [
      'a real CUPS of no account',
      { companyFiscalId: COMPANY_CIF, cupsRestriction: [validCups(999_999)] },
      'input.cupsRestriction[0]',
      /is not a supply point of these fiscal IDs/,
    ],
    ['user types on an admin', { isAdmin: true }, 'input.userTypes', /admin has no user types/],
    ['a scope on an admin', { isAdmin: true, userTypes: [], companyFiscalId: COMPANY_CIF }, 'input.companyFiscalId', /no scope/],
  ];

  it.each(invalid)('refuses %s, naming the field, and writes nothing', async (_case, fields, argument, reason) => {
    const before = await counts();
    const res = await asAdmin(CREATE, { input: customerInput(fields) });
    expect(res.data?.createUser ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(res.errors?.[0]?.message).toMatch(reason);
    expect(await counts()).toEqual(before);
  });
});

describe('availableCups', () => {
  const QUERY = /* GraphQL */ `
    query ($ids: [FiscalIdInput!]!) {
      availableCups(fiscalIds: $ids) { cups address accessTariff accountName fiscalId fiscalIdKind }
    }
  `;
  const cupsFor = async (ids: { value: string; kind?: string }[]) => {
    const res = await asAdmin(QUERY, { ids });
    expect(res.errors).toBeUndefined();
    return (res.data.availableCups as { cups: string }[]).map((row) => row.cups);
  };
  const sorted = (...lists: string[][]) => lists.flat().sort();

  it('follows the fiscal IDs being edited, before anything is saved', async () => {
    expect(await cupsFor([])).toEqual([]);
    expect(await cupsFor([{ value: PERSON_DNI.toLowerCase() }])).toEqual(sorted(cupsOf[PERSON_DNI]!));
    expect(await cupsFor([{ value: COMPANY_CIF }])).toEqual(sorted(cupsOf[COMPANY_CIF]!));
    expect(await cupsFor([{ value: PERSON_DNI }, { value: COMPANY_CIF }])).toEqual(sorted(cupsOf[PERSON_DNI]!, cupsOf[COMPANY_CIF]!));
    expect(await cupsFor([{ value: PERSON_DNI }, { value: COMPANY_CIF }, { value: RELATED_CIF }])).toEqual(
      sorted(cupsOf[PERSON_DNI]!, cupsOf[COMPANY_CIF]!, cupsOf[RELATED_CIF]!),
    );
    // A well-formed ID that holds no account reaches nothing.
    expect(await cupsFor([{ value: validDni(20_000_099) }])).toEqual([]);
  });

  it('describes each CUPS with its account', async () => {
    const res = await asAdmin(QUERY, { ids: [{ value: RELATED_CIF }] });
    expect(res.data.availableCups).toEqual([
      {
        cups: cupsOf[RELATED_CIF]![0],
        address: expect.any(String),
        accessTariff: '2.0TD',
        accountName: 'Norte Renovables SA',
        fiscalId: RELATED_CIF,
        fiscalIdKind: 'CIF',
      },
    ]);
  });

  it('names a malformed fiscal ID', async () => {
    const res = await asAdmin(QUERY, { ids: [{ value: PERSON_DNI }, { value: '1234' }] });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'fiscalIds[1]' });
  });
});

describe('updateUser', () => {
  it('replaces the scope; the user sees the new accounts on their next request', async () => {
    const user = await personCustomer('cambia@example.com');
    const cookie = await signInCookie(db.orm, user);
    const seen = async () =>
      ((await api.graphql<any>(ACCOUNTS, undefined, { cookie })).data.customerAccounts as { fiscalId: string }[]).map((a) => a.fiscalId).sort();
    expect(await seen()).toEqual([PERSON_DNI]);

    const res = await asAdmin(UPDATE, {
      id: user.id,
      input: {
        email: 'Cambia@Example.com',
        name: 'Cambia de ámbito',
        userTypes: ['WEB_CLIENT_FORECAST'],
        companyFiscalId: COMPANY_CIF,
        relatedFiscalIds: [{ value: RELATED_CIF }],
        cupsRestriction: [cupsOf[RELATED_CIF]![0]],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateUser).toMatchObject({
      email: 'cambia@example.com',
      personalFiscalId: null,
      personalFiscalIdKind: null,
      companyFiscalId: COMPANY_CIF,
      relatedFiscalIds: [RELATED_CIF],
      userTypes: ['WEB_CLIENT_FORECAST'],
    });
    expect(await seen()).toEqual([RELATED_CIF, COMPANY_CIF].sort());
  });

  it('refuses an e-mail of another user and leaves the row as it was', async () => {
    const user = await personCustomer('queda@example.com');
    const res = await asAdmin(UPDATE, { id: user.id, input: customerInput({ email: 'Admin1@Company.example', companyFiscalId: COMPANY_CIF }) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.email' });
    const after = await db.orm.em.fork().findOneOrFail(User, { id: user.id });
    expect(after).toMatchObject({ email: 'queda@example.com', companyFiscalId: null, personalFiscalId: PERSON_DNI });
  });

  it('keeps the e-mail a user already has, and refuses a CUPS outside the new scope', async () => {
    const user = await personCustomer('mismo@example.com');
    const ok = await asAdmin(UPDATE, { id: user.id, input: customerInput({ email: 'MISMO@example.com', personalFiscalId: { value: PERSON_DNI } }) });
    expect(ok.errors).toBeUndefined();
    const refused = await asAdmin(UPDATE, {
      id: user.id,
      input: customerInput({ email: 'mismo@example.com', companyFiscalId: COMPANY_CIF, cupsRestriction: [cupsOf[PERSON_DNI]![0]] }),
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.cupsRestriction[0]' });
    expect((await db.orm.em.fork().findOneOrFail(User, { id: user.id })).companyFiscalId).toBeNull();
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const missing = await asAdmin(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: customerInput() });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    const malformed = await asAdmin(UPDATE, { id: 'nope', input: customerInput() });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('does not let an admin take away their own admin rights', async () => {
    const res = await asAdmin(UPDATE, { id: adminId, input: customerInput({ email: 'admin1@company.example' }) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.isAdmin' });
  });
});

describe('disableUser and enableUser', () => {
  it('revokes every session of the user: their cookie stops working at once', async () => {
    const user = await personCustomer('baja@example.com');
    const cookies = [await signInCookie(db.orm, user), await signInCookie(db.orm, user)];
    for (const cookie of cookies) expect((await api.graphql(ACCOUNTS, undefined, { cookie })).errors).toBeUndefined();

    const res = await asAdmin('mutation ($id: ID!) { disableUser(id: $id) { id status } }', { id: user.id });
    expect(res.data.disableUser).toEqual({ id: user.id, status: 'DISABLED' });
    for (const cookie of cookies) expect(errorCode(await api.graphql(ACCOUNTS, undefined, { cookie }))).toBe('UNAUTHENTICATED');
    const sessions = await db.orm.em.fork().find(Session, { user: user.id });
    expect(sessions).toHaveLength(2);
    expect(sessions.every((session) => session.revokedAt !== null)).toBe(true);

    // Enabling lets them sign in again, but the revoked sessions stay revoked.
    const enabled = await asAdmin('mutation ($id: ID!) { enableUser(id: $id) { status } }', { id: user.id });
    expect(enabled.data.enableUser.status).toBe(UserStatus.ACTIVE);
    expect(errorCode(await api.graphql(ACCOUNTS, undefined, { cookie: cookies[0] }))).toBe('UNAUTHENTICATED');
    const fresh = await signInCookie(db.orm, await db.orm.em.fork().findOneOrFail(User, { id: user.id }));
    expect((await api.graphql(ACCOUNTS, undefined, { cookie: fresh })).errors).toBeUndefined();
  });

  it('enables a user who never signed in back to INVITED', async () => {
    const em = db.orm.em.fork();
    const user = await createUser(em, { email: 'nunca@example.com', userTypes: ['WEB_CLIENT'], status: UserStatus.DISABLED });
    const res = await asAdmin('mutation ($id: ID!) { enableUser(id: $id) { status } }', { id: user.id });
    expect(res.data.enableUser.status).toBe('INVITED');
  });

  it('does not let an admin disable themselves', async () => {
    const res = await asAdmin('mutation ($id: ID!) { disableUser(id: $id) { id } }', { id: adminId });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect((await db.orm.em.fork().findOneOrFail(User, { id: adminId })).status).toBe(UserStatus.ACTIVE);
  });
});

describe('resendWelcome', () => {
  it('issues a new welcome link and the older one stops counting', async () => {
    const created = await asAdmin(CREATE, { input: customerInput({ email: 'reenvio@example.com' }) });
    const id = created.data.createUser.id as string;
    const res = await asAdmin('mutation ($id: ID!) { resendWelcome(id: $id) }', { id });
    expect(res).toEqual({ data: { resendWelcome: true } });

    const em = db.orm.em.fork();
    const emails = await em.find(OutboxEmail, { to: 'reenvio@example.com' }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    expect(emails.map((email) => email.templateKey)).toEqual(['welcome', 'welcome']);
    expect(outboxBody(emails[0]!).text).not.toBe(outboxBody(emails[1]!).text);
    const tokens = await em.find(SignInToken, { user: id, purpose: SignInTokenPurpose.SET_PASSWORD }, { orderBy: { createdAt: 'asc' } });
    expect(tokens).toHaveLength(2);
    expect(tokens.filter((token) => token.supersededAt === null)).toHaveLength(1);

    // The links themselves: the first no longer sets a password, the second does.
    const [older, newer] = emails.map((email) => /#token=([A-Za-z0-9_-]+)/.exec(outboxBody(email).text)?.[1]);
    expect(older).toBeTruthy();
    const SET = 'mutation ($token: String!) { setPassword(token: $token, password: "una clave bastante larga") { email } }';
    expect(errorCode(await api.graphql(SET, { token: older }))).toBe('LINK_INVALID');
    expect((await api.graphql<any>(SET, { token: newer })).data.setPassword.email).toBe('reenvio@example.com');
  });

  it('a corrected e-mail retires the link sent to the old one and welcomes the new one', async () => {
    const created = await asAdmin(CREATE, { input: customerInput({ email: 'tecleo.mal@example.com' }) });
    const id = created.data.createUser.id as string;
    const updated = await asAdmin(UPDATE, { id, input: customerInput({ email: 'bien.escrito@example.com' }) });
    expect(updated.errors).toBeUndefined();

    const em = db.orm.em.fork();
    const tokenIn = async (to: string) => {
      const [email] = await em.find(OutboxEmail, { to, templateKey: 'welcome' });
      return /#token=([A-Za-z0-9_-]+)/.exec(outboxBody(email!).text)?.[1];
    };
    const SET = 'mutation ($token: String!) { setPassword(token: $token, password: "una clave bastante larga") { email } }';
    expect(errorCode(await api.graphql(SET, { token: await tokenIn('tecleo.mal@example.com') }))).toBe('LINK_INVALID');
    expect((await api.graphql<any>(SET, { token: await tokenIn('bien.escrito@example.com') })).data.setPassword.email).toBe(
      'bien.escrito@example.com',
    );
  });

  it('refuses a disabled user', async () => {
    const user = await createUser(db.orm.em.fork(), { email: 'inactivo@example.com', userTypes: ['WEB_CLIENT'], status: UserStatus.DISABLED });
    const res = await asAdmin('mutation ($id: ID!) { resendWelcome(id: $id) }', { id: user.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });
});

describe('users and user', () => {
  const PAGE = /* GraphQL */ `
    query ($search: String, $first: Int!, $after: String) {
      users(search: $search, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { email name }
      }
    }
  `;

  beforeAll(async () => {
    const em = db.orm.em.fork();
    for (const [email, name] of [
      ['marta.zubiri@busca.example', 'Marta Zubiri'],
      ['mzubiri@otra.example', 'Miguel ZUBIRI'],
      ['iker@busca.example', 'Iker Zubiría'],
      ['porcentaje@otra.example', 'Cien 100% Real'],
    ]) {
      await createUser(em, { email: email!, name: name!, userTypes: ['WEB_CLIENT'] });
    }
  });

  it('searches e-mail and name case-insensitively', async () => {
    const names = async (search: string) =>
      ((await asAdmin(PAGE, { search, first: 50 })).data.users.nodes as { name: string }[]).map((node) => node.name);
    expect(await names('zubir')).toEqual(['Iker Zubiría', 'Marta Zubiri', 'Miguel ZUBIRI']);
    expect(await names('ZUBIRI')).toEqual(['Marta Zubiri', 'Miguel ZUBIRI']);
    expect(await names('BUSCA.EXAMPLE')).toEqual(['Iker Zubiría', 'Marta Zubiri']);
    // LIKE wildcards in the search are plain characters.
    expect(await names('100%')).toEqual(['Cien 100% Real']);
    expect(await names('_')).toEqual([]);
  });

  it('walks every user exactly once, page by page', async () => {
    const total = await db.orm.em.fork().count(User, {});
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse<any> = await asAdmin(PAGE, { first: 3, after });
      expect(res.errors).toBeUndefined();
      const page = res.data!.users;
      expect(page.totalCount).toBe(total);
      seen.push(...page.nodes.map((node: { email: string }) => node.email));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('looks a user up by id; null when none has it', async () => {
    const found = await asAdmin(`query ($id: ID!) { user(id: $id) { email isAdmin } }`, { id: adminId });
    expect(found.data.user).toEqual({ email: 'admin1@company.example', isAdmin: true });
    const missing = await asAdmin(`query ($id: ID!) { user(id: $id) { email } }`, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toEqual({ data: { user: null } });
  });
});
