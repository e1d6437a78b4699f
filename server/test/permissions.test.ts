import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { SECTIONS, SECTIONS_BY_USER_TYPE, USER_TYPES, type Section, type UserType } from '@portal/shared';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/core/context.js';
import { REPO_ROOT } from '../src/config.js';
import { badInput } from '../src/core/errors.js';
import { formatError } from '../src/core/graphql/format-error.js';
import { ALL_ROWS, NO_ROWS, ROW_SCOPE, scopedEntityManager } from '../src/core/permissions/row-scope.js';
import { canSee, isSignedIn } from '../src/core/permissions/rules.js';
import { withPermissions } from '../src/core/permissions/shield.js';
import { Contract } from '../src/modules/contracts/contract.entity.js';
import { CustomerAccount } from '../src/modules/customers/customer-account.entity.js';
import { Document } from '../src/modules/documents/document.entity.js';
import { Forecast } from '../src/modules/forecasts/forecast.entity.js';
import { GenerationSettlement } from '../src/modules/generation-settlements/generation-settlement.entity.js';
import { Invoice } from '../src/modules/invoices/invoice.entity.js';
import { Measurement } from '../src/modules/measurements/measurement.entity.js';
import { SupplyPoint } from '../src/modules/supply-points/supply-point.entity.js';
import { signInCookie, startTestApi, type TestApi } from './api.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { createAdmin, createUser } from './factories.js';
import { buildWorld, SERIES_DAY, type World } from './scope-world.js';

let db: TestDatabase;
let world: World;
let api: TestApi;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await buildWorld(db.orm, 4);
  await db.orm.em
    .getConnection()
    .execute(`insert into market_price (start, interval_minutes, price_es, price_pt) values ('2026-01-15T09:00:00Z', 60, 80.50, 81.25)`);
  api = await startTestApi(db.orm);
});

afterAll(async () => {
  await api.stop();
  await db.drop();
});

describe('denied fields', () => {
  // A small schema under the real shield configuration: one rule per behaviour.
  let calls: string[] = [];
  const resolver = (name: string, answer: () => string) => ({
    type: GraphQLString,
    resolve: () => {
      calls.push(name);
      return answer();
    },
  });
  const schema = withPermissions(
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          fault: resolver('fault', () => {
            throw new Error('Connection terminated unexpectedly');
          }),
          invalid: resolver('invalid', () => {
            throw badInput('cups', 'is malformed');
          }),
          invoicesOnly: resolver('invoicesOnly', () => 'invoice data'),
          unruled: resolver('unruled', () => 'never'),
        },
      }),
    }),
    { Query: { fault: isSignedIn, invalid: isSignedIn, invoicesOnly: canSee('INVOICES') } },
  );
  const server = new ApolloServer({ schema, formatError });

  beforeAll(() => server.start());
  afterAll(() => server.stop());

  async function ask(field: string, viewer: Pick<Viewer, 'sections'> | null) {
    calls = [];
    const response = await server.executeOperation({ query: `{ ${field} }` }, { contextValue: { viewer } });
    const result = response.body.kind === 'single' ? response.body.singleResult : { data: undefined, errors: undefined };
    return { data: result.data?.[field], code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message, ran: calls.includes(field) };
  }

  const customer = { sections: ['DOCUMENTS', 'CONTRACTS'] as Section[] };

  it('answer null and FORBIDDEN to a signed-in viewer without the section, before the resolver runs', async () => {
    expect(await ask('invoicesOnly', customer)).toMatchObject({ data: null, code: 'FORBIDDEN', ran: false });
    expect(await ask('invoicesOnly', { sections: ['INVOICES'] })).toMatchObject({ data: 'invoice data', code: undefined, ran: true });
  });

  it('answer UNAUTHENTICATED when signed out', async () => {
    for (const field of ['invoicesOnly', 'fault', 'unruled']) {
      expect(await ask(field, null)).toMatchObject({ data: null, code: 'UNAUTHENTICATED', ran: false });
    }
  });

  it('deny a field no rule names (fallbackRule)', async () => {
    expect(await ask('unruled', { sections: [...SECTIONS] })).toMatchObject({ data: null, code: 'FORBIDDEN', ran: false });
  });

  it('let a fault of an allowed resolver through as INTERNAL_SERVER_ERROR, never FORBIDDEN', async () => {
    expect(await ask('fault', customer)).toMatchObject({
      data: null,
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Connection terminated unexpectedly',
      ran: true,
    });
    expect(await ask('invalid', customer)).toMatchObject({ data: null, code: 'BAD_USER_INPUT', ran: true });
  });

  it('let a real database fault through the real schema as INTERNAL_SERVER_ERROR', async () => {
    const cookie = await signInCookie(db.orm, await createAdmin(db.orm.em.fork()));
    const connection = db.orm.em.getConnection();
    await connection.execute('alter table invoice rename to invoice_away');
    try {
      const res = await api.graphql('{ invoices { totalCount } }', {}, { cookie });
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      // The SQL (naming the table) goes to the log only (test/error-masking.test.ts).
      expect(res.errors?.[0]?.message).not.toMatch(/invoice/);
    } finally {
      await connection.execute('alter table invoice_away rename to invoice');
    }
    expect((await api.graphql<any>('{ invoices { totalCount } }', {}, { cookie })).data.invoices.totalCount).toBe(world.invoices.length);
  });
});

