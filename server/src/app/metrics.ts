import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Registry } from 'prom-client';
import type { Config } from '../config.js';
import { graphqlMetricsPlugin } from '../core/metrics/graphql-metrics.js';
import { httpMetrics } from '../core/metrics/http-metrics.js';
import { metricsEndpoint } from '../core/metrics/metrics-endpoint.js';
import { poolMetrics } from '../core/metrics/pool-metrics.js';
import { MODULES } from './modules.js';

export const METRICS_PATH = '/metrics';

export type AppMetrics = {
  /** Apollo plugin: GraphQL timings and errors by operation. */
  graphqlPlugin: ApolloServerPlugin;
  /** First middleware: HTTP timings by route group. */
  httpMiddleware: RequestHandler;
  /** GET /metrics (token and production rules in metrics-endpoint.ts). */
  endpoint: RequestHandler;
};

/**
 * One app's metrics on a registry of its own (tests run several apps in one process): the
 * process's (CPU, memory, event loop), HTTP and GraphQL, the database pool and every module's.
 */
export function createMetrics(orm: MikroORM, config: Config, serverPaths: readonly string[]): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  for (const metric of [...poolMetrics(orm), ...MODULES.flatMap((module) => module.metrics?.(orm) ?? [])]) registry.registerMetric(metric);
  // A fixed set of route labels: the server's own prefixes, everything else is the SPA.
  const routeOf = (path: string) => serverPaths.find((prefix) => path === prefix || path.startsWith(`${prefix}/`)) ?? 'spa';
  return {
    graphqlPlugin: graphqlMetricsPlugin(registry),
    httpMiddleware: httpMetrics(registry, routeOf),
    endpoint: metricsEndpoint(registry, { token: config.metricsToken, isProduction: config.isProduction }),
  };
}
