import { ApolloServer } from '@apollo/server';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery, Kind, visit, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/app/schema.js';
import { formatError } from '../src/core/graphql/format-error.js';
import { REPO_ROOT } from '../src/config.js';
import { DOCUMENT_LIMITS, documentSizeError } from '../src/core/permissions/document-size.js';
import { QUERY_LIMITS, queryLimits } from '../src/core/permissions/query-limits.js';
import { tokenHash } from '../src/core/secrets.js';
import { SignInCode } from '../src/modules/auth/sign-in-code.entity.js';
import { signInCookie, startTestApi, type TestApi } from './api.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { createAccount, createContract, createInvoice, createSupplyPoint, createUser } from './factories.js';

/** Documents over a limit are refused with HTTP 400 before any resolver runs; ordinary ones pass. */

let db: TestDatabase;
let api: TestApi;
let cookie: string;
let codeId: string;
const EMAIL = 'limits@example.com';

type Answer = { status: number; body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** What a wrong code leaves behind: its failed-attempt count, and sessions opened. */
async function traces(): Promise<{ failedAttempts: number; sessions: number }> {
  const em = db.orm.em.fork();
  const code = await em.findOneOrFail(SignInCode, { id: codeId });
  const [{ n }] = await em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from session');
  return { failedAttempts: code.failedAttempts, sessions: n };
}

function aliasedSignIns(count: number): string {
  const calls = Array.from({ length: count }, (_, i) => `a${i}: signInWithCode(email: $email, code: "${String(i).padStart(6, '0')}") { email }`);
  return `mutation ($email: String!) { ${calls.join('\n')} }`;
}

function nested(depth: number): string {
  let selection = 'id';
  for (let level = 0; level < depth; level++) selection = level % 2 === 0 ? `contracts { ${selection} }` : `supplyPoint { ${selection} }`;
  return `{ supplyPoints { ${selection} } }`;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const account = await createAccount(em);
  const supplyPoint = await createSupplyPoint(em, account);
  await createInvoice(em, await createContract(em, supplyPoint));
  const user = await createUser(em, { email: EMAIL, userTypes: ['WEB_CLIENT'], personalFiscalId: account.fiscalId });
  const now = new Date();
  const code = em.create(SignInCode, { user, codeHash: tokenHash('not-a-code'), createdAt: now, expiresAt: new Date(now.getTime() + 5 * 60_000) });
  await em.flush();
  codeId = code.id;
  api = await startTestApi(db.orm);
  cookie = await signInCookie(db.orm, user);
});

afterAll(async () => {
  await api.stop();
  await db.drop();
});

