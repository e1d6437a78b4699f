import type { Clock } from '../src/core/clock.js';
import { OutboxWorker, smtpTransport } from '../src/modules/notifications/index.js';
import { startTestApi, type TestApi } from './api.js';
import { testConfig } from './context.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { startSmtpPeer, type SmtpPeer } from './smtp.js';

/** A test database and HTTP API whose e-mails go through the outbox worker to a real SMTP peer. */
export type MailApi = {
  db: TestDatabase;
  api: TestApi;
  peer: SmtpPeer;
  /** Not started: tests deliver with `runOnce()`. */
  worker: OutboxWorker;
  /** Stops the worker, the peer and the API and drops the database. */
  stop: () => Promise<void>;
};

/** Starts a MailApi on `clock` (shared by the API and the worker); `beforeDelivery` as the worker's option. */
export async function startMailApi(
  clock: Clock,
  options: { beforeDelivery?: ConstructorParameters<typeof OutboxWorker>[0]['beforeDelivery'] } = {},
): Promise<MailApi> {
  const db = await createTestDatabase();
  const api = await startTestApi(db.orm, { clock });
  const peer = await startSmtpPeer();
  const worker = new OutboxWorker({
    orm: db.orm,
    transport: smtpTransport(peer.url, testConfig.mailFrom),
    clock,
    log: () => {},
    beforeDelivery: options.beforeDelivery,
  });
  return {
    db,
    api,
    peer,
    worker,
    stop: async () => {
      await worker.stop();
      await peer.stop();
      await api.stop();
      await db.drop();
    },
  };
}
