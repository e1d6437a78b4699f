import { SECTIONS_BY_USER_TYPE, USER_TYPES, sectionsFor, type Section, type UserType } from '@portal/shared';
import fc from 'fast-check';
import { execute as executeDocument, parse, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/app/schema.js';
import { readSessionViewer } from '../src/modules/auth/session-viewer.js';
import { startSession } from '../src/modules/auth/session.service.js';
import { User, UserStatus } from '../src/modules/users/user.entity.js';
import { testConfig, testContext } from './context.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { buildWorld, kwhText, SERIES_DAY, type World } from './scope-world.js';

/**
 * No row outside a viewer's scope is ever returned, through any list, lookup, nested relation,
 * count or aggregation of the real schema (with graphql-shield), for random users over a random-ish
 * world; and a lookup of someone else's row answers exactly like a lookup of nothing.
 * The expected rows come from PRODUCT.md "Scope", computed here from the world's plain rows.
 */

// FC_RUNS only to debug locally; the suite runs 1,000 cases. Reproduce a failure with FC_SEED=<seed in its report>.
const RUNS = Number(process.env.FC_RUNS ?? 1000);
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : Math.floor(Math.random() * 2 ** 31);

type GeneratedUser = {
  userTypes: UserType[];
  personalFiscalId: string | null;
  companyFiscalId: string | null;
  relatedFiscalIds: string[];
  cupsRestriction: string[];
};

type Lookups = {
  contract: number;
  invoice: number;
  document: number;
  supplyPoint: number;
  seriesSupplyPoint: number;
  series: 'measurements' | 'forecasts' | 'deviations';
  looseSpelling: boolean;
};

type Expected = {
  sections: Set<Section>;
  accounts: Set<string>;
  supplyPoints: Set<string>;
  contracts: Set<string>;
  invoices: Set<string>;
  documents: Set<string>;
  settlements: Set<string>;
};

/** PRODUCT.md "Scope", straight from the definition. */
function expectedView(world: World, user: GeneratedUser): Expected {
  const fiscalIds = new Set([user.personalFiscalId, user.companyFiscalId, ...user.relatedFiscalIds].filter(Boolean));
  const accounts = new Set(world.accounts.filter((a) => fiscalIds.has(a.fiscalId)).map((a) => a.id));
  const restriction = new Set(user.cupsRestriction);
  const supplyPoints = new Set(
    world.supplyPoints
      .filter((sp) => accounts.has(sp.accountId) && (restriction.size === 0 || restriction.has(sp.cups)))
      .map((sp) => sp.id),
  );
  const byCups = <T extends { id: string; supplyPointId: string }>(rows: T[]) =>
    new Set(rows.filter((row) => supplyPoints.has(row.supplyPointId)).map((row) => row.id));
  return {
    sections: new Set(user.userTypes.flatMap((type) => SECTIONS_BY_USER_TYPE[type])),
    accounts,
    supplyPoints,
    contracts: byCups(world.contracts),
    invoices: byCups(world.invoices),
    settlements: byCups(world.settlements),
    documents: new Set(
      world.documents
        .filter((d) => (d.supplyPointId ? supplyPoints.has(d.supplyPointId) : d.accountId !== null && accounts.has(d.accountId)))
        .map((d) => d.id),
    ),
  };
}

function userArbitrary(world: World): fc.Arbitrary<GeneratedUser> {
  const personal = [...world.accounts.filter((a) => a.kind !== 'CIF').map((a) => a.fiscalId), ...world.unknownFiscalIds.personal];
  const company = [...world.accounts.filter((a) => a.kind === 'CIF').map((a) => a.fiscalId), ...world.unknownFiscalIds.company];
  const everyId = [...personal, ...company];
  return fc
    .record({
      userTypes: fc.subarray([...USER_TYPES]),
      personalFiscalId: fc.option(fc.constantFrom(...personal), { nil: null }),
      companyFiscalId: fc.option(fc.constantFrom(...company), { nil: null }),
      relatedFiscalIds: fc.subarray(everyId, { maxLength: 3 }),
    })
    .chain((base) => {
      const fiscalIds = new Set([base.personalFiscalId, base.companyFiscalId, ...base.relatedFiscalIds]);
      const accounts = new Set(world.accounts.filter((a) => fiscalIds.has(a.fiscalId)).map((a) => a.id));
      const inside = world.supplyPoints.filter((sp) => accounts.has(sp.accountId)).map((sp) => sp.cups);
      const outside = world.supplyPoints.filter((sp) => !accounts.has(sp.accountId)).map((sp) => sp.cups);
      const restrictions: fc.Arbitrary<string[]>[] = [fc.constant([]), fc.subarray(outside, { minLength: 1, maxLength: 2 })];
      if (inside.length > 0) {
        restrictions.push(
          fc.subarray(inside, { minLength: 1 }),
          fc.tuple(fc.subarray(inside, { minLength: 1 }), fc.subarray(outside, { minLength: 1, maxLength: 2 })).map(([a, b]) => [...a, ...b]),
        );
      }
      return fc.oneof(...restrictions).map((cupsRestriction) => ({ ...base, cupsRestriction }));
    });
}

function lookupsArbitrary(world: World): fc.Arbitrary<Lookups> {
  const index = (rows: unknown[]) => fc.nat({ max: rows.length - 1 });
  return fc.record({
    contract: index(world.contracts),
    invoice: index(world.invoices),
    document: index(world.documents),
    supplyPoint: index(world.supplyPoints),
    seriesSupplyPoint: index(world.supplyPoints),
    series: fc.constantFrom('measurements' as const, 'forecasts' as const, 'deviations' as const),
    looseSpelling: fc.boolean(),
  });
}

/** The combined query, with only the parts the viewer's sections allow (a denied non-null field nulls `data`). */
function combinedQuery(sections: Set<Section>): string {
  const has = (section: Section) => sections.has(section);
  const accountContracts = has('CONTRACTS') ? 'contracts { id account { id } supplyPoint { id } }' : '';
  const variables = ['$cups: String!', '$missingCups: String!'];
  const parts = [
    `customerAccounts { id fiscalId supplyPoints { id account { id } } ${accountContracts} }
     supplyPoints { id cups account { id } ${accountContracts} }
     foundSupplyPoint: supplyPoint(cups: $cups) { id cups account { id } }
     missingSupplyPoint: supplyPoint(cups: $missingCups) { id cups account { id } }`,
  ];
  if (has('CONTRACTS') || has('DOCUMENTS')) variables.push('$missingId: ID!');
  if (has('CONTRACTS')) {
    variables.push('$contractId: ID!');
    parts.push(`contracts(first: 100) { totalCount pageInfo { hasNextPage } nodes { id account { id } supplyPoint { id account { id } } } }
      foundContract: contract(id: $contractId) { id supplyPoint { id } }
      missingContract: contract(id: $missingId) { id supplyPoint { id } }`);
  }
  if (has('INVOICES')) {
    variables.push('$invoiceNumber: String!', '$missingNumber: String!');
    parts.push(`invoices(first: 100) { totalCount pageInfo { hasNextPage } nodes { id number contract { id } account { id } supplyPoint { id } document { id } } }
      foundInvoice: invoice(number: $invoiceNumber) { id number document { id } }
      missingInvoice: invoice(number: $missingNumber) { id number document { id } }`);
  }
  if (has('DOCUMENTS')) {
    variables.push('$documentId: ID!');
    parts.push(`documents(first: 100) { totalCount pageInfo { hasNextPage } nodes { id supplyPoint { id } } }
      foundDocument: document(id: $documentId) { id supplyPoint { id } }
      missingDocument: document(id: $missingId) { id supplyPoint { id } }`);
  }
  if (has('GENERATION_SETTLEMENTS')) parts.push('generationSettlements { id supplyPoint { id } document { id } }');
  return `query Combined(${variables.join(', ')}) { ${parts.join('\n')} }`;
}

/** One probe per section-guarded field, each alone: a denied non-null root field would hide the others' errors. */
const DENIED_PROBES: { section: Section; query: string; path: (string | number)[] }[] = [
  { section: 'CONTRACTS', query: '{ contracts { totalCount } }', path: ['contracts'] },
  { section: 'CONTRACTS', query: `{ contract(id: "${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}") { id } }`, path: ['contract'] },
  { section: 'INVOICES', query: '{ invoices { totalCount } }', path: ['invoices'] },
  { section: 'INVOICES', query: '{ invoice(number: "FE-1") { id } }', path: ['invoice'] },
  { section: 'DOCUMENTS', query: '{ documents { totalCount } }', path: ['documents'] },
  { section: 'GENERATION_SETTLEMENTS', query: '{ generationSettlements { id } }', path: ['generationSettlements'] },
  { section: 'MATCHING_PRICES', query: '{ marketPrices(from: "2026-01-01", to: "2026-01-02") { from } }', path: ['marketPrices'] },
  ...(['measurements', 'forecasts', 'deviations'] as const).map((field) => ({
    section: ({ measurements: 'MEASUREMENTS', forecasts: 'FORECAST', deviations: 'DEVIATIONS' } as const)[field],
    query: `{ ${field}(cups: "ES0021000000000001RK", from: "${SERIES_DAY}", to: "${SERIES_DAY}", granularity: DAY) { cups } }`,
    path: [field],
  })),
];

const SERIES_SECTION = { measurements: 'MEASUREMENTS', forecasts: 'FORECAST', deviations: 'DEVIATIONS' } as const;
const SERIES_TOTAL = {
  measurements: 'total',
  forecasts: 'total',
  deviations: 'summary { measuredKWh forecastKWh }',
} as const;

let db: TestDatabase;
/** Users made so far: each case signs in a user of its own. */
let users = 0;
let world: World;
let schema: GraphQLSchema;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await buildWorld(db.orm);
  schema = await createSchema();
  // Every list fits in one page of 100, so a page is the whole visible set.
  for (const rows of [world.contracts, world.invoices, world.documents]) expect(rows.length).toBeLessThan(100);
});

