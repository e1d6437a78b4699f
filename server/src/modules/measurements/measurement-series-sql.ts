import { sqlArray } from '../../core/db/lean-sql.js';
import { Granularity } from '../../core/series/granularity.js';
import type { LocalRange } from '../../core/series/local-range.js';
import { bucketing, isoInstantSql, localTimeSql, supplyPointsRows } from '../../core/series/series-sql.js';

/**
 * The statement of a batch of measurement series: one CTE of the range's rows, then one json
 * column per part asked for (points, totals, the groups that decide tariff periods). Two sources
 * give the same answer: the raw intervals, and the daily rollup `measurement_day` (kept exact by
 * measurement's triggers) wherever its days suffice: DAY and MONTH points, totals, groups.
 * Decimals leave as text (JSON numbers would be floats); the 0.000 / 0.0000 literals give empty
 * sums the same scale as real ones.
 */

export type SeriesParts = { points: boolean; totals: boolean; periods: boolean };

/** The CTE a statement's columns read: raw intervals or rollup days. */
type Source = 'intervals' | 'days';

export type SeriesStatement = { sql: string; params: unknown[] } | null;

/** Whether the daily rollup answers this request: every part is a sum over whole local days. */
export function rollupAnswers(granularity: Granularity, parts: SeriesParts): boolean {
  return !parts.points || granularity === Granularity.DAY || granularity === Granularity.MONTH;
}

/** `measurement_day.hour_kwh` summed slot by slot (slot h + 1 is local hour h): 24 sums, not 8,760 unnested hours. */
const HOUR_SLOT_SUMS = `array[${Array.from({ length: 24 }, (_, hour) => `sum(hour_kwh[${hour + 1}])`).join(', ')}]`;

/** The share of estimated kWh: the same expression on both sources, so the same rounding. */
const estimatedShare = (estimated: string, total: string) => `coalesce(round(${estimated} / nullif(${total}, 0), 4), 0.0000)::text`;

/**
 * From the raw intervals. Local time is computed once per row (only when something reads it),
 * day and month buckets are converted back once per bucket, `date_part` is a float.
 */
export function rawSeriesStatement(ids: readonly string[], range: LocalRange, granularity: Granularity, parts: SeriesParts, holidays: readonly string[]): SeriesStatement {
  const intervals = supplyPointsRows('measurement', ids, range);
  const buckets = bucketing(granularity, 'start', 'local');
  const columns: string[] = [];
  const params: unknown[] = [...intervals.params];
  if (parts.points) {
    columns.push(pointsColumn(buckets, `select supply_point_id, ${buckets.key} as bucket, sum(kwh) as kwh, bool_or(estimated) as estimated,
                             coalesce(sum(kwh) filter (where estimated), 0.000) as estimated_kwh, count(*)::int as intervals
                      from intervals group by 1, 2`));
  }
  if (parts.totals) {
    columns.push(totalsColumn('intervals', `coalesce(sum(kwh), 0.000)::text as total,
                       coalesce(sum(kwh) filter (where not estimated), 0.000)::text as "realKWh",
                       coalesce(sum(kwh) filter (where estimated), 0.000)::text as "estimatedKWh",
                       ${estimatedShare('sum(kwh) filter (where estimated)', 'sum(kwh)')} as "estimatedShare"`));
  }
  if (parts.periods) {
    columns.push(groupsColumn(`select supply_point_id as "supplyPointId", date_part('month', local)::int as month, date_part('hour', local)::int as hour,
                       (date_part('isodow', local) >= 6 or local::date = any(?::date[])) as "offDay", sum(kwh)::text as kwh
                from intervals group by 1, 2, 3, 4`));
    params.push(sqlArray(holidays));
  }
  // Local time only when something reads it (an HOUR series of points needs none).
  const local = parts.periods || (parts.points && buckets.readsLocal) ? `, ${localTimeSql('start')} as local` : '';
  return statement('intervals', `select supply_point_id, start${local}, kwh, estimated from ${intervals.sql}`, columns, params);
}

/**
 * From the daily rollup: at most one row per supply point and local day, whatever the interval
 * length. Points and groups come from the days' sums and their 24 local-hour sums.
 */
export function rollupSeriesStatement(ids: readonly string[], range: LocalRange, granularity: Granularity, parts: SeriesParts, holidays: readonly string[]): SeriesStatement {
  // `day::timestamp`: the local calendar as a timestamp without zone, as on the raw rows.
  const buckets = bucketing(granularity, 'day', 'day::timestamp');
  const columns: string[] = [];
  const params: unknown[] = [sqlArray(ids), range.from, range.to];
  if (parts.points) {
    columns.push(pointsColumn(buckets, `select supply_point_id, ${buckets.key} as bucket, sum(kwh) as kwh, sum(estimated_intervals) > 0 as estimated,
                             sum(estimated_kwh) as estimated_kwh, sum(intervals)::int as intervals
                      from days group by 1, 2`));
  }
  if (parts.totals) {
    columns.push(totalsColumn('days', `coalesce(sum(kwh), 0.000)::text as total,
                       coalesce(sum(kwh) - sum(estimated_kwh), 0.000)::text as "realKWh",
                       coalesce(sum(estimated_kwh), 0.000)::text as "estimatedKWh",
                       ${estimatedShare('sum(estimated_kwh)', 'sum(kwh)')} as "estimatedShare"`));
  }
  if (parts.periods) {
    // The days' 24 hour slots summed per (month, off day), then one group per hour that has kWh.
    columns.push(groupsColumn(`select supply_point_id as "supplyPointId", month, (h.slot - 1)::int as hour, "offDay", h.kwh::text as kwh
                from (select supply_point_id, date_part('month', day::timestamp)::int as month,
                             (date_part('isodow', day::timestamp) >= 6 or day = any(?::date[])) as "offDay", ${HOUR_SLOT_SUMS} as slots
                      from days group by 1, 2, 3) d
                cross join unnest(d.slots) with ordinality as h (kwh, slot) where h.kwh is not null`));
    params.push(sqlArray(holidays));
  }
  const hours = parts.periods ? ', hour_kwh' : '';
  return statement(
    'days',
    `select supply_point_id, day, kwh, estimated_kwh, intervals, estimated_intervals${hours}
     from measurement_day where supply_point_id = any(?::uuid[]) and day between ?::date and ?::date`,
    columns,
    params,
  );
}


function pointsColumn(buckets: ReturnType<typeof bucketing>, grouped: string): string {
  return `(select coalesce(json_agg(json_build_object('supplyPointId', supply_point_id, 'start', ${isoInstantSql(buckets.start('bucket'))},
                       'kWh', kwh::text, 'estimated', estimated, 'estimatedKWh', estimated_kwh::text, 'intervals', intervals) order by supply_point_id, bucket), '[]')
                from (${grouped}) b) as points`;
}

function totalsColumn(source: Source, sums: string): string {
  return `(select coalesce(json_agg(t), '[]') from (select supply_point_id as "supplyPointId", ${sums} from ${source} group by 1) t) as totals`;
}

function groupsColumn(grouped: string): string {
  return `(select coalesce(json_agg(g), '[]') from (${grouped}) g) as groups`;
}

/** Null when nothing is asked for. The CTE is read once for several parts; a single part lets PostgreSQL inline it. */
function statement(name: Source, rows: string, columns: string[], params: unknown[]): SeriesStatement {
  if (columns.length === 0) return null;
  return { sql: `with ${name} as ${columns.length > 1 ? 'materialized ' : ''}(${rows})\n select ${columns.join(',\n')}`, params };
}