describe('query limits', () => {
  it('counts wrong codes, so the checks below could see a resolver run', async () => {
    const before = await traces();
    const answer = await post(aliasedSignIns(1), { email: EMAIL });
    expect(answer.body.errors?.[0]?.extensions?.code).not.toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await traces()).failedAttempts).toBe(before.failedAttempts + 1);
  });

  it('refuses 1,000 aliased signInWithCode calls with a validation error, before any resolver runs', async () => {
    const before = await traces();
    const answer = await post(aliasedSignIns(1000), { email: EMAIL });
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // 1,000 aliases are 2,000 selections: the size bound refuses them before the alias rule would.
    expect(answer.body.errors?.[0]?.message).toMatch(`Selections limit of ${DOCUMENT_LIMITS.anonymousSelections} exceeded`);
    expect(await traces()).toEqual(before);
  });

  it(`refuses ${QUERY_LIMITS.aliases + 1} aliases and admits ${QUERY_LIMITS.aliases}`, async () => {
    const lookups = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `p${i}: ping`).join(' ')} }`;
    const over = await post(lookups(QUERY_LIMITS.aliases + 1));
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(over.body.errors?.[0]?.message).toMatch(`Aliases limit of ${QUERY_LIMITS.aliases} exceeded, found ${QUERY_LIMITS.aliases + 1}.`);
    const atLimit = await post(lookups(QUERY_LIMITS.aliases));
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.data?.p0).toBe('ok');
  });

  it('refuses a query nested deeper than the limit', async () => {
    const answer = await post(nested(QUERY_LIMITS.depth + 2), {}, { cookie });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors?.[0]?.message).toMatch(/depth limit/i);
  });

  it('refuses a query whose cost is over the limit', async () => {
    const page = (alias: string) =>
      `${alias}: invoices(first: 100) { totalCount nodes { id number periodStart periodEnd issueDate dueDate energyKwh taxBase taxAmount totalAmount
        status lines { description quantity unit unitPrice amount } supplyPoint { cups address } contract { code productName } document { id fileName } } }`;
    const answer = await post(`{ ${page('a')} ${page('b')} ${page('c')} }`, {}, { cookie });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(new RegExp(`Query Cost limit of ${QUERY_LIMITS.cost} exceeded`));
  });

  it('refuses more directives than the limit', async () => {
    const answer = await post(`{ ping ${'@include(if: true) '.repeat(QUERY_LIMITS.directives + 1)} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(/Directives limit/);
  });

  it('refuses a document over the token limit while parsing', async () => {
    const answer = await post(`{ ${'ping '.repeat(QUERY_LIMITS.tokens)} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an ordinary screen query, and introspection for the explorer', async () => {
    const screen = await post(
      /* GraphQL */ `
        query InvoicesScreen($first: Int!) {
          supplyPoints { id cups address accessTariff account { id name } }
          invoices(first: $first) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes {
              id number periodStart periodEnd issueDate dueDate totalAmount status
              lines { description amount }
              supplyPoint { cups address }
              contract { code productName supplyPoint { cups account { name } } }
              document { id fileName sizeBytes }
            }
          }
        }`,
      { first: 100 },
      { cookie },
    );
    expect(screen.body.errors).toBeUndefined();
    expect(screen.body.data.invoices.totalCount).toBe(1);
    // Signed out, as an explorer loads the schema: graphql-js's query with every option.
    const introspection = await post(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }),
    );
    expect(introspection.body.errors).toBeUndefined();
    expect(introspection.body.data.__schema.queryType.name).toBe('Query');
  });
});

describe('document size, bounded before validation', () => {
  /** The reproduction: 2,200 distinct root fields, no aliases, 74 KB, under the token limit. */
  const rootFields = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `supplyPoint(cups: "E${i}") { cups }`).join(' ')} }`;

  it('refuses the 2,200-field anonymous document with HTTP 400 and a GraphQL error code', async () => {
    const document = rootFields(2200);
    expect(document.length).toBeGreaterThan(70_000);
    const answer = await post(document);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors?.[0]?.message).toMatch(`Selections limit of ${DOCUMENT_LIMITS.anonymousSelections} exceeded`);
  });

  it('refuses it signed in too, and admits the signed-in limit where the anonymous one refuses', async () => {
    expect((await post(rootFields(2200), {}, { cookie })).status).toBe(400);
    // `{ supplyPoint { cups } }` is two selections.
    const between = rootFields(Math.floor(DOCUMENT_LIMITS.signedInSelections / 2));
    const anonymous = await post(between);
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.errors?.[0]?.message).toMatch('for a signed-out caller');
    const signedIn = await post(between, {}, { cookie });
    // Past the size bound, graphql-js validates it (the same field with different arguments conflicts).
    expect(signedIn.body.errors?.[0]?.message).not.toMatch('Selections limit');
  });

  it("admits every SPA operation signed in, with the __typename Apollo Client adds to each selection set", () => {
    const generated = readFileSync(path.join(REPO_ROOT, 'client/src/__generated__/graphql.ts'), 'utf8');
    const documents = [...generated.matchAll(/export const (\w+Document) = (\{.*\}) as unknown as/g)];
    expect(documents.length).toBeGreaterThan(50);
    for (const [, name, json] of documents) {
      const document = visit(JSON.parse(json!) as DocumentNode, {
        SelectionSet: (set) => ({ ...set, selections: [...set.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] }),
      });
      expect(documentSizeError(document, true), name).toBeNull();
    }
  });

  it('takes no automatic persisted queries, which would run a document the size bound never saw', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    });
    const body = (await response.json()) as Answer['body'];
    // Apollo answers this one with 200, so that a client with APQ on retries with the full document.
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it('refuses a document with two operations, even when operationName picks one', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query A { ping } query B { ping }', operationName: 'A' }),
    });
    const body = (await response.json()) as Answer['body'];
    expect(response.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch('One operation per request');
  });
});

describe('field suggestions', () => {
  async function misspelt(isProduction: boolean): Promise<string> {
    const limits = queryLimits({ isProduction });
    const server = new ApolloServer({ schema: await createSchema(), formatError, ...limits });
    await server.start();
    try {
      const response = await server.executeOperation({ query: '{ pong }' });
      const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
      return result?.errors?.[0]?.message ?? '';
    } finally {
      await server.stop();
    }
  }

  it('are hidden in production, so a misspelt field does not reveal the schema', async () => {
    expect(await misspelt(false)).toMatch(/Did you mean "ping"/);
    expect(await misspelt(true)).not.toMatch(/ping/);
  });
});