afterAll(() => db.drop());

const ids = (rows: { id: string }[] | undefined | null) => (rows ?? []).map((row) => row.id).sort();
const sorted = (set: Set<string>) => [...set].sort();

// The few distinct documents are parsed and validated once: 1,000 runs should spend their time on data.
const documents = new Map<string, DocumentNode>();
function validDocument(source: string): DocumentNode {
  let document = documents.get(source);
  if (!document) {
    document = parse(source);
    const errors = validate(schema, document);
    if (errors.length > 0) throw errors[0];
    documents.set(source, document);
  }
  return document;
}

type Execute = (source: string, variables?: Record<string, unknown>) => Promise<ExecutionResult<any>>;

async function run(user: GeneratedUser, lookups: Lookups): Promise<void> {
  const expected = expectedView(world, user);
  // Viewer and scope as a request gets them: a real user and session, read by the production lookup.
  const em = db.orm.em.fork();
  const entity = em.create(User, { email: `property-${++users}@example.com`, name: 'Property', status: UserStatus.ACTIVE, ...user });
  const now = new Date();
  const { token } = await startSession(em, entity, testConfig.session, { now });
  await em.flush();
  const session = await readSessionViewer(db.orm.em, token, testConfig.session, now);
  expect(session?.viewer.sections).toEqual(sectionsFor(user.userTypes));
  const { viewer, scope } = session!;
  // A context per request, as the HTTP app builds them.
  const execute: Execute = async (source, variableValues) =>
    executeDocument({ schema, document: validDocument(source), variableValues, contextValue: testContext(db.orm, { scope, viewer }) }) as ExecutionResult<any>;
  // Independent requests: concurrently, as a browser would send them.
  await Promise.all([checkLists(execute, expected, lookups), checkDenied(execute, expected), checkSeries(execute, expected, lookups)]);
}

