import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ImportKind } from './import-formats.js';
import { ImportSession, type SessionResult, type SupplyPointIndex } from './import-session.js';

/**
 * The database half of an import, on one raw connection and one transaction:
 *
 *   begin → temp staging table → COPY the rows while the file streams in (ImportSession) →
 *   one set-based INSERT … SELECT … ON CONFLICT DO UPDATE into the target → commit
 *
 * (a plain INSERT … SELECT when an index probe per supply point shows the target has no row in
 * the file's time ranges: the usual case of new data, without the cost of speculative insertion)
 *
 * or rollback when the file is refused (a file error, or any row error without
 * `validRowsOnly`): nothing half-imported. The upsert on the target's primary key makes a
 * re-import of the same file leave the same rows (idempotent). The staging table is a temp
 * table (no WAL, dropped at commit/rollback) without indexes, so COPY runs at full speed.
 */

export type ImportOutcome = SessionResult & { rowsImported: number; committed: boolean };

const CURVE_STAGE = `create temp table import_stage (
  supply_point_id uuid not null, start_epoch bigint not null, kwh numeric(12,3) not null, estimated boolean not null,
  surplus_kwh numeric(12,3), generated_kwh numeric(12,3), self_consumed_kwh numeric(12,3)
) on commit drop`;
const CURVE_COPY = 'copy import_stage (supply_point_id, start_epoch, kwh, estimated, surplus_kwh, generated_kwh, self_consumed_kwh) from stdin';

const PRICE_STAGE = `create temp table import_stage (
  start_epoch bigint not null, interval_minutes smallint not null, price_pt numeric(10,2) not null, price_es numeric(10,2) not null
) on commit drop`;
const PRICE_COPY = 'copy import_stage (start_epoch, interval_minutes, price_pt, price_es) from stdin';

// Sorted by the target's key: index pages are then touched in order.
const CNMC_UPSERT = `insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated)
  select supply_point_id, to_timestamp(start_epoch), 60, kwh, estimated from import_stage order by 1, 2
  on conflict (supply_point_id, start) do update
  set interval_minutes = excluded.interval_minutes, kwh = excluded.kwh, estimated = excluded.estimated`;

const DATADIS_UPSERT = `insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated, surplus_kwh, generated_kwh, self_consumed_kwh)
  select supply_point_id, to_timestamp(start_epoch), 60, kwh, estimated, surplus_kwh, generated_kwh, self_consumed_kwh from import_stage order by 1, 2
  on conflict (supply_point_id, start) do update
  set interval_minutes = excluded.interval_minutes, kwh = excluded.kwh, estimated = excluded.estimated,
      surplus_kwh = excluded.surplus_kwh, generated_kwh = excluded.generated_kwh, self_consumed_kwh = excluded.self_consumed_kwh`;

const PRICE_UPSERT = `insert into market_price (start, interval_minutes, price_pt, price_es)
  select to_timestamp(start_epoch), interval_minutes, price_pt, price_es from import_stage order by 1
  on conflict (start) do update
  set interval_minutes = excluded.interval_minutes, price_pt = excluded.price_pt, price_es = excluded.price_es`;

const UPSERT: Record<ImportKind, string> = { CNMC: CNMC_UPSERT, DATADIS: DATADIS_UPSERT, OMIE: PRICE_UPSERT };

/** The same INSERT without ON CONFLICT: for a file whose intervals are all new (no speculative insertion). */
function plainInsert(kind: ImportKind): string {
  return UPSERT[kind].slice(0, UPSERT[kind].indexOf('\n  on conflict'));
}

/**
 * Whether the target already has a row inside one of the file's ranges (per supply point, or
 * overall for prices): a handful of index probes. False lets the rows go in with a plain INSERT.
 */
