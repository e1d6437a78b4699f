import { beforeAll, describe, expect, it } from 'vitest';
import { signInCookie, useTestApi } from './api.js';
import { createAccount, createAdmin, createContract, createInstallation, createInvoice, createSupplyPoint, createUser } from './factories.js';
import { postGraphql } from './http.js';

/**
 * Every paginated list refuses a cursor it did not issue (values of the wrong type, arity or
 * range) with BAD_USER_INPUT naming `after`, before any SQL runs; its own cursors still page.
 */

const LISTS = ['adminCustomerAccounts', 'adminIncidents', 'adminInstallations', 'auditLog', 'contracts', 'documents', 'importJobs', 'invoices', 'outboxEmails', 'users'];

const cursor = (offsets: unknown) => Buffer.from(JSON.stringify(offsets)).toString('base64url');

/** The issue's `[1e308,-1]`, and others of each kind of wrong. */
const FORGED: [string, string][] = [
  ['huge numbers', cursor([1e308, -1])],
  ['a number where a uuid goes', cursor(['2026-01-01T00:00:00.000Z', 5])],
  ['too few values', cursor(['a'])],
  ['too many values', cursor(['a', 'b', 'c'])],
  ['an object', cursor([{ $gt: 1 }, 'x'])],
  ['nulls', cursor([null, null])],
  ['a NUL', cursor(['a\u0000', '00000000-0000-0000-0000-000000000000'])],
  ['year 0', cursor(['0000-01-01T00:00:00.000Z', '00000000-0000-0000-0000-000000000000'])],
  ['not JSON', 'bm90IGpzb24'],
  ['not base64url', '***'],
];

const { db, api } = useTestApi();
let admin: string;
let customer: string;

beforeAll(async () => {
  const em = db.orm.em.fork();
  const account = await createAccount(em);
  const contract = await createContract(em, await createSupplyPoint(em, account));
  for (let i = 0; i < 3; i++) await createInvoice(em, contract);
  await createInstallation(em, account);
  admin = await signInCookie(db.orm, await createAdmin(em));
  customer = await signInCookie(db.orm, await createUser(em, { userTypes: ['WEB_CLIENT'], personalFiscalId: account.fiscalId }));
});

describe('forged cursors', () => {
  for (const list of LISTS) {
    it(`${list}: every forged cursor is BAD_USER_INPUT naming after`, async () => {
      const problems: string[] = [];
      for (const [kind, after] of FORGED) {
        const answer = await postGraphql(api.url, `query ($after: String) { ${list}(first: 2, after: $after) { totalCount pageInfo { endCursor } } }`, { after }, admin);
        const error = answer.errors?.[0];
        if (answer.status >= 500 || error?.extensions?.code !== 'BAD_USER_INPUT' || error.extensions.argument !== 'after') {
          problems.push(`${kind}: ${answer.status} ${error?.extensions?.code} ${error?.message}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('each list takes back the cursor it issued (sort columns of type varchar, uuid, date, timestamptz)', async () => {
    const paged: string[] = [];
    for (const list of LISTS) {
      const page = (after: string | null) =>
        postGraphql<any>(api.url, `query ($after: String) { ${list}(first: 1, after: $after) { pageInfo { endCursor } } }`, { after }, admin);
      const endCursor = (await page(null)).data?.[list].pageInfo.endCursor;
      if (!endCursor) continue;
      const next = await page(endCursor);
      expect(next.errors, list).toBeUndefined();
      paged.push(list);
    }
    expect(paged).toEqual(expect.arrayContaining(['adminCustomerAccounts', 'adminInstallations', 'contracts', 'invoices', 'users']));
  });

  it('a real cursor still pages', async () => {
    const page = (after: string | null) =>
      postGraphql<any>(api.url, 'query ($after: String) { invoices(first: 2, after: $after) { nodes { number } pageInfo { hasNextPage endCursor } } }', { after }, customer);
    const first = await page(null);
    expect(first.data.invoices.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.data.invoices.pageInfo.endCursor);
    expect(second.errors).toBeUndefined();
    expect(second.data.invoices.nodes).toHaveLength(1);
  });
});