describe('row scope fails closed', () => {
  // MikroORM refuses a filter with no parameters at all; row-scope.ts refuses malformed ones.
  const REFUSED = /No arguments provided for filter 'rowScope'|Refusing to query scoped rows/;
  const SCOPED = [CustomerAccount, SupplyPoint, Contract, Invoice, Document, GenerationSettlement, Measurement, Forecast];
  const total = (entity: (typeof SCOPED)[number]): number =>
    ({
      CustomerAccount: world.accounts.length,
      SupplyPoint: world.supplyPoints.length,
      Contract: world.contracts.length,
      Invoice: world.invoices.length,
      Document: world.documents.length,
      GenerationSettlement: world.settlements.length,
      Measurement: world.supplyPoints.length * 3,
      Forecast: world.supplyPoints.length * 3,
    })[entity.name]!;

  it.each(SCOPED.map((entity) => [entity.name, entity] as const))('%s: a plain fork throws on find, findOne and count', async (_name, entity) => {
    const em = db.orm.em.fork();
    await expect(em.find(entity, {})).rejects.toThrow(REFUSED);
    await expect(em.findOne(entity, {})).rejects.toThrow(REFUSED);
    await expect(em.count(entity, {})).rejects.toThrow(REFUSED);
  });

  it.each(SCOPED.map((entity) => [entity.name, entity] as const))('%s: ALL_ROWS sees every row, NO_ROWS none', async (_name, entity) => {
    expect(total(entity)).toBeGreaterThan(0);
    expect(await scopedEntityManager(db.orm.em, ALL_ROWS).count(entity, {})).toBe(total(entity));
    expect(await scopedEntityManager(db.orm.em, NO_ROWS).count(entity, {})).toBe(0);
    expect(await scopedEntityManager(db.orm.em, NO_ROWS).find(entity, {})).toEqual([]);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an empty object', {}],
    ['another spelling of all', { kind: 'ALL' }],
    ['a customer without lists', { kind: 'customer' }],
    ['a customer without supply points', { kind: 'customer', accountIds: [] }],
    ['a customer with a string for a list', { kind: 'customer', accountIds: 'any', supplyPointIds: [] }],
    ['a bare string', 'all'],
  ])('ALL_ROWS is the only bypass: %s as the scope throws', async (_name, params) => {
    const em = db.orm.em.fork();
    em.setFilterParams(ROW_SCOPE, params as never);
    await expect(em.find(Invoice, {})).rejects.toThrow(REFUSED);
  });

  it('is never switched off or re-scoped in the source (only row-scope.ts sets its parameters)', async () => {
    const offenders: string[] = [];
    const sourceRoot = path.join(REPO_ROOT, 'server', 'src');
    for (const file of await readdir(sourceRoot, { recursive: true })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file === path.join('core', 'permissions', 'row-scope.ts')) continue;
      const text = await readFile(path.join(sourceRoot, file), 'utf8');
      if (/filters\s*:\s*(false|\{)|setFilterParams\s*\(/.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});

/** The rows every matrix user owns: one generating CUPS with every kind of row. */
type Target = { cups: string; accountId: string; contractId: string; invoiceNumber: string; invoiceId: string; documentId: string };

type MatrixCase = {
  name: string;
  /** SIGNED_IN: any signed-in user, the row scope decides the rows. */
  section: Section | 'SIGNED_IN';
  query: (t: Target) => string;
  /** Where the FORBIDDEN error points when the section is missing. */
  path: (string | number)[];
  shows: (data: any, t: Target) => boolean;
};

const RANGE = `from: "${SERIES_DAY}", to: "${SERIES_DAY}"`;

/** A series of the target CUPS over RANGE by day, `selection` picked from it: shown when `value` of it is above zero. */
function seriesCase(name: string, section: Section, selection: string, value: (series: any) => unknown): MatrixCase {
  return {
    name,
    section,
    query: (t) => `{ ${name}(cups: "${t.cups}", ${RANGE}, granularity: DAY) { ${selection} } }`,
    path: [name],
    shows: (d) => Number(value(d[name])) > 0,
  };
}

const MATRIX_CASES: MatrixCase[] = [
  { name: 'customerAccounts', section: 'SIGNED_IN', query: () => '{ customerAccounts { id } }', path: ['customerAccounts'], shows: (d, t) => d.customerAccounts[0].id === t.accountId },
  { name: 'supplyPoints', section: 'SIGNED_IN', query: () => '{ supplyPoints { cups } }', path: ['supplyPoints'], shows: (d, t) => d.supplyPoints.some((sp: any) => sp.cups === t.cups) },
  { name: 'supplyPoint', section: 'SIGNED_IN', query: (t) => `{ supplyPoint(cups: "${t.cups}") { cups } }`, path: ['supplyPoint'], shows: (d, t) => d.supplyPoint.cups === t.cups },
  { name: 'contracts', section: 'CONTRACTS', query: () => '{ contracts(first: 100) { nodes { id } } }', path: ['contracts'], shows: (d, t) => d.contracts.nodes.some((c: any) => c.id === t.contractId) },
  { name: 'contract', section: 'CONTRACTS', query: (t) => `{ contract(id: "${t.contractId}") { id } }`, path: ['contract'], shows: (d, t) => d.contract.id === t.contractId },
  {
    name: 'SupplyPoint.contracts',
    section: 'CONTRACTS',
    query: (t) => `{ supplyPoint(cups: "${t.cups}") { contracts { id } } }`,
    path: ['supplyPoint', 'contracts'],
    shows: (d, t) => d.supplyPoint.contracts.some((c: any) => c.id === t.contractId),
  },
  {
    name: 'CustomerAccount.contracts',
    section: 'CONTRACTS',
    query: () => '{ customerAccounts { contracts { id } } }',
    path: ['customerAccounts', 0, 'contracts'],
    shows: (d, t) => d.customerAccounts[0].contracts.some((c: any) => c.id === t.contractId),
  },
  { name: 'invoices', section: 'INVOICES', query: () => '{ invoices(first: 100) { nodes { id } } }', path: ['invoices'], shows: (d, t) => d.invoices.nodes.some((i: any) => i.id === t.invoiceId) },
  { name: 'invoice', section: 'INVOICES', query: (t) => `{ invoice(number: "${t.invoiceNumber}") { id document { id } } }`, path: ['invoice'], shows: (d, t) => d.invoice.id === t.invoiceId && d.invoice.document !== null },
  { name: 'documents', section: 'DOCUMENTS', query: () => '{ documents(first: 100) { nodes { id } } }', path: ['documents'], shows: (d, t) => d.documents.nodes.some((x: any) => x.id === t.documentId) },
  { name: 'document', section: 'DOCUMENTS', query: (t) => `{ document(id: "${t.documentId}") { id } }`, path: ['document'], shows: (d, t) => d.document.id === t.documentId },
  seriesCase('measurements', 'MEASUREMENTS', 'total', (series) => series.total),
  seriesCase('selfConsumption', 'SELF_CONSUMPTION', 'total { importedKWh }', (series) => series.total.importedKWh),
  {
    name: 'SupplyPoint.measurements',
    section: 'MEASUREMENTS',
    query: (t) => `{ supplyPoint(cups: "${t.cups}") { measurements(${RANGE}, granularity: DAY) { total } } }`,
    path: ['supplyPoint', 'measurements'],
    shows: (d) => Number(d.supplyPoint.measurements.total) > 0,
  },
  seriesCase('forecasts', 'FORECAST', 'total', (series) => series.total),
  seriesCase('deviations', 'DEVIATIONS', 'summary { forecastKWh }', (series) => series.summary.forecastKWh),
  {
    name: 'generationSettlements',
    section: 'GENERATION_SETTLEMENTS',
    query: () => '{ generationSettlements { id document { id } } }',
    path: ['generationSettlements'],
    shows: (d) => d.generationSettlements.length > 0,
  },
  {
    name: 'marketPrices',
    section: 'MATCHING_PRICES',
    query: () => `{ marketPrices(${RANGE}) { points { priceEs } } }`,
    path: ['marketPrices'],
    shows: (d) => d.marketPrices.points[0]?.priceEs === '80.50',
  },
];

describe('section matrix (shared/): each user type × each section-guarded field', () => {
  let target: Target;
  const cookies = new Map<UserType | 'ADMIN', string>();

  beforeAll(async () => {
    const supplyPoint = world.supplyPoints.find((sp) => sp.isGenerator)!;
    const invoice = world.invoices.find((i) => i.supplyPointId === supplyPoint.id && i.documentId)!;
    target = {
      cups: supplyPoint.cups,
      accountId: supplyPoint.accountId,
      contractId: world.contracts.find((c) => c.supplyPointId === supplyPoint.id)!.id,
      invoiceNumber: invoice.number,
      invoiceId: invoice.id,
      documentId: world.documents.find((d) => d.supplyPointId === supplyPoint.id)!.id,
    };
    const fiscalId = world.accounts.find((a) => a.id === supplyPoint.accountId)!.fiscalId;
    const em = db.orm.em.fork();
    for (const userType of USER_TYPES) {
      cookies.set(userType, await signInCookie(db.orm, await createUser(em, { userTypes: [userType], personalFiscalId: fiscalId })));
    }
    cookies.set('ADMIN', await signInCookie(db.orm, await createAdmin(em)));
  });

  it('has a case for every section the API guards', () => {
    const guarded = new Set(MATRIX_CASES.map((c) => c.section));
    // INSTALLATION and INCIDENTS have no API yet (a later issue).
    expect(SECTIONS.filter((section) => !guarded.has(section))).toEqual(['INSTALLATION', 'INCIDENTS']);
  });

  const table = USER_TYPES.flatMap((userType) => MATRIX_CASES.map((testCase) => [userType, testCase.name, testCase] as const));

  it.each(table)('%s × %s', async (userType, _name, testCase) => {
    const allowed = testCase.section === 'SIGNED_IN' || SECTIONS_BY_USER_TYPE[userType].includes(testCase.section);
    const res = await api.graphql<any>(testCase.query(target), {}, { cookie: cookies.get(userType)! });
    if (allowed) {
      expect(res.errors).toBeUndefined();
      expect(testCase.shows(res.data, target)).toBe(true);
    } else {
      expect(res.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', testCase.path]]);
      // Nothing of the guarded rows leaks through the parents that are still there.
      expect(JSON.stringify(res.data ?? null)).not.toMatch(new RegExp(`${target.contractId}|${target.invoiceId}|${target.documentId}|80\\.50`));
    }
  });

  it('gives an admin every case', async () => {
    for (const testCase of MATRIX_CASES) {
      const res = await api.graphql<any>(testCase.query(target), {}, { cookie: cookies.get('ADMIN')! });
      expect(res.errors, testCase.name).toBeUndefined();
      expect(testCase.shows(res.data, target), testCase.name).toBe(true);
    }
  });

  it('answers UNAUTHENTICATED to every case when signed out', async () => {
    for (const testCase of MATRIX_CASES) {
      const res = await api.graphql(testCase.query(target));
      expect(res.errors?.map((e) => e.extensions?.code), testCase.name).toEqual(['UNAUTHENTICATED']);
      expect(res.data?.[testCase.path[0] as string] ?? null).toBeNull();
    }
  });
});
