import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ImportKind } from './import-formats.js';
import type { ImportBatch, SeriesRange } from './import-session.js';

/**
 * The write half of an import: batches of COPY rows (ImportSession) into the target table, on the
 * import's connection and inside its transaction. writeBatch is the one place rows reach the
 * target. The daily rollup (measurement_day) follows in the same statements, by measurement's
 * statement triggers (migration 20261208040400).
 */

const CURVE_COLUMNS = 'supply_point_id, start, interval_minutes, kwh, estimated, surplus_kwh, generated_kwh, self_consumed_kwh';
const CURVE_STAGE = `create temp table import_stage (
  supply_point_id uuid not null, start timestamptz not null, interval_minutes smallint not null, kwh numeric(12,3) not null,
  estimated boolean not null, surplus_kwh numeric(12,3), generated_kwh numeric(12,3), self_consumed_kwh numeric(12,3)
) on commit drop`;

const PRICE_COLUMNS = 'start, interval_minutes, price_pt, price_es';
const PRICE_STAGE = `create temp table import_stage (
  start timestamptz not null, interval_minutes smallint not null, price_pt numeric(10,2) not null, price_es numeric(10,2) not null
) on commit drop`;

export const IMPORT_TARGET: Record<ImportKind, string> = { CNMC: 'measurement', DATADIS: 'measurement', OMIE: 'market_price' };
// Curve batches are binary COPY (copy-binary.ts), price batches text.
const copyInto = (table: string, kind: ImportKind) =>
  kind === 'OMIE' ? `copy ${table} (${PRICE_COLUMNS}) from stdin` : `copy ${table} (${CURVE_COLUMNS}) from stdin (format binary)`;

// Sorted by the target's key: index pages are then touched in order. A file without surplus or
// generation columns (CNMC, consumption-only Datadis) says nothing of them: a re-import keeps them.
const CONSUMPTION_UPSERT = `insert into measurement (supply_point_id, start, interval_minutes, kwh, estimated)
  select supply_point_id, start, interval_minutes, kwh, estimated from import_stage order by 1, 2
  on conflict (supply_point_id, start) do update
  set interval_minutes = excluded.interval_minutes, kwh = excluded.kwh, estimated = excluded.estimated`;

const SOLAR_UPSERT = `insert into measurement (${CURVE_COLUMNS})
  select ${CURVE_COLUMNS} from import_stage order by 1, 2
  on conflict (supply_point_id, start) do update
  set interval_minutes = excluded.interval_minutes, kwh = excluded.kwh, estimated = excluded.estimated,
      surplus_kwh = excluded.surplus_kwh, generated_kwh = excluded.generated_kwh, self_consumed_kwh = excluded.self_consumed_kwh`;

// A customer's file never overwrites what is stored (the distributor's readings): it adds missing
// intervals and fills only empty solar columns. Rows it leaves as they were are not counted.
const CUSTOMER_UPSERT = `insert into measurement (${CURVE_COLUMNS})
  select ${CURVE_COLUMNS} from import_stage order by 1, 2
  on conflict (supply_point_id, start) do update
  set surplus_kwh = coalesce(measurement.surplus_kwh, excluded.surplus_kwh),
      generated_kwh = coalesce(measurement.generated_kwh, excluded.generated_kwh),
      self_consumed_kwh = coalesce(measurement.self_consumed_kwh, excluded.self_consumed_kwh)
  where (measurement.surplus_kwh is null and excluded.surplus_kwh is not null)
     or (measurement.generated_kwh is null and excluded.generated_kwh is not null)
     or (measurement.self_consumed_kwh is null and excluded.self_consumed_kwh is not null)`;

const PRICE_UPSERT = `insert into market_price (${PRICE_COLUMNS})
  select ${PRICE_COLUMNS} from import_stage order by 1
  on conflict (start) do update
  set interval_minutes = excluded.interval_minutes, price_pt = excluded.price_pt, price_es = excluded.price_es`;

/** Who is importing: a customer's upload may only add (CUSTOMER_UPSERT). */
export type WriteOptions = { customer: boolean };

/** The statement that writes a staged batch over existing rows: by who imports and what the file's columns carry. */
function upsertFor(kind: ImportKind, batch: ImportBatch, options: WriteOptions): string {
  if (kind === 'OMIE') return PRICE_UPSERT;
  if (options.customer) return CUSTOMER_UPSERT;
  return batch.solar ? SOLAR_UPSERT : CONSUMPTION_UPSERT;
}

async function copyText(conn: pg.ClientBase, statement: string, data: Buffer): Promise<void> {
  const copy = conn.query(copyFrom(statement));
  copy.end(data);
  await finished(copy);
}

/**
 * Whether the target already has a row inside one of the batch's ranges (per supply point, or
 * overall for prices): a handful of index probes. False lets the rows go in with a plain INSERT.
 */
