import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler, Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { IMiddlewareTypeMap } from 'graphql-middleware';
import type { Metric } from 'prom-client';
import type { AppDeps, Context } from './context.js';
import type { RuleTree } from './permissions/rules.js';
import type { FileStorage } from './storage/file-storage.js';

/** What a module's HTTP routes get: the request context and the one document storage. */
export type RouteDeps = AppDeps & { storage: FileStorage };

/**
 * One module's parts, declared in its own `index.ts`; app/modules.ts lists the modules once and
 * the composition root builds the ORM config, the schema, the shield and the routers from these.
 */
export type ModuleDescriptor = {
  name: string;
  entities?: EntityClass<any>[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers?: Function[];
  /** Every field the resolvers add needs a rule here (test/rule-coverage.test.ts). */
  rules?: RuleTree[];
  /** graphql-middleware applied before the shield (e.g. the read-only "act as" guard). */
  graphqlMiddleware?: (schema: GraphQLSchema) => IMiddlewareTypeMap<unknown, Context>;
  /** Express routers (downloads, uploads, calendars), mounted after /graphql. */
  routers?: (deps: RouteDeps) => Router[];
  /** Run on every POST under /uploads before any module's upload router reads a body. */
  uploadGuards?: (deps: AppDeps) => RequestHandler[];
  /** Deletes expired rows; idempotent and time-bounded, run about hourly; returns rows deleted. */
  purges?: ((em: EntityManager, now: Date) => Promise<number>)[];
  /** Prometheus metrics served at /metrics (app/metrics.ts registers them; gauges read `orm` at scrape time). */
  metrics?: (orm: MikroORM) => Metric[];
};
