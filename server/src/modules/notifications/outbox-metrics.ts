import type { MikroORM } from '@mikro-orm/postgresql';
import { Gauge, type Metric } from 'prom-client';
import { OutboxStatus } from './outbox-email.entity.js';

type QueueState = { pending: number; oldestAgeSeconds: number };

// One statement for both gauges; the (status, next_attempt_at) index keeps it to the pending rows.
const QUEUE_STATE_SQL = `select count(*)::int as pending,
  coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as oldest_age_seconds
  from outbox_email where status = ?`;

/** A scrape waits this long for the queue's state, then answers without it. */
const READ_TIMEOUT_MS = 2_000;

/**
 * The e-mail queue, read at scrape time: how many wait, and for how long the oldest has waited
 * (a stuck SMTP relay shows as a rising age before anyone misses an e-mail). When the database
 * does not answer, the scrape still succeeds: the two gauges keep their last values and
 * portal_outbox_state_ok reads 0, so every other metric stays visible during the outage.
 */
export function outboxMetrics(orm: MikroORM): Metric[] {
  // The gauges are collected in the same tick of a scrape: they share one query.
  let inFlight: Promise<QueueState | null> | null = null;
  const queueState = (): Promise<QueueState | null> => {
    inFlight ??= withTimeout(readQueueState(orm), READ_TIMEOUT_MS)
      .catch(() => null)
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
  // A gauge of one figure of the queue's state; it keeps its last value when the state cannot be read.
  const queueGauge = (name: string, help: string, figure: keyof QueueState): Gauge =>
    new Gauge({
      name,
      help,
      registers: [],
      async collect() {
        const state = await queueState();
        if (state) this.set(state[figure]);
      },
    });
  return [
    new Gauge({
      name: 'portal_outbox_state_ok',
      help: '1 when this scrape read the outbox state from the database, 0 when it could not (the outbox gauges keep their last values)',
      registers: [],
      async collect() {
        this.set((await queueState()) ? 1 : 0);
      },
    }),
    queueGauge('portal_outbox_pending_emails', 'E-mails in the outbox waiting to be delivered (PENDING)', 'pending'),
    queueGauge('portal_outbox_oldest_pending_age_seconds', 'Age of the oldest PENDING e-mail in the outbox; 0 when none waits', 'oldestAgeSeconds'),
  ];
}

async function readQueueState(orm: MikroORM): Promise<QueueState> {
  const [row] = await orm.em.getConnection().execute<{ pending: number; oldest_age_seconds: number }[]>(QUEUE_STATE_SQL, [OutboxStatus.PENDING]);
  return { pending: row?.pending ?? 0, oldestAgeSeconds: row?.oldest_age_seconds ?? 0 };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
