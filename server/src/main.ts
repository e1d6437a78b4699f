import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createHttpApp, EXPLORER_PATH } from './app/http.js';
import { ENTITIES } from './app/orm-config.js';
import { startPeriodicPurge } from './app/periodic-purge.js';
import { startPeriodicRecovery } from './app/periodic-recovery.js';
import { createSchema } from './app/schema.js';
import { displayHost, loadConfig } from './config.js';
import { openDatabase, type Database } from './core/db/database.js';
import { log } from './core/log.js';
import { createFileStorage } from './core/storage/create-file-storage.js';
import { LocalDiskStorage } from './core/storage/file-storage.js';
import { failInterruptedImports } from './modules/imports/import-job-lifecycle.js';
import { resolveSecretKey, useSecretKey } from './core/secrets.js';
import { createMailTransport, mailDirectory } from './modules/notifications/mail-transport.js';
import { OutboxWorker } from './modules/notifications/outbox-worker.js';
import { issueRequestedSignInCodes } from './modules/auth/sign-in-code.service.js';

const config = loadConfig();
const secretKey = resolveSecretKey(config.secretKey, config.dataDir);
useSecretKey(secretKey.key);
if (!config.secretKey) log.info(`SECRET_KEY is unset: using the key kept in ${secretKey.source}.`);
// Demo data is loaded only when seeding (the default outside production): production never loads demo/.
const demo = config.seedDemoData ? await import('./demo/seed-demo.js') : null;
// One storage for the whole process: the routes and the demo seed write to the same place.
const storage = createFileStorage(config);
/** The database, with what a crash (kill -9, power loss) of this or another server left unfinished cleared: safe with several servers running. */
async function openAndRecover(): Promise<Database> {
  const logLine = (line: string) => log.info(line);
  const opened = await openDatabase(config, {
    entities: ENTITIES,
    log: logLine,
    seed: demo ? (orm) => demo.seedDemo(orm, { storage, log: logLine }) : undefined,
  });
  try {
    const interrupted = await failInterruptedImports(opened.orm);
    if (interrupted > 0) log.info(`Marked ${interrupted} interrupted import job(s) FAILED.`);
    // Only the local disk has partial files; an interrupted S3 upload is aborted, or expired by the bucket's lifecycle rule.
    const leftovers = storage instanceof LocalDiskStorage ? await storage.removeLeftoverPartials() : 0;
    if (leftovers > 0) log.info(`Removed ${leftovers} partial upload file(s) left by a stopped server.`);
    return opened;
  } catch (error) {
    await opened.close(); // never leave the embedded PostgreSQL running behind us
    throw error;
  }
}
const db = await openAndRecover().catch((error: unknown) => {
  // A start that cannot get its database says why in one message (not "Uncaught …"), and fails.
  log.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const outbox = new OutboxWorker({
  orm: db.orm,
  transport: createMailTransport(config, (line) => log.info(line)),
  beforeDelivery: [issueRequestedSignInCodes],
});
outbox.start();
const stopPurge = startPeriodicPurge(db.orm);
const stopRecovery = startPeriodicRecovery(db.orm);
let http: Awaited<ReturnType<typeof createHttpApp>>;
let server: ReturnType<typeof http.app.listen>;
try {
  if (config.benchDisablePermissions) log.warn('BENCH_DISABLE_PERMISSIONS: graphql-shield is OFF (bench database only).');
  http = await createHttpApp({ orm: db.orm, schema: await createSchema({ permissions: !config.benchDisablePermissions }), config, storage });
  server = http.app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
} catch (error) {
  // E.g. the port is taken: never leave the embedded PostgreSQL running behind us.
  await outbox.stop();
  await db.close();
  throw error;
}

const { port } = server.address() as AddressInfo;
const base = `http://${displayHost(config.host)}:${port}`;
// Outside production the banner is for the person who ran `pnpm start`: plain text, not a log entry.
const banner = (line: string) => void process.stdout.write(`${line}\n`);
if (config.isProduction) {
  log.info(`The customer portal is running at ${base}/`);
} else {
  banner(`\nThe customer portal is running at ${base}/`);
  banner(`  GraphQL API and Apollo Sandbox: ${base}/graphql`);
  banner(`  Offline API explorer:           ${base}${EXPLORER_PATH}`);
  if (demo) {
    banner(`\nSign in with any demo account, password ${demo.DEMO_PASSWORD}:`);
    for (const user of demo.DEMO_USERS) banner(`  ${user.email.padEnd(26)} ${user.description}`);
  }
  if (!config.smtpUrl) banner(`\nSMTP_URL is unset: e-mails are written as .eml files to ${mailDirectory(config.dataDir)} instead of sent.`);
  banner('\nPress Ctrl-C to stop.');
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: stopping…`);
  // Let requests in flight finish (a redeemed link must also get its session), then force.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), 10_000);
  await closed;
  clearTimeout(force);
  await http.stop();
  await stopPurge();
  await stopRecovery();
  await outbox.stop();
  await db.close();
  log.info('Stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
