import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import { ruruHTML } from 'ruru/server';
import { serveStatic as serveRuruAssets } from 'ruru/static';
import type { Config } from '../config.js';
import { formatError, maskInternalError } from '../core/graphql/format-error.js';
import { accessLog } from '../core/http/access-log.js';
import { log } from '../core/log.js';
import { assignRequestId } from '../core/request-context.js';
import { systemClock, type Clock } from '../core/clock.js';
import { inputGuardPlugin } from '../core/graphql/input-guard.js';
import { readYourWritesPlugin } from '../core/db/read-routing.js';
import { viewerTransactionPlugin } from '../core/db/viewer-scope.js';
import { refuseOversizedDocument } from '../core/permissions/document-size.js';
import { queryLimits } from '../core/permissions/query-limits.js';
import { spaFiles } from '../core/http/static-files.js';
import { createFileStorage } from '../core/storage/create-file-storage.js';
import type { FileStorage } from '../core/storage/file-storage.js';
import type { Context } from '../core/context.js';
import { FILES_PATH } from '../modules/documents/document-download.js';
import { routeDeps } from './context.js';
import { MODULES } from './modules.js';
import { answerErrors } from './error-handler.js';
import { createMetrics, METRICS_PATH } from './metrics.js';
import { refuseCrossSiteRequests } from './cross-site.js';
import { securityHeaders } from './security-headers.js';

/** Offline API explorer (ruru, assets bundled in the package): Apollo Sandbox needs Apollo's CDN. */
export const EXPLORER_PATH = '/explorer';
const SERVER_PATHS = ['/graphql', '/healthz', '/readyz', '/files', '/uploads', '/installations', EXPLORER_PATH, METRICS_PATH];

export type HttpApp = { app: Express; stop: () => Promise<void> };

export async function createHttpApp(options: {
  orm: MikroORM;
  schema: GraphQLSchema;
  config: Config;
  clock?: Clock;
  /** Where document bytes are read from; default: the one STORAGE_URL names (createFileStorage). */
  storage?: FileStorage;
}): Promise<HttpApp> {
  const { orm, schema, config } = options;
  const deps = routeDeps({ orm, config, clock: options.clock ?? systemClock });
  // One storage for every route that reads or writes document bytes.
  const storage = options.storage ?? createFileStorage(config);
  const limits = queryLimits(config);
  const metrics = createMetrics(orm, config, SERVER_PATHS);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.isProduction,
    // JSON arrays of operations are refused with HTTP 400 (one operation per request).
    allowBatchedHttpRequests: false,
    // Every document that runs is sent in full, so the size bound sees it for this viewer
    // (a hash registered by a signed-in caller would otherwise skip it when sent signed out).
    persistedQueries: false,
    // main.ts owns shutdown (HTTP, outbox, database in order); Apollo must not race it.
    stopOnTerminationSignals: false,
    // Never, not even in development: stacks and SQL go to the log (maskInternalError).
    includeStacktraceInErrorResponses: false,
    logger: log,
    // The full detail goes to the log under the answer's reference (never the operation's
    // variables: log.ts censors them).
    formatError: (formatted, error) => maskInternalError(formatError(formatted, error), error, (message, detail) => log.error({ err: detail }, message)),
    // Aliases, depth, cost, tokens, directives: rejected before any resolver runs (query-limits.ts).
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      metrics.graphqlPlugin,
      ...limits.plugins,
      // NUL bytes, lone surrogates and huge strings in any argument: BAD_USER_INPUT before execution.
      inputGuardPlugin(),
      // A mutation's reads, and its viewer's next ones, go to the primary (core/db/read-routing.ts).
      readYourWritesPlugin(),
      // A customer's transaction (role and scope) commits before the answer goes out (core/db/viewer-scope.ts).
      viewerTransactionPlugin(),
      // Answers are private and never cached by hints; the default cache-control plugin would
      // wrap every field's resolver (willResolveField) to collect hints nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      config.isProduction
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: true }),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // Before anything else, so every log line and SQL statement of the request names it.
  app.use(assignRequestId(), metrics.httpMiddleware);
  if (config.logRequests) app.use(accessLog(log, ['/healthz', '/readyz']));
  // The explorer's page is the same on every request: built once, its inline scripts hashed for the CSP.
  const explorerStaticPath = `${EXPLORER_PATH}/static/`;
  const explorerHtml = ruruHTML({ endpoint: '/graphql', staticPath: explorerStaticPath });
  app.use(securityHeaders(config, { explorerPath: EXPLORER_PATH, explorerHtml, graphqlPath: '/graphql', filesPath: FILES_PATH }));

  // Liveness: the process serves HTTP. A lost database must not get a healthy process restarted.
  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  // Readiness: send traffic here only while the database answers (the balancer's check).
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.status(200).json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.get(METRICS_PATH, metrics.endpoint);

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const context = await deps.contextOf(req, res);
        // Before Apollo parses and validates: the size bound depends on the viewer (document-size.ts).
        refuseOversizedDocument(req.method === 'GET' ? req.query.query : req.body?.query, context.viewer !== null, limits.parseOptions);
        return context;
      },
    }),
  );

  app.use('/uploads', refuseCrossSiteRequests(config), ...MODULES.flatMap((module) => module.uploadGuards?.(deps) ?? []));
  for (const router of MODULES.flatMap((module) => module.routers?.({ ...deps, storage }) ?? [])) app.use(router);

  if (!config.isProduction) {
    app.use(serveRuruAssets(explorerStaticPath));
    app.get(EXPLORER_PATH, (_req, res) => {
      res.type('html').send(explorerHtml);
    });
  }

  serveSpa(app, config);
  app.use(answerErrors(log));

  return { app, stop: () => apollo.stop() };
}

/** The built SPA (core/http/static-files.ts), with every other GET answered by index.html so deep links survive a reload. */
function serveSpa(app: Express, config: Config): void {
  app.use(
    spaFiles({
      root: config.clientDist,
      serveSourceMaps: !config.isProduction,
      isServerPath: (urlPath) => SERVER_PATHS.some((prefix) => urlPath === prefix || urlPath.startsWith(`${prefix}/`)),
    }),
  );
}
