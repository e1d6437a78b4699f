import type { MikroORM } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../core/clock.js';
import { log } from '../core/log.js';
import { MODULES } from './modules.js';

/** Every module's purge of expired rows, in one pass; each is an idempotent, time-bounded DELETE. */
export async function purgeExpiredRows(orm: MikroORM, now: Date): Promise<number> {
  const em = orm.em.fork();
  let deleted = 0;
  for (const purge of MODULES.flatMap((module) => module.purges ?? [])) deleted += await purge(em, now);
  return deleted;
}

/**
 * Runs `purgeExpiredRows` soon after start and then every `intervalMs` (an hour). Every app
 * server runs its own: the deletes are idempotent, so no coordination is needed. Returns stop.
 */
export function startPeriodicPurge(
  orm: MikroORM,
  options: { intervalMs?: number; clock?: Clock } = {},
): () => Promise<void> {
  const clock = options.clock ?? systemClock;
  let inFlight: Promise<unknown> = Promise.resolve();
  const run = () => {
    inFlight = purgeExpiredRows(orm, clock.now()).catch((error: unknown) => log.error({ err: error }, 'Purge of expired rows failed'));
  };
  const first = setTimeout(run, 60_000);
  const every = setInterval(run, options.intervalMs ?? 3_600_000);
  // The purge alone must not keep the process alive.
  first.unref();
  every.unref();
  // Stopping waits for a purge in progress: the database closes after it, not under it.
  return async () => {
    clearTimeout(first);
    clearInterval(every);
    await inFlight;
  };
}
