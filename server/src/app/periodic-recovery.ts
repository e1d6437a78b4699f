import type { MikroORM } from '@mikro-orm/postgresql';
import { log } from '../core/log.js';
import { failInterruptedImports } from '../modules/imports/index.js';

/**
 * Every `intervalMs` (a minute), on every app server: import jobs whose server died mid-import
 * become FAILED (INTERRUPTED) while the other servers run on, not only at the next start. Safe
 * with any number of servers: a job is RUNNING exactly while its importer holds its lock.
 * Returns stop, which waits for a pass in progress.
 */
export function startPeriodicRecovery(orm: MikroORM, options: { intervalMs?: number } = {}): () => Promise<void> {
  let inFlight: Promise<unknown> | null = null;
  const every = setInterval(() => {
    if (inFlight) return; // a slow pass is never run twice at once
    inFlight = failInterruptedImports(orm)
      .then(
        (failed) => failed > 0 && log.info(`Marked ${failed} interrupted import job(s) FAILED.`),
        (error: unknown) => log.error({ err: error }, 'Recovery of interrupted imports failed'),
      )
      .finally(() => (inFlight = null));
  }, options.intervalMs ?? 60_000);
  // The recovery alone must not keep the process alive.
  every.unref();
  return async () => {
    clearInterval(every);
    await inFlight;
  };
}