/** Every list, nested relation, count and lookup by id, number or CUPS the viewer's sections allow. */
async function checkLists(execute: Execute, expected: Expected, lookups: Lookups): Promise<void> {
  const contract = world.contracts[lookups.contract]!;
  const invoice = world.invoices[lookups.invoice]!;
  const document = world.documents[lookups.document]!;
  const supplyPoint = world.supplyPoints[lookups.supplyPoint]!;
  const loose = looseSpelling(lookups);
  const result = await execute(combinedQuery(expected.sections), {
    cups: loose(supplyPoint.cups),
    missingCups: loose(world.missing.cups),
    contractId: contract.id,
    documentId: document.id,
    missingId: world.missing.id,
    invoiceNumber: loose(invoice.number),
    missingNumber: loose(world.missing.invoiceNumber),
  });
  expect(result.errors).toBeUndefined();
  const data = result.data;

  expect(ids(data.customerAccounts)).toEqual(sorted(expected.accounts));
  for (const account of data.customerAccounts) {
    const own = world.supplyPoints.filter((sp) => sp.accountId === account.id && expected.supplyPoints.has(sp.id));
    expect(ids(account.supplyPoints)).toEqual(ids(own));
    for (const sp of account.supplyPoints) expect(sp.account.id).toBe(account.id);
    if (expected.sections.has('CONTRACTS')) {
      expect(ids(account.contracts)).toEqual(ids(world.contracts.filter((c) => c.accountId === account.id && expected.contracts.has(c.id))));
    }
  }
  expect(ids(data.supplyPoints)).toEqual(sorted(expected.supplyPoints));
  for (const sp of data.supplyPoints) {
    expect(expected.accounts.has(sp.account.id)).toBe(true);
    if (expected.sections.has('CONTRACTS')) {
      expect(ids(sp.contracts)).toEqual(ids(world.contracts.filter((c) => c.supplyPointId === sp.id && expected.contracts.has(c.id))));
    }
  }
  expectLookup(expected.supplyPoints.has(supplyPoint.id), data.foundSupplyPoint, data.missingSupplyPoint, supplyPoint.id);

  if (expected.sections.has('CONTRACTS')) {
    expect(ids(data.contracts.nodes)).toEqual(sorted(expected.contracts));
    expect(data.contracts.totalCount).toBe(expected.contracts.size);
    expect(data.contracts.pageInfo.hasNextPage).toBe(false);
    for (const node of data.contracts.nodes) {
      const row = world.contracts.find((c) => c.id === node.id)!;
      expect([node.account.id, node.supplyPoint.id, node.supplyPoint.account.id]).toEqual([row.accountId, row.supplyPointId, row.accountId]);
    }
    expectLookup(expected.contracts.has(contract.id), data.foundContract, data.missingContract, contract.id);
  }
  if (expected.sections.has('INVOICES')) {
    expect(ids(data.invoices.nodes)).toEqual(sorted(expected.invoices));
    expect(data.invoices.totalCount).toBe(expected.invoices.size);
    for (const node of data.invoices.nodes) {
      const row = world.invoices.find((i) => i.id === node.id)!;
      expect([node.contract.id, node.account.id, node.supplyPoint.id, node.document?.id ?? null]).toEqual([
        row.contractId,
        row.accountId,
        row.supplyPointId,
        row.documentId,
      ]);
    }
    expectLookup(expected.invoices.has(invoice.id), data.foundInvoice, data.missingInvoice, invoice.id);
  }
  if (expected.sections.has('DOCUMENTS')) {
    expect(ids(data.documents.nodes)).toEqual(sorted(expected.documents));
    expect(data.documents.totalCount).toBe(expected.documents.size);
    for (const node of data.documents.nodes) {
      expect(node.supplyPoint?.id ?? null).toBe(world.documents.find((d) => d.id === node.id)!.supplyPointId);
    }
    expectLookup(expected.documents.has(document.id), data.foundDocument, data.missingDocument, document.id);
  }
  if (expected.sections.has('GENERATION_SETTLEMENTS')) {
    expect(ids(data.generationSettlements)).toEqual(sorted(expected.settlements));
    for (const node of data.generationSettlements) {
      const row = world.settlements.find((s) => s.id === node.id)!;
      expect([node.supplyPoint.id, node.document?.id ?? null]).toEqual([row.supplyPointId, row.documentId]);
    }
  }
}

