import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../core/clock.js';
import { log } from '../../core/log.js';
import type { MailTransport } from './mail-transport.js';
import { OutboxEmail, OutboxStatus } from './outbox-email.entity.js';
import { outboxBody } from './outbox.service.js';

/** After this many failed attempts a message is FAILED and no longer retried. */
export const MAX_ATTEMPTS = 10;

/** Wait before the next attempt, after `attempts` failures: 10 s, 20 s, 40 s… capped at 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(10_000 * 2 ** Math.max(attempts - 1, 0), 3_600_000);
}

/** The same for every attempt of a row: receivers collapse a resend after a crash into one. */
export function outboxMessageId(id: string): string {
  return `<outbox-${id}@portal>`;
}

/** A one-line, bounded description of a delivery error (never the message itself). */
function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const line = `${typeof code === 'string' ? `${code}: ` : ''}${message}`.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

export type OutboxWorkerOptions = {
  orm: MikroORM;
  transport: MailTransport;
  clock?: Clock;
  log?: (line: string) => void;
  /** Pause between polls when started. */
  pollMs?: number;
  /** At most this many messages per `runOnce`. */
  batchSize?: number;
  /** How long a claim outlives a silent claimer (see CLAIM_LEASE_MS). */
  claimLeaseMs?: number;
  /**
   * Work that queues e-mails, run at the start of each `runOnce` so they go out in the same
   * pass (e.g. issuing requested sign-in codes). Given to the worker, not imported: the outbox
   * knows nothing of the modules that use it.
   */
  beforeDelivery?: ((em: EntityManager, now: Date) => Promise<unknown>)[];
};

type Outcome = 'sent' | 'failed';

/**
 * A claim is a row lock held by the claiming transaction while it sends. A server that dies
 * loses its connection and with it the lock; one whose host vanishes without closing it would
 * hold it until TCP gives up (hours), so PostgreSQL ends a claim idle this long and another
 * server delivers the message (same Message-ID). Longer than a slow send (mail-transport's timeouts).
 */
export const CLAIM_LEASE_MS = 5 * 60_000;

/**
 * Delivers the outbox. Each message is claimed in its own transaction with
 * `FOR UPDATE SKIP LOCKED`, sent, and marked while the lock is held, so any number of workers
 * (one per app server) deliver each message once; a crash between send and commit resends
 * it with the same Message-ID, and a claimer gone silent loses its claim (CLAIM_LEASE_MS).
 */
export class OutboxWorker {
  private readonly orm: MikroORM;
  private readonly transport: MailTransport;
  private readonly clock: Clock;
  private readonly log: (line: string) => void;
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly claimLeaseMs: number;
  private readonly beforeDelivery: NonNullable<OutboxWorkerOptions['beforeDelivery']>;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private started = false;
  private warnedHeld = false;

  constructor(options: OutboxWorkerOptions) {
    this.orm = options.orm;
    this.transport = options.transport;
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? ((line) => log.info(line));
    this.pollMs = options.pollMs ?? 2_000;
    this.batchSize = options.batchSize ?? 50;
    this.claimLeaseMs = options.claimLeaseMs ?? CLAIM_LEASE_MS;
    this.beforeDelivery = options.beforeDelivery ?? [];
  }

  /** Polls every `pollMs` until `stop`. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.schedule(0);
  }

  /** Stops polling, waits for a delivery in progress, and closes the transport. */
  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    await this.running;
    this.transport.close();
  }

  /** Expires what can no longer be delivered in time, then delivers the messages due now (up to `batchSize`). */
  async runOnce(): Promise<{ sent: number; failed: number; expired: number }> {
    // A failing job is logged and skipped: it must not hold back expiry and every other e-mail.
    for (const job of this.beforeDelivery) {
      try {
        await job(this.orm.em.fork() as EntityManager, this.clock.now());
      } catch (error) {
        log.error({ err: error }, 'Outbox: a job before delivery failed');
      }
    }
    const result = { sent: 0, failed: 0, expired: await this.expireStale() };
    if (!this.transport.delivers) {
      if (!this.warnedHeld) {
        this.warnedHeld = true;
        this.log('Warning: SMTP_URL is not set, so e-mails are kept in the outbox and not delivered.');
      }
      return result;
    }
    for (let i = 0; i < this.batchSize; i++) {
      const outcome = await this.orm.em.fork().transactional((em) => this.deliverNext(em as EntityManager));
      if (!outcome) break;
      result[outcome] += 1;
    }
    return result;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.log(`Outbox worker: ${describeError(error)}`))
        .finally(() => {
          this.running = undefined;
          if (this.started) this.schedule(this.pollMs);
        });
    }, delayMs);
    // The worker alone must not keep the process alive.
    this.timer.unref();
  }

  /**
   * A sign-in e-mail whose link or code has expired is useless and misleading when it arrives
   * late: it ends EXPIRED with its body erased. One idempotent UPDATE, safe with any number of
   * workers, and run even when nothing delivers (production without SMTP), so no secret waits.
   */
  private async expireStale(): Promise<number> {
    return this.orm.em.fork().nativeUpdate(
      OutboxEmail,
      { status: OutboxStatus.PENDING, secretExpiresAt: { $lte: this.clock.now() } },
      { status: OutboxStatus.EXPIRED, sealedBody: null },
    );
  }

  private async deliverNext(em: EntityManager): Promise<Outcome | null> {
    const now = this.clock.now();
    // The claim's lease: this transaction only (SET LOCAL), ended by PostgreSQL if it idles longer.
    await em.execute(`select set_config('idle_in_transaction_session_timeout', ?, true)`, [String(this.claimLeaseMs)]);
    const message = await em.findOne(
      OutboxEmail,
      {
        status: OutboxStatus.PENDING,
        nextAttemptAt: { $lte: now },
        $or: [{ secretExpiresAt: null }, { secretExpiresAt: { $gt: now } }],
      },
      { orderBy: { nextAttemptAt: 'asc', id: 'asc' }, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
    if (!message) return null;
    try {
      await this.transport.send({ messageId: outboxMessageId(message.id), to: message.to, ...outboxBody(message) });
    } catch (error) {
      message.attempts += 1;
      message.lastError = describeError(error);
      if (message.attempts >= MAX_ATTEMPTS) {
        message.status = OutboxStatus.FAILED;
        message.sealedBody = null;
        this.log(`Outbox: gave up on e-mail ${message.id} after ${message.attempts} attempts: ${message.lastError}`);
      } else {
        message.nextAttemptAt = new Date(this.clock.now().getTime() + retryDelayMs(message.attempts));
        this.log(`Outbox: e-mail ${message.id} not delivered (attempt ${message.attempts}), will retry: ${message.lastError}`);
      }
      return 'failed';
    }
    message.status = OutboxStatus.SENT;
    message.sentAt = this.clock.now();
    message.lastError = null;
    // Links and codes must not outlive the delivery in the database.
    message.sealedBody = null;
    return 'sent';
  }
}
