import { Migration } from '@mikro-orm/migrations';
import { SCOPED_TABLES } from './Migration20261208040100_row_level_security.js';

/**
 * Issue 15, item 3: a daily rollup of `measurement` per (supply point, Europe/Madrid local day),
 * so a year by day or month reads 365 rows instead of 8,760–35,040 (bench README, "Series layout").
 *
 * It is derived data kept exact by PostgreSQL itself, in the writer's transaction: statement
 * triggers (with transition tables, so set-based, once per statement) recompute from the raw rows
 * every local day between the first and last interval a statement touched, per supply point. So
 * imports (COPY and upserts), corrections, deletions, the demo seed and SQL written by hand all
 * keep it exact with no code of their own. The triggers are ENABLE ALWAYS: imports run with
 * session_replication_role = replica (import-writer.ts), which would otherwise skip them.
 */

const ZONE = `'Europe/Madrid'`;

const TABLE = `create table "measurement_day" (
  "supply_point_id" uuid not null,
  "day" date not null,
  "kwh" numeric not null,
  "estimated_kwh" numeric not null,
  "intervals" int not null,
  "estimated_intervals" int not null,
  "hours" smallint[] not null,
  "hour_kwh" numeric[] not null,
  "surplus_kwh" numeric,
  "surplus_intervals" int not null,
  "generated_kwh" numeric,
  "generated_intervals" int not null,
  "self_consumed_kwh" numeric,
  "self_consumed_intervals" int not null,
  constraint "measurement_day_pkey" primary key ("supply_point_id", "day"),
  constraint "measurement_day_supply_point_id_foreign" foreign key ("supply_point_id") references "supply_point" ("id") on update cascade on delete cascade
)`;

export const MEASUREMENT_DAY_COMMENT_V1 = `comment on table "measurement_day" is 'Derived from measurement by its triggers (measurement_day_recompute): one row per supply point and local (Europe/Madrid) day with intervals. hours/hour_kwh: the local hours present and their kWh (a 25-hour day sums both 02:00 into hour 2). *_intervals count the known (non-null) values.'`;

// Per supply point, the local days from the first to the last instant given are rebuilt from the
// raw rows (days left without rows disappear). Writers of the same supply point take turns (an
// advisory lock held to commit, in id order), and each statement below then reads what an earlier
// holder committed: two concurrent writers cannot leave a day missing the other's rows.
/** The first version of the recompute function (hours and hour_kwh as two arrays of present hours); 20261209000100 replaced it. */
export const MEASUREMENT_DAY_RECOMPUTE_V1 = `create function measurement_day_recompute(ids uuid[], firsts timestamptz[], lasts timestamptz[]) returns void
language plpgsql as $$
begin
  perform pg_advisory_xact_lock(hashtextextended('measurement_day:' || id::text, 0))
  from (select distinct id from unnest(ids) as id order by id) s;

  delete from measurement_day d
  using (select id, min(first) as first, max(last) as last from unnest(ids, firsts, lasts) as r (id, first, last) group by id) t
  where d.supply_point_id = t.id and d.day between (t.first at time zone ${ZONE})::date and (t.last at time zone ${ZONE})::date;

  insert into measurement_day (supply_point_id, day, kwh, estimated_kwh, intervals, estimated_intervals, hours, hour_kwh,
    surplus_kwh, surplus_intervals, generated_kwh, generated_intervals, self_consumed_kwh, self_consumed_intervals)
  with touched as (
    select id, (min(first) at time zone ${ZONE})::date as first_day, (max(last) at time zone ${ZONE})::date as last_day
    from unnest(ids, firsts, lasts) as r (id, first, last) group by id
  ), hours as (
    select m.supply_point_id, x.l::date as day, date_part('hour', x.l)::smallint as hour,
           sum(m.kwh) as kwh, coalesce(sum(m.kwh) filter (where m.estimated), 0.000) as estimated_kwh,
           count(*) as intervals, count(*) filter (where m.estimated) as estimated_intervals,
           sum(m.surplus_kwh) as surplus_kwh, count(m.surplus_kwh) as surplus_intervals,
           sum(m.generated_kwh) as generated_kwh, count(m.generated_kwh) as generated_intervals,
           sum(m.self_consumed_kwh) as self_consumed_kwh, count(m.self_consumed_kwh) as self_consumed_intervals
    from touched t
    join measurement m on m.supply_point_id = t.id
     and m.start >= t.first_day::timestamp at time zone ${ZONE} and m.start < (t.last_day + 1)::timestamp at time zone ${ZONE}
    cross join lateral (select m.start at time zone ${ZONE} as l) x
    group by 1, 2, 3
  )
  select supply_point_id, day, sum(kwh), sum(estimated_kwh), sum(intervals)::int, sum(estimated_intervals)::int,
         array_agg(hour order by hour), array_agg(kwh order by hour),
         sum(surplus_kwh), sum(surplus_intervals)::int, sum(generated_kwh), sum(generated_intervals)::int,
         sum(self_consumed_kwh), sum(self_consumed_intervals)::int
  from hours group by 1, 2;
end $$`;