async function targetHasRowsIn(conn: pg.ClientBase, kind: ImportKind, ranges: readonly SeriesRange[]): Promise<boolean> {
  if (kind === 'OMIE') {
    const range = ranges[0];
    if (!range) return false;
    const { rows } = await conn.query<{ found: boolean }>(
      'select exists (select 1 from market_price where start between to_timestamp($1) and to_timestamp($2)) as found',
      [range.fromMs / 1000, range.toMs / 1000],
    );
    return rows[0]!.found;
  }
  const { rows } = await conn.query<{ found: boolean }>(
    `select exists (
       select 1 from unnest($1::uuid[], $2::bigint[], $3::bigint[]) as r (id, from_epoch, to_epoch)
       where exists (select 1 from measurement m where m.supply_point_id = r.id and m.start between to_timestamp(r.from_epoch) and to_timestamp(r.to_epoch))
     ) as found`,
    [ranges.map((r) => r.id), ranges.map((r) => r.fromMs / 1000), ranges.map((r) => r.toMs / 1000)],
  );
  return rows[0]!.found;
}

/**
 * measurement's foreign key to supply_point is checked by a row trigger: one lookup per row,
 * more than half of the INSERT's time. The session already resolved every CUPS to an id, so the
 * writer checks each supply point once instead (lockSupplyPoints) and inserts with
 * session_replication_role = replica, which skips the row triggers. That is only equivalent when
 * the role may set it and that foreign key is the only trigger-backed thing on measurement: no
 * other foreign key from or to it, no rule, no trigger that replica would skip or add (ENABLE
 * ALWAYS ones, the daily rollup's, fire either way; disabled ones never). Otherwise the triggers stay on.
 */
async function mayBypassForeignKeyTriggers(conn: pg.ClientBase): Promise<boolean> {
  const { rows } = await conn.query<{ allowed: boolean }>(
    `select has_parameter_privilege('session_replication_role', 'SET')
       and not exists (select 1 from pg_trigger where tgrelid = 'measurement'::regclass and not tgisinternal and tgenabled in ('O', 'R'))
       and not exists (select 1 from pg_rewrite where ev_class = 'measurement'::regclass)
       and array(select conname::text from pg_constraint
                 where contype = 'f' and (conrelid = 'measurement'::regclass or confrelid = 'measurement'::regclass))
           = array['measurement_supply_point_id_foreign'] as allowed`,
  );
  return rows[0]!.allowed;
}

/**
 * What the foreign key trigger does per row, once per supply point: the rows must exist and are
 * locked FOR KEY SHARE until commit, so no one deletes them or changes their id meanwhile.
 * False when one is gone (deleted since the index was read).
 */
async function lockSupplyPoints(conn: pg.ClientBase, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return true;
  const { rowCount } = await conn.query('select 1 from supply_point where id = any($1::uuid[]) for key share', [ids]);
  return rowCount === ids.length;
}

/** Writes one batch: straight into the target when it has nothing there yet, else through the upsert. Returns the rows written. */
export async function writeBatch(conn: pg.ClientBase, kind: ImportKind, batch: ImportBatch, options: WriteOptions): Promise<number> {
  if (!(await targetHasRowsIn(conn, kind, batch.ranges))) {
    await conn.query('savepoint import_fast_path');
    try {
      await copyText(conn, copyInto(IMPORT_TARGET[kind], kind), batch.data);
      await conn.query('release savepoint import_fast_path');
      return batch.rows;
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      await conn.query('rollback to savepoint import_fast_path');
    }
  }
  await copyText(conn, copyInto('import_stage', kind), batch.data);
  const upserted = await conn.query(upsertFor(kind, batch, options));
  await conn.query('truncate import_stage');
  return upserted.rowCount ?? 0;
}

/** Writes the session's batches as they come (the session parses the next one meanwhile). Returns the rows written. */
export async function writeBatches(conn: pg.ClientBase, kind: ImportKind, batches: AsyncIterable<ImportBatch>, options: WriteOptions): Promise<number> {
  let bypass = kind !== 'OMIE' && (await mayBypassForeignKeyTriggers(conn));
  // For the rest of this transaction, which runs nothing but the import's own statements.
  if (bypass) await conn.query("set local session_replication_role = 'replica'");
  const locked = new Set<string>();
  let written = 0;
  for await (const batch of batches) {
    if (bypass) {
      const newIds = batch.ranges.map((range) => range.id).filter((id) => !locked.has(id));
      for (const id of newIds) locked.add(id);
      // A supply point gone since the index was read: from here on the triggers check every
      // row and report it as they always did.
      if (!(await lockSupplyPoints(conn, newIds))) {
        bypass = false;
        await conn.query("set local session_replication_role = 'origin'");
      }
    }
    written += await writeBatch(conn, kind, batch, options);
  }
  return written;
}

/** The empty staging table writeBatch upserts through (a temp table, dropped at the transaction's end). */
export async function createImportStage(conn: pg.ClientBase, kind: ImportKind): Promise<void> {
  await conn.query(kind === 'OMIE' ? PRICE_STAGE : CURVE_STAGE);
}
