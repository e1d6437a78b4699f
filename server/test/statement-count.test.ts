import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS, type ScenarioName } from '../bench/scenarios.js';
import { signInCookie, startTestApi, type TestApi } from './api.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { createAccount, createAdmin, createContract, createFirstQuarterInvoices, createInstallation, createSupplyPoint, createUser, validDni } from './factories.js';

// Issue 7: no N+1. The SQL statements one operation of `pnpm bench` runs must not grow with the
// size of what it lists (page size, or the viewer's CUPS for the home query). Counted from the
// ORM's query log; the same documents as the bench (bench/scenarios.ts).

let db: TestDatabase;
let api: TestApi;
let statements: string[] = [];
const cookies: Record<'small' | 'large' | 'admin', string> = { small: '', large: '', admin: '' };

const queryOf = (name: ScenarioName) => SCENARIOS.find((scenario) => scenario.name === name)!.query;

/** A customer with `cupsCount` CUPS, a contract and three invoices each, and their user. */
async function customerWith(cupsCount: number, userFiscalId: number) {
  const em = db.orm.em.fork();
  const account = await createAccount(em, { fiscalId: validDni(userFiscalId), fiscalIdKind: 'DNI' });
  for (let i = 0; i < cupsCount; i++) {
    const contract = await createContract(em, await createSupplyPoint(em, account));
    await createFirstQuarterInvoices(em, contract);
  }
  return createUser(em, { userTypes: ['WEB_CLIENT_FORECAST'], personalFiscalId: account.fiscalId, personalFiscalIdKind: 'DNI' });
}

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  const em = db.orm.em.fork();
  cookies.small = await signInCookie(db.orm, await customerWith(2, 20_000_001));
  cookies.large = await signInCookie(db.orm, await customerWith(20, 20_000_002));
  for (let i = 0; i < 30; i++) await createUser(em, { name: `Buscado ${String(i).padStart(2, '0')}`, email: `buscado${i}@example.com` });
  cookies.admin = await signInCookie(db.orm, await createAdmin(em));
  api = await startTestApi(db.orm);
});

afterAll(async () => {
  await api?.stop();
  await db?.drop();
});

