import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, expect } from 'vitest';
import { createHttpApp } from '../src/app/http.js';
import { createSchema } from '../src/app/schema.js';
import { sessionCookieName } from '../src/app/context.js';
import type { Config } from '../src/config.js';
import type { Clock } from '../src/core/clock.js';
import { startSession } from '../src/modules/auth/session.service.js';
import type { User } from '../src/modules/users/user.entity.js';
import { testConfig } from './context.js';
import { failEarly, useTestDatabase, type TestDatabase } from './database.js';
import { postGraphql } from './http.js';

export type GraphQLResponse<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
};

export type TestApi = {
  url: string;
  /** POST /graphql; `cookie` is a Cookie header, e.g. from signInCookie. */
  graphql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { cookie?: string },
  ) => Promise<GraphQLResponse<T>>;
  stop: () => Promise<void>;
};

/** A Cookie header carrying a real session of `user` (as if they had signed in). */
export async function signInCookie(orm: MikroORM, user: User, config: Config = testConfig): Promise<string> {
  const em = orm.em.fork();
  const { token } = await startSession(em, em.merge(user), config.session, { now: new Date() });
  return `${sessionCookieName(config)}=${token}`;
}

/** The real HTTP app (Express + Apollo) on a loopback port, over the test file's database. */
export async function startTestApi(orm: MikroORM, options: { config?: Config; clock?: Clock } = {}): Promise<TestApi> {
  const config = options.config ?? testConfig;
  const http = await createHttpApp({ orm, schema: await createSchema(), config, clock: options.clock });
  const server = http.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    graphql: async (query, variables, options = {}) => {
      const { data, errors } = await postGraphql(url, query, variables, options.cookie);
      return (errors ? { data, errors } : { data }) as never;
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await http.stop();
    },
  };
}

/**
 * This test file's own database (useTestDatabase) and the real HTTP API over it, for all its tests:
 * started in beforeAll; in afterAll the API stops before the database it uses is dropped. Like the
 * database, the API returned stands for the one beforeAll starts; hooks the file registers after
 * this call run after these beforeAll and before these afterAll.
 */
export function useTestApi(options: { config?: Config; clock?: Clock } = {}): { db: TestDatabase; api: TestApi } {
  const db = useTestDatabase();
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await startTestApi(db.orm, options);
  });
  afterAll(() => api?.stop());
  const started = (): TestApi => api ?? failEarly('the test API');
  return {
    db,
    api: {
      get url() {
        return started().url;
      },
      graphql: (query, variables, options) => started().graphql(query, variables, options),
      stop: () => started().stop(),
    },
  };
}

/** One admin-only operation to try: the field it answers in, the document, its variables. */
export type AdminOperation = [name: string, query: string, variables?: Record<string, unknown>];

/**
 * Asserts an admin-only operation is refused signed out (UNAUTHENTICATED) and to a customer (FORBIDDEN),
 * answers no data either time, and writes nothing: `written` reads what it could have written, before and after.
 */
export async function expectAdminOnly(
  api: TestApi,
  customerCookie: string,
  [name, query, variables]: AdminOperation,
  written: () => Promise<unknown>,
): Promise<void> {
  const before = await written();
  const anonymous = await api.graphql(query, variables);
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(anonymous.data?.[name] ?? null).toBeNull();
  const customer = await api.graphql(query, variables, { cookie: customerCookie });
  expect(customer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(customer.data?.[name] ?? null).toBeNull();
  expect(await written()).toEqual(before);
}