/** Every section the viewer lacks answers FORBIDDEN, alone at its path, and nothing else. */
async function checkDenied(execute: Execute, expected: Expected): Promise<void> {
  const probes = DENIED_PROBES.filter((probe) => !expected.sections.has(probe.section));
  const answers = await Promise.all(probes.map((probe) => execute(probe.query)));
  probes.forEach((probe, index) => {
    const denied = answers[index]!;
    expect(denied.errors?.map((e) => [e.extensions.code, e.path])).toEqual([['FORBIDDEN', probe.path]]);
    expect(denied.data?.[probe.path[0] as string] ?? null).toBeNull();
  });
}

/** An aggregation in raw SQL: in scope it sums the CUPS's rows, out of scope it answers like a CUPS that does not exist. */
async function checkSeries(execute: Execute, expected: Expected, lookups: Lookups): Promise<void> {
  const series = lookups.series;
  if (!expected.sections.has(SERIES_SECTION[series])) return; // checkDenied's business
  const loose = looseSpelling(lookups);
  const target = world.supplyPoints[lookups.seriesSupplyPoint]!;
  const query = `query ($cups: String!) { ${series}(cups: $cups, from: "${SERIES_DAY}", to: "${SERIES_DAY}", granularity: DAY) { cups ${SERIES_TOTAL[series]} } }`;
  const [found, missing] = await Promise.all([execute(query, { cups: loose(target.cups) }), execute(query, { cups: loose(world.missing.cups) })]);
  expect(missing.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
  if (!expected.supplyPoints.has(target.id)) {
    expect(JSON.parse(JSON.stringify(found))).toEqual(JSON.parse(JSON.stringify(missing)));
    return;
  }
  expect(found.errors).toBeUndefined();
  const measured = kwhText(world.measuredThousandths.get(target.id)!);
  const forecast = kwhText(world.forecastThousandths.get(target.id)!);
  const expectedSeries = {
    measurements: { cups: target.cups, total: measured },
    forecasts: { cups: target.cups, total: forecast },
    deviations: { cups: target.cups, summary: { measuredKWh: measured, forecastKWh: forecast } },
  }[series];
  expect(found.data).toEqual({ [series]: expectedSeries });
}

/** Lookups accept values as people type them; spelling must not change what is visible. */
function looseSpelling(lookups: Lookups): (value: string) => string {
  return (value) => (lookups.looseSpelling ? ` ${value.toLowerCase()} ` : value);
}

/** A visible row is found; any other answers exactly what a lookup of a value that matches nothing answers. */
function expectLookup(visible: boolean, found: { id: string } | null, missing: unknown, id: string): void {
  expect(missing).toBeNull();
  if (visible) expect(found?.id).toBe(id);
  else expect(found).toEqual(missing);
}

describe('row scope, property-based', () => {
  it(`never returns a row outside the viewer's scope (${RUNS} random users and lookups, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(userArbitrary(world), lookupsArbitrary(world), (user, lookups) => run(user, lookups)),
      { numRuns: RUNS, seed: SEED },
    );
  }, 180_000); // ~25 s on an idle machine; the margin is for a loaded CI runner
});
