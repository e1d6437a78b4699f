import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInCookie, startTestApi, type TestApi } from './api.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { createAccount, createAdmin, createContract, createFirstQuarterInvoices, createSupplyPoint, validCups } from './factories.js';

let db: TestDatabase;
let api: TestApi;
let queries: string[] = [];
const cups: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => queries.push(sql) });
  const em = db.orm.em.fork();
  const account = await createAccount(em, { name: 'Talleres Norte SL' });
  for (let i = 0; i < 12; i++) {
    const supplyPoint = await createSupplyPoint(em, account, { accessTariff: i % 2 ? '3.0TD' : '2.0TD' });
    cups.push(supplyPoint.cups);
    const contract = await createContract(em, supplyPoint, { startDate: `2025-${String(i + 1).padStart(2, '0')}-01` });
    await createFirstQuarterInvoices(em, contract);
  }
  const server = await startTestApi(db.orm);
  // These tests are about the energy API itself; an admin sees every row.
  const cookie = await signInCookie(db.orm, await createAdmin(em));
  api = { ...server, graphql: (query, variables, options) => server.graphql(query, variables, { cookie, ...options }) };
});

afterAll(async () => {
  await api.stop();
  await db.drop();
});

const CONTRACTS_PAGE = /* GraphQL */ `
  query ($first: Int!, $after: String) {
    contracts(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { code contractedPower { period kW } supplyPoint { cups account { name } } account { fiscalId } }
    }
  }
`;

describe('cursor pagination', () => {
  it('walks every contract exactly once, newest first', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: any } = await api.graphql(CONTRACTS_PAGE, { first: 5, after });
      const page = res.data.contracts;
      expect(page.totalCount).toBe(12);
      seen.push(...page.nodes.map((node: { code: string }) => node.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
  });

  it('filters invoices by CUPS written loosely, by status and by overlapping period', async () => {
    const loose = cups[0]!.toLowerCase().replace(/(.{4})/g, '$1 ');
    const res = await api.graphql<any>(
      `query ($cups: String) { invoices(first: 50, filter: { cups: $cups, status: PAID, periodFrom: "2026-02-10", periodTo: "2026-02-20" }) {
        totalCount nodes { status periodStart supplyPoint { cups } lines { amount } } } }`,
      { cups: loose },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.invoices.totalCount).toBe(1);
    expect(res.data.invoices.nodes[0]).toMatchObject({ status: 'PAID', periodStart: '2026-02-01', supplyPoint: { cups: cups[0] } });
    expect(res.data.invoices.nodes[0].lines[0].amount).toBe('60.00');
  });

  it('returns decimals as exact strings', async () => {
    const res = await api.graphql<any>(`{ contracts(first: 1) { nodes { contractedPower { period kW } } } }`);
    expect(res.data.contracts.nodes[0].contractedPower).toEqual([
      { period: 'P1', kW: '4.600' },
      { period: 'P2', kW: '4.600' },
    ]);
  });
});

describe('no N+1', () => {
  async function statementsFor(first: number): Promise<number> {
    queries = [];
    const res = await api.graphql<any>(CONTRACTS_PAGE, { first });
    expect(res.data.contracts.nodes).toHaveLength(first);
    return queries.filter((line) => /\b(select|insert|update|delete)\b/i.test(line)).length;
  }

  it('runs the same number of statements for a page of 2 as for a page of 12', async () => {
    const small = await statementsFor(2);
    const large = await statementsFor(12);
    expect(large).toBe(small);
  });
});

describe('lookups', () => {
  it('finds an invoice by number and answers null for one that does not exist', async () => {
    const list = await api.graphql<any>(`{ invoices(first: 1) { nodes { number } } }`);
    const number = list.data.invoices.nodes[0].number;
    const found = await api.graphql<any>(`query ($n: String!) { invoice(number: $n) { number } }`, { n: number.toLowerCase() });
    expect(found.data.invoice.number).toBe(number);
    const missing = await api.graphql<any>(`{ invoice(number: "FE-NOPE-1") { number } }`);
    expect(missing).toEqual({ data: { invoice: null } });
  });

  it('answers null for a CUPS with valid control letters that is not in the database', async () => {
    const res = await api.graphql<any>(`query ($c: String!) { supplyPoint(cups: $c) { cups } }`, { c: validCups(999_999) });
    expect(res).toEqual({ data: { supplyPoint: null } });
  });
});

/** A cursor forged the way MikroORM encodes its own (base64url JSON of the sort values). */
function cursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

describe('bad input names the argument and the reason', () => {
  const cases: [string, string, Record<string, unknown> | undefined, string][] = [
    ['malformed CUPS', `{ supplyPoint(cups: "ES0021000000000001XX") { cups } }`, undefined, 'cups'],
    ['malformed CUPS in a filter', `{ invoices(filter: { cups: "nope" }) { totalCount } }`, undefined, 'filter.cups'],
    ['a cursor we did not issue', `{ invoices(after: "garbage!") { totalCount } }`, undefined, 'after'],
    ['a cursor of the wrong length', `{ invoices(after: "${cursor(['x'])}") { totalCount } }`, undefined, 'after'],
    ['a cursor with values the columns reject', `{ invoices(after: "${cursor(['x', 'y'])}") { totalCount } }`, undefined, 'after'],
    ['a cursor of nulls', `{ documents(after: "${cursor([null, null])}") { totalCount } }`, undefined, 'after'],
    ['a page size out of range', `{ contracts(first: 1000) { totalCount } }`, undefined, 'first'],
    ['period to before from', `{ invoices(filter: { periodFrom: "2026-03-01", periodTo: "2026-01-01" }) { totalCount } }`, undefined, 'filter.periodTo'],
    ['a malformed id', `{ contract(id: "1; drop table contract") { code } }`, undefined, 'id'],
    ['an impossible date literal', `{ invoices(filter: { periodFrom: "2026-02-30" }) { totalCount } }`, undefined, 'filter.periodFrom'],
    ['an unknown enum literal', `{ invoices(filter: { status: LOST }) { totalCount } }`, undefined, 'filter.status'],
  ];
  it.each(cases)('%s', async (_name, query, variables, argument) => {
    const res = await api.graphql(query, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.argument).toBe(argument);
    expect(res.errors?.[0]?.message.length).toBeGreaterThan(20);
  });

  it('an unknown enum value in a variable is BAD_USER_INPUT naming the variable', async () => {
    const res = await api.graphql(`query ($s: InvoiceStatus) { invoices(filter: { status: $s }) { totalCount } }`, { s: 'LOST' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('$s');
  });
});

describe('http', () => {
  it('answers /healthz (liveness) and /readyz (readiness) with 200 while the database answers', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('refuses a JSON array batch with HTTP 400', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ ping }' }, { query: '{ ping }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('serves the offline explorer with its assets from this server', async () => {
    const html = await (await fetch(`${api.url}/explorer`)).text();
    expect(html).toContain('/explorer/static/ruru.js');
    const asset = await fetch(`${api.url}/explorer/static/ruru.js`);
    expect(asset.status).toBe(200);
  });
});
