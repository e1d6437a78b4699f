import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_STRING_LENGTH } from '../src/core/graphql/input-guard.js';
import { DateScalar, DateTimeScalar } from '../src/core/graphql/scalars.js';
import { IncidentType } from '../src/modules/incidents/incident.entity.js';
import { User } from '../src/modules/users/user.entity.js';
import { signInCookie, useTestApi } from './api.js';
import { createAccount, createAdmin, createContract, createInvoice, createSupplyPoint, createUser } from './factories.js';
import { postGraphql, type HttpAnswer } from './http.js';

/**
 * Strings no argument may hold (control characters, lone surrogates, huge) and dates outside any sane range,
 * in the reproductions: BAD_USER_INPUT naming the argument, never an internal error,
 * nothing written.
 */

const { db, api } = useTestApi();
let customer: string;
let admin: string;
let customerId: string;

beforeAll(async () => {
  const em = db.orm.em.fork();
  const account = await createAccount(em);
  await createInvoice(em, await createContract(em, await createSupplyPoint(em, account)));
  const user = await createUser(em, { userTypes: ['WEB_CLIENT', 'SOLAR'], personalFiscalId: account.fiscalId, name: 'Ana' });
  customerId = user.id;
  customer = await signInCookie(db.orm, user);
  admin = await signInCookie(db.orm, await createAdmin(em));
});

function expectRefused(answer: HttpAnswer, argument: string): void {
  expect(answer.status).toBeLessThan(500);
  expect(JSON.stringify(answer.errors)).not.toMatch(/INTERNAL_SERVER_ERROR|stacktrace|select |insert |update /i);
  expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(answer.errors?.[0]?.extensions?.argument).toBe(argument);
}

/** The customer's name as stored: Ana, unless a refused mutation wrote it after all. */
const storedName = async () => (await db.orm.em.fork().findOneOrFail(User, { id: customerId })).name;

const NUL = 'a\u0000b';

/** [who, document with the NUL as a GraphQL escape, the argument it names]. */
const LITERALS: [string, () => string | undefined, string, string][] = [
  ['signIn email', () => undefined, 'mutation { signIn(email: "a\\u0000b@example.com", password: "x") { id } }', 'email'],
  ['invoice number', () => customer, '{ invoice(number: "a\\u0000b") { id } }', 'number'],
  ['invoice CUPS filter', () => customer, '{ invoices(filter: { cups: "ES\\u0000" }) { totalCount } }', 'filter.cups'],
  ['document folder filter', () => customer, '{ documents(filter: { folder: "a\\u0000b" }) { totalCount } }', 'filter.folder'],
  ['user search', () => admin, '{ users(search: "a\\u0000b") { totalCount } }', 'search'],
  ['account search', () => admin, '{ adminCustomerAccounts(search: "a\\u0000b") { totalCount } }', 'search'],
  ['profile name', () => customer, 'mutation { updateMyProfile(name: "a\\u0000b") { id } }', 'name'],
  ['requestEmailChange', () => customer, 'mutation { requestEmailChange(newEmail: "a\\u0000b@example.com") }', 'newEmail'],
];

describe('hostile strings', () => {
  it.each(LITERALS)('%s: a NUL literal is BAD_USER_INPUT naming the argument', async (_name, who, document, argument) => {
    expectRefused(await postGraphql(api.url, document, {}, who()), argument);
  });

  it('a NUL in a variable names the input field it feeds, and creates no incident', async () => {
    const { id: typeId } = await db.orm.em.fork().findOneOrFail(IncidentType, { position: 1 });
    const answer = await postGraphql(
      api.url,
      'mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }',
      { input: { typeId, description: `La placa no funciona ${NUL} desde ayer` } },
      customer,
    );
    expectRefused(answer, 'input.description');
    const [{ n }] = await db.orm.em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from incident');
    expect(n).toBe(0);
  });

  it('a lone surrogate in a variable is refused', async () => {
    const answer = await postGraphql(api.url, 'mutation ($email: String!) { signIn(email: $email, password: "x") { id } }', { email: 'a\uD800@example.com' });
    expectRefused(answer, 'email');
  });

  it(`a string over ${MAX_INPUT_STRING_LENGTH} characters is refused, and the name is not written`, async () => {
    const answer = await postGraphql(api.url, 'mutation ($name: String) { updateMyProfile(name: $name) { id } }', { name: 'x'.repeat(MAX_INPUT_STRING_LENGTH + 1) }, customer);
    expectRefused(answer, 'name');
    expect(await storedName()).toBe('Ana');
  });

  it('a document of two mutations runs neither when the second holds a NUL', async () => {
    const answer = await postGraphql(api.url, 'mutation { a: updateMyProfile(name: "Beatriz") { id } b: updateMyProfile(name: "a\\u0000b") { id } }', {}, customer);
    expectRefused(answer, 'name');
    expect(await storedName()).toBe('Ana');
  });

  it('a control character (\\u0001) is refused as a staff upload refuses it, and the name is not written', async () => {
    const answer = await postGraphql(api.url, 'mutation ($name: String) { updateMyProfile(name: $name) { id } }', { name: 'Ana\u0001' }, customer);
    expectRefused(answer, 'name');
    expect(await storedName()).toBe('Ana');
  });

  it('ordinary text, accents and emoji (surrogate pairs) pass', async () => {
    const answer = await postGraphql<any>(api.url, 'mutation ($name: String) { updateMyProfile(name: $name) { name } }', { name: 'Núria 😀 Pérez' }, customer);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.updateMyProfile.name).toBe('Núria 😀 Pérez');
    await postGraphql(api.url, 'mutation { updateMyProfile(name: "Ana") { id } }', {}, customer);
  });
});

describe('dates outside a sane range', () => {
  it('invoices(filter: { periodFrom: "0000-01-01" }) is BAD_USER_INPUT naming filter.periodFrom, literal or variable', async () => {
    expectRefused(await postGraphql(api.url, '{ invoices(filter: { periodFrom: "0000-01-01" }) { totalCount } }', {}, customer), 'filter.periodFrom');
    const variable = await postGraphql(api.url, 'query ($filter: InvoiceFilter) { invoices(filter: $filter) { totalCount } }', { filter: { periodFrom: '0000-01-01' } }, customer);
    expect(variable.status).toBe(400);
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.errors?.[0]?.message).toMatch('years 1 to 9999');
    expect(variable.errors?.[0]?.extensions?.argument).toBe('filter.periodFrom');
  });

  it('the Date scalar refuses year 0 and years after 9999; DateTime, instants outside 1900-2999', () => {
    expect(() => DateScalar.parseValue('0000-01-01')).toThrow(/years 1 to 9999/);
    expect(DateScalar.parseValue('2026-02-28')).toBe('2026-02-28');
    // 9999-12-31T23:59:59.999Z was a 500 in scheduleInstallerVisit (its default end is in year 10000).
    for (const instant of ['0000-01-01T00:00:00Z', '+010000-01-01T00:00:00Z', '-000001-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z']) {
      expect(() => DateTimeScalar.parseValue(instant)).toThrow(/years 1900 to 2999/);
    }
    expect(DateTimeScalar.parseValue('2026-01-31T23:00:00Z')).toEqual(new Date('2026-01-31T23:00:00Z'));
  });
});
