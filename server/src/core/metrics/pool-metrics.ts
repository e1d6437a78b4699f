import type { MikroORM } from '@mikro-orm/postgresql';
import { Gauge, type Metric } from 'prom-client';

/** What knex's pool (tarn) tells about itself. */
type TarnPool = { numUsed(): number; numFree(): number; numPendingAcquires(): number; numPendingCreates(): number; max: number };

/**
 * The database pool of `orm`, read at scrape time: connections in use, idle, and requests
 * waiting for one (a pool too small for the load shows here before it shows in latency).
 */
export function poolMetrics(orm: MikroORM): Metric[] {
  const pool = () => orm.em.getKnex().client.pool as TarnPool | undefined;
  const gauge = (name: string, help: string, read: (pool: TarnPool) => number) =>
    new Gauge({
      name,
      help,
      registers: [],
      collect() {
        const current = pool();
        // Before the first query and after close there is no pool: nothing in use, nothing waiting.
        this.set(current ? read(current) : 0);
      },
    });
  return [
    gauge('portal_db_pool_connections_used', 'Database connections lent out by the pool', (p) => p.numUsed()),
    gauge('portal_db_pool_connections_free', 'Idle database connections in the pool', (p) => p.numFree()),
    gauge('portal_db_pool_acquires_pending', 'Requests waiting for a database connection', (p) => p.numPendingAcquires()),
    gauge('portal_db_pool_connections_max', 'Most connections the pool opens', (p) => p.max),
  ];
}