/** Statements run by one request (after its response), and the response's data. */
async function count(query: string, variables: Record<string, unknown>, cookie: string): Promise<{ statements: number; data: any }> {
  statements = [];
  const res = await api.graphql<any>(query, variables, { cookie });
  expect(res.errors).toBeUndefined();
  // One `[query]` log line per statement; MikroORM colours the prefix (ANSI codes stripped first).
  const run = statements.map((line) => line.replace(/\u001b\[[0-9;]*m/g, '')).filter((line) => line.startsWith('[query] ')).length;
  expect(run).toBeGreaterThan(0); // the log is wired: a count of 0 would prove nothing
  if (process.env.STATEMENT_COUNT_LOG) console.log(`${run} statements`, JSON.stringify(variables));
  return { statements: run, data: res.data };
}

describe('statements per operation do not grow with the page size', () => {
  it('invoices page (with CUPS and document per invoice): 2 and 20 rows', async () => {
    const variables = (first: number) => ({ first, filter: { periodFrom: '2026-01-01' } });
    const small = await count(queryOf('invoices'), variables(2), cookies.large);
    const large = await count(queryOf('invoices'), variables(20), cookies.large);
    expect(small.data.invoices.nodes).toHaveLength(2);
    expect(large.data.invoices.nodes).toHaveLength(20);
    expect(large.statements).toBe(small.statements);
    // BEGIN and COMMIT; session; page with totalCount in one statement; the CUPS of the page in one (the test's
    // invoices have no PDF).
    expect(large.statements).toBe(2 + 1 + 1 + 1);
  });

  it('admin installations with customer activity, sorted by what waits longest: 2 and 20 rows', async () => {
    const em = db.orm.em.fork();
    const account = await createAccount(em, { fiscalId: validDni(20_000_003), fiscalIdKind: 'DNI' });
    for (let i = 0; i < 25; i++) await createInstallation(em, account, 'Documentación del cliente');
    const query = `query ($first: Int!) {
      adminInstallations(first: $first, sort: WAITING_LONGEST) {
        totalCount
        nodes { id code accountName state { internalName } substate { internalName } customerActivity { lastCustomerAction { kind at } documentsToReview acceptedOffers signedCopies waitingSince } }
      }
    }`;
    const small = await count(query, { first: 2 }, cookies.admin);
    const large = await count(query, { first: 20 }, cookies.admin);
    expect(small.data.adminInstallations.nodes).toHaveLength(2);
    expect(large.data.adminInstallations.nodes).toHaveLength(20);
    expect(large.statements).toBe(small.statements);
    // The session's BEGIN, statement and COMMIT; page, activity and count in one statement; the accounts, substates and
    // states of the page in one each.
    expect(large.statements).toBe(3 + 1 + 3);
  });

  it('admin users search: 2 and 20 rows', async () => {
    const small = await count(queryOf('adminUsers'), { search: 'buscado', first: 2 }, cookies.admin);
    const large = await count(queryOf('adminUsers'), { search: 'buscado', first: 20 }, cookies.admin);
    expect(small.data.users.nodes).toHaveLength(2);
    expect(large.data.users.nodes).toHaveLength(20);
    expect(large.statements).toBe(small.statements);
  });

  const home = { from: '2026-03-01', to: '2026-03-21', lastYearFrom: '2025-03-01', lastYearTo: '2025-03-21' };

  it('home query, contract and invoice cards: a viewer with 2 CUPS and one with 20', async () => {
    // HomeInvoices + HomeContracts and the CUPS list, without the consumption card (next tests).
    const cards = `{
      latest: invoices(first: 1) { totalCount nodes { id number periodStart periodEnd totalAmount dueDate status } }
      overdue: invoices(first: 1, filter: { status: OVERDUE }) { totalCount }
      all: contracts(first: 1) { totalCount }
      active: contracts(first: 1, filter: { status: ACTIVE }) { totalCount }
      supplyPoints { id cups }
    }`;
    const small = await count(cards, {}, cookies.small);
    const large = await count(cards, {}, cookies.large);
    expect(small.data.supplyPoints).toHaveLength(2);
    expect(large.data.supplyPoints).toHaveLength(20);
    expect(large.statements).toBe(small.statements);
  });

  let homeStatements: { small: number; large: number } | undefined;

  it('home query with the consumption card answers for a viewer with 2 CUPS and one with 20', async () => {
    const small = await count(queryOf('home'), home, cookies.small);
    const large = await count(queryOf('home'), home, cookies.large);
    expect(small.data.supplyPoints).toHaveLength(2);
    expect(large.data.supplyPoints).toHaveLength(20);
    homeStatements = { small: small.statements, large: large.statements };
  });

  // Issue 7: SupplyPoint.measurements is batched per request and range (measurements/measurement.loader.ts):
  // one statement per aliased range for all the viewer's CUPS, not one per CUPS and range.
  it('home query with the consumption card: the same statements for 2 CUPS as for 20', () => {
    expect(homeStatements).toBeDefined();
    expect(homeStatements!.large).toBe(homeStatements!.small);
    // BEGIN and COMMIT of the customer's transaction (row-level security: core/db/viewer-scope.ts); session with
    // scope and role (one statement); latest (page and count in one), overdue, all, active (counts); the CUPS; one per range.
    expect(homeStatements!.small).toBe(2 + 1 + 1 + 3 + 1 + 2);
  });
});

describe('statements per operation: only what the operation selects', () => {
  it('the home consumption card computes totals only: no daily buckets, no tariff-period groups', async () => {
    await count(queryOf('home'), { from: '2026-03-01', to: '2026-03-21', lastYearFrom: '2025-03-01', lastYearTo: '2025-03-21' }, cookies.large);
    const series = statements.filter((line) => line.includes('from measurement'));
    expect(series).toHaveLength(2); // one per range, for all 20 CUPS
    for (const sql of series) {
      expect(sql).toContain(' as totals');
      expect(sql).not.toContain(' as points');
      expect(sql).not.toContain(' as groups');
    }
  });

  // Session, row scope and role: the one statement every signed-in request starts with (auth/session-viewer.ts),
  // inside BEGIN … COMMIT, the customer's transaction under row-level security (core/db/viewer-scope.ts).
  const perRequest = 3;

  it('a signed-in { __typename } runs exactly that one statement in its transaction', async () => {
    const answered = await count('{ __typename }', {}, cookies.small);
    expect(answered.data).toEqual({ __typename: 'Query' });
    expect(answered.statements).toBe(perRequest);
  });

  it('a connection asked only for totalCount runs one count, and one asked only for nodes one list query', async () => {
    const counted = await count('{ invoices(first: 1) { totalCount } }', {}, cookies.small);
    const listed = await count('{ invoices(first: 1) { nodes { id } } }', {}, cookies.small);
    const both = await count('{ invoices(first: 1) { totalCount pageInfo { hasNextPage } } }', {}, cookies.small);
    expect(counted.data.invoices.totalCount).toBe(6);
    expect(listed.data.invoices.nodes).toHaveLength(1);
    expect(both.data.invoices).toEqual({ totalCount: 6, pageInfo: { hasNextPage: true } });
    // Page and count together are one statement too (core/graphql/lean-page.ts).
    expect([counted.statements, listed.statements, both.statements]).toEqual([perRequest + 1, perRequest + 1, perRequest + 1]);
  });
});
