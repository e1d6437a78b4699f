import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createHttpApp } from '../src/app/http.js';
import { createSchema } from '../src/app/schema.js';
import { loadConfig } from '../src/config.js';

export type GraphQLResponse<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
};

export type TestApi = {
  url: string;
  graphql: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;
  stop: () => Promise<void>;
};

/** The real HTTP app (Express + Apollo) on a loopback port, over the test file's database. */
export async function startTestApi(orm: MikroORM, env: Record<string, string> = {}): Promise<TestApi> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/portal-test-unused', ...env });
  const http = await createHttpApp({ orm, schema: await createSchema(), config });
  const server = http.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    graphql: async (query, variables) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as never;
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await http.stop();
    },
  };
}
