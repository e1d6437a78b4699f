import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createHttpApp, EXPLORER_PATH } from './app/http.js';
import { startPeriodicPurge } from './app/periodic-purge.js';
import { createSchema } from './app/schema.js';
import { displayHost, loadConfig } from './config.js';
import { openDatabase } from './core/db/database.js';
import { resolveSecretKey, useSecretKey } from './core/secrets.js';
import { DEMO_PASSWORD, DEMO_USERS } from './modules/users/demo-users.js';
import { createMailTransport, mailDirectory } from './modules/notifications/mail-transport.js';
import { OutboxWorker } from './modules/notifications/outbox-worker.js';
import { issueRequestedSignInCodes } from './modules/auth/sign-in-code.service.js';

const config = loadConfig();
const secretKey = resolveSecretKey(config.secretKey, config.dataDir);
useSecretKey(secretKey.key);
if (!config.secretKey) console.log(`SECRET_KEY is unset: using the key kept in ${secretKey.source}.`);
const db = await openDatabase(config);
const outbox = new OutboxWorker({
  orm: db.orm,
  transport: createMailTransport(config, console.log),
  beforeDelivery: [issueRequestedSignInCodes],
});
outbox.start();
const stopPurge = startPeriodicPurge(db.orm);
let http: Awaited<ReturnType<typeof createHttpApp>>;
let server: ReturnType<typeof http.app.listen>;
try {
  if (config.benchDisablePermissions) console.warn('BENCH_DISABLE_PERMISSIONS: graphql-shield is OFF (bench database only).');
  http = await createHttpApp({ orm: db.orm, schema: await createSchema({ permissions: !config.benchDisablePermissions }), config });
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
console.log(`\nThe customer portal is running at ${base}/`);
if (!config.isProduction) {
  console.log(`  GraphQL API and Apollo Sandbox: ${base}/graphql`);
  console.log(`  Offline API explorer:           ${base}${EXPLORER_PATH}`);
}
if (config.seedDemoData) {
  console.log(`\nSign in with any demo account, password ${DEMO_PASSWORD}:`);
  for (const user of DEMO_USERS) console.log(`  ${user.email.padEnd(26)} ${user.description}`);
}
if (!config.smtpUrl && !config.isProduction) {
  console.log(`\nSMTP_URL is unset: e-mails are written as .eml files to ${mailDirectory(config.dataDir)} instead of sent.`);
}
console.log('\nPress Ctrl-C to stop.');

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  // Let requests in flight finish (a redeemed link must also get its session), then force.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), 10_000);
  await closed;
  clearTimeout(force);
  await http.stop();
  stopPurge();
  await outbox.stop();
  await db.close();
  console.log('Stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
