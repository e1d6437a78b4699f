import type { MikroORM } from '@mikro-orm/postgresql';
import { Gauge, type Metric } from 'prom-client';
import { OutboxStatus } from './outbox-email.entity.js';

type QueueState = { pending: number; oldestAgeSeconds: number };

// One statement for both gauges; the (status, next_attempt_at) index keeps it to the pending rows.
const QUEUE_STATE_SQL = `select count(*)::int as pending,
  coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as oldest_age_seconds
  from outbox_email where status = ?`;

/**
 * The e-mail queue, read at scrape time: how many wait, and for how long the oldest has waited
 * (a stuck SMTP relay shows as a rising age before anyone misses an e-mail).
 */
export function outboxMetrics(orm: MikroORM): Metric[] {
  // Both gauges are collected in the same tick of a scrape: they share one query.
  let inFlight: Promise<QueueState> | null = null;
  const queueState = (): Promise<QueueState> => {
    inFlight ??= readQueueState(orm).finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
  return [
    new Gauge({
      name: 'portal_outbox_pending_emails',
      help: 'E-mails in the outbox waiting to be delivered (PENDING)',
      registers: [],
      async collect() {
        this.set((await queueState()).pending);
      },
    }),
    new Gauge({
      name: 'portal_outbox_oldest_pending_age_seconds',
      help: 'Age of the oldest PENDING e-mail in the outbox; 0 when none waits',
      registers: [],
      async collect() {
        this.set((await queueState()).oldestAgeSeconds);
      },
    }),
  ];
}

async function readQueueState(orm: MikroORM): Promise<QueueState> {
  const [row] = await orm.em.getConnection().execute<{ pending: number; oldest_age_seconds: number }[]>(QUEUE_STATE_SQL, [OutboxStatus.PENDING]);
  return { pending: row?.pending ?? 0, oldestAgeSeconds: row?.oldest_age_seconds ?? 0 };
}