async function targetHasRowsIn(conn: pg.ClientBase, kind: ImportKind, ranges: SessionResult['ranges']): Promise<boolean> {
  if (kind === 'OMIE') {
    const range = ranges.get('');
    if (!range) return false;
    const { rows } = await conn.query<{ found: boolean }>(
      'select exists (select 1 from market_price where start between to_timestamp($1) and to_timestamp($2)) as found',
      [range.fromMs / 1000, range.toMs / 1000],
    );
    return rows[0]!.found;
  }
  const ids: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (const [id, range] of ranges) {
    ids.push(id);
    from.push(range.fromMs / 1000);
    to.push(range.toMs / 1000);
  }
  const { rows } = await conn.query<{ found: boolean }>(
    `select exists (
       select 1 from unnest($1::uuid[], $2::bigint[], $3::bigint[]) as r (id, from_epoch, to_epoch)
       where exists (select 1 from measurement m where m.supply_point_id = r.id and m.start between to_timestamp(r.from_epoch) and to_timestamp(r.to_epoch))
     ) as found`,
    [ids, from, to],
  );
  return rows[0]!.found;
}

/**
 * Writes the staged rows: a plain INSERT when the target has nothing in the file's ranges, else
 * (or when another import got there first: unique violation) the upsert. Returns the rows written.
 */
async function writeStaged(conn: pg.ClientBase, kind: ImportKind, ranges: SessionResult['ranges']): Promise<number> {
  if (!(await targetHasRowsIn(conn, kind, ranges))) {
    await conn.query('savepoint import_fast_path');
    try {
      const inserted = await conn.query(plainInsert(kind));
      await conn.query('release savepoint import_fast_path');
      return inserted.rowCount ?? 0;
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      await conn.query('rollback to savepoint import_fast_path');
    }
  }
  const upserted = await conn.query(UPSERT[kind]);
  return upserted.rowCount ?? 0;
}

/** Every supply point by CUPS (and by its 20-character base when it has a border point). */
export async function loadSupplyPointIndex(conn: pg.ClientBase): Promise<SupplyPointIndex> {
  const { rows } = await conn.query<{ id: string; cups: string }>('select id, cups from supply_point order by cups');
  const index: SupplyPointIndex = new Map();
  rows.forEach((row, series) => {
    const cups = row.cups.toUpperCase();
    index.set(cups, { series, id: row.id });
    if (cups.length === 22 && !index.has(cups.slice(0, 20))) index.set(cups.slice(0, 20), { series, id: row.id });
  });
  return index;
}

/**
 * Imports `source` (the file's bytes) of `kind` on `conn` (not in a transaction). Resolves with
 * the counts and errors; rejects when the stream or the database fails (rolled back).
 */
export async function importStream(
  conn: pg.ClientBase,
  kind: ImportKind,
  source: Readable,
  options: { validRowsOnly: boolean },
): Promise<ImportOutcome> {
  await conn.query('begin');
  try {
    const supplyPoints = kind === 'OMIE' ? new Map() : await loadSupplyPointIndex(conn);
    await conn.query(kind === 'OMIE' ? PRICE_STAGE : CURVE_STAGE);
    const session = new ImportSession(kind, supplyPoints);
    await pipeline(source, session, conn.query(copyFrom(kind === 'OMIE' ? PRICE_COPY : CURVE_COPY)));
    const result = session.outcome;
    const refused = result.fileError !== null || (result.errorCount > 0 && !options.validRowsOnly) || result.rowsAccepted === 0;
    if (refused) {
      await conn.query('rollback');
      return { ...result, rowsImported: 0, committed: false };
    }
    const rowsImported = await writeStaged(conn, kind, result.ranges);
    await conn.query('commit');
    return { ...result, rowsImported, committed: true };
  } catch (error) {
    await conn.query('rollback').catch(() => undefined);
    throw error;
  }
}

/** Runs `work` on a raw pg connection of the ORM's pool. */
export async function withRawConnection<T>(em: EntityManager, work: (conn: pg.ClientBase) => Promise<T>): Promise<T> {
  const knex = em.getKnex();
  const conn = (await knex.client.acquireConnection()) as pg.ClientBase;
  try {
    return await work(conn);
  } finally {
    await knex.client.releaseConnection(conn);
  }
}