/** The trigger function: the touched instants per supply point, from the statement's transition tables. */
const CHANGED = `create function measurement_day_changed() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then
    delete from measurement_day;
  elsif tg_op = 'INSERT' then
    perform measurement_day_recompute(array_agg(id), array_agg(first), array_agg(last))
    from (select supply_point_id as id, min(start) as first, max(start) as last from new_rows group by 1) r;
  elsif tg_op = 'UPDATE' then
    perform measurement_day_recompute(array_agg(id), array_agg(first), array_agg(last))
    from (select supply_point_id as id, min(start) as first, max(start) as last
          from (select supply_point_id, start from old_rows union all select supply_point_id, start from new_rows) u group by 1) r;
  else
    perform measurement_day_recompute(array_agg(id), array_agg(first), array_agg(last))
    from (select supply_point_id as id, min(start) as first, max(start) as last from old_rows group by 1) r;
  end if;
  return null;
end $$`;

// Transition tables allow one event per trigger.
const TRIGGERS = [
  `create trigger measurement_day_insert after insert on measurement referencing new table as new_rows for each statement execute function measurement_day_changed()`,
  `create trigger measurement_day_update after update on measurement referencing old table as old_rows new table as new_rows for each statement execute function measurement_day_changed()`,
  `create trigger measurement_day_delete after delete on measurement referencing old table as old_rows for each statement execute function measurement_day_changed()`,
  `create trigger measurement_day_truncate after truncate on measurement for each statement execute function measurement_day_changed()`,
];

/** The triggers' names, e.g. to disable them for a bulk load followed by the back-fill. */
export const MEASUREMENT_DAY_TRIGGERS = ['measurement_day_insert', 'measurement_day_update', 'measurement_day_delete', 'measurement_day_truncate'];

/** Rebuilds the whole rollup from the raw rows (the migration's back-fill; bench:data after its load). */
export const MEASUREMENT_DAY_BACKFILL = `select measurement_day_recompute(array_agg(id), array_agg(first), array_agg(last))
  from (select supply_point_id as id, min(start) as first, max(start) as last from measurement group by 1) r`;

export class Migration20261208040400MeasurementDay extends Migration {
  override async up(): Promise<void> {
    this.addSql(TABLE);
    this.addSql(MEASUREMENT_DAY_COMMENT_V1);
    this.addSql(MEASUREMENT_DAY_RECOMPUTE_V1);
    this.addSql(CHANGED);
    for (const trigger of TRIGGERS) this.addSql(trigger);
    for (const name of MEASUREMENT_DAY_TRIGGERS) this.addSql(`alter table measurement enable always trigger ${name}`);
    this.addSql(MEASUREMENT_DAY_BACKFILL);
    // Customer rows: the viewer role sees the days of its supply points only, as on `measurement`.
    this.addSql(`alter table "measurement_day" enable row level security`);
    this.addSql(`create policy viewer_scope on "measurement_day" for all to portal_viewer using (${SCOPED_TABLES.measurement}) with check (${SCOPED_TABLES.measurement})`);
  }

  override async down(): Promise<void> {
    for (const name of MEASUREMENT_DAY_TRIGGERS) this.addSql(`drop trigger ${name} on measurement`);
    this.addSql('drop function measurement_day_changed()');
    this.addSql('drop function measurement_day_recompute(uuid[], timestamptz[], timestamptz[])');
    this.addSql('drop table "measurement_day"');
  }
}
