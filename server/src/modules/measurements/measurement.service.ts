import type { EntityManager } from '@mikro-orm/postgresql';
import { executeOnReplica } from '../../core/db/read-routing.js';
import { ACCESS_TARIFFS, nationalHolidays, periodsOf, sumDecimals, tariffPeriodAt, type AccessTariff } from '@portal/shared';
import { checkSeriesRequest, yearsOf, type SeriesRequest } from '../../core/series/local-range.js';
import type { MeasurementPoint, MeasurementSeries, PeriodTotal } from './measurement.types.js';
import { bucketing, isoInstantSql, localTimeSql, supplyPointsRows } from '../../core/series/series-sql.js';
import { seriesForCups, type SupplyPointRef } from '../supply-points/index.js';

type Totals = Pick<MeasurementSeries, 'total' | 'realKWh' | 'estimatedKWh' | 'estimatedShare'>;

/** Measured consumption, aggregated in SQL: the table holds years × CUPS × 8,760–35,040 rows. */
export class MeasurementService {
  constructor(private readonly em: EntityManager) {}

  async seriesForCups(cups: string, request: SeriesRequest, parts: SeriesParts = WHOLE_SERIES): Promise<MeasurementSeries> {
    return seriesForCups(this.em, cups, request, (supplyPoint) => this.series(supplyPoint, request, parts));
  }

  async series(supplyPoint: SupplyPointRef, request: SeriesRequest, parts: SeriesParts = WHOLE_SERIES): Promise<MeasurementSeries> {
    const [series] = await this.seriesOfMany([supplyPoint], request, parts);
    return series!;
  }

  /**
   * The series of several supply points over one request, in their order: one statement in all,
   * whatever their number (SupplyPoint.measurements batches its roots through this), computing
   * only the `parts` asked for (the home card reads a total, not a year of points). The range's
   * intervals are read once and aggregated each way asked for: the buckets, the totals, and the
   * groups that decide tariff periods. SQL groups the intervals by what decides a tariff period
   * (local month, local hour, off day): at most 13 × 24 × 2 groups per supply point, which
   * shared's tariffPeriodAt maps, so the rules live only there. Parts not asked for are empty.
   * The time-zone work is the cost (bench README, "Series layout"): local time is computed once
   * per row, day and month buckets are converted back once per bucket, `date_part` is a float.
   */
  async seriesOfMany(supplyPoints: readonly SupplyPointRef[], request: SeriesRequest, parts: SeriesParts = WHOLE_SERIES): Promise<MeasurementSeries[]> {
    const range = checkSeriesRequest(request);
    if (supplyPoints.length === 0) return [];
    const ids = [...new Set(supplyPoints.map((supplyPoint) => supplyPoint.id))];
    const intervals = supplyPointsRows('measurement', ids, range);
    const params: unknown[] = [...intervals.params];
    // Decimals leave as text (JSON numbers would be floats); the 0.000 / 0.0000 literals give
    // empty sums the same scale as real ones (and EMPTY_TOTALS).
    const columns: string[] = [];
    const buckets = bucketing(request.granularity, 'start', 'local');
    if (parts.points) {
      columns.push(`(select coalesce(json_agg(json_build_object('supplyPointId', supply_point_id, 'start', ${isoInstantSql(buckets.start('bucket'))},
                       'kWh', kwh::text, 'estimated', estimated, 'estimatedKWh', estimated_kwh::text, 'intervals', intervals) order by supply_point_id, bucket), '[]')
                from (select supply_point_id, ${buckets.key} as bucket, sum(kwh) as kwh, bool_or(estimated) as estimated,
                             coalesce(sum(kwh) filter (where estimated), 0.000) as estimated_kwh, count(*)::int as intervals
                      from intervals group by 1, 2) b) as points`);
    }
    if (parts.totals) {
      columns.push(`(select coalesce(json_agg(t), '[]') from (
                select supply_point_id as "supplyPointId",
                       coalesce(sum(kwh), 0.000)::text as total,
                       coalesce(sum(kwh) filter (where not estimated), 0.000)::text as "realKWh",
                       coalesce(sum(kwh) filter (where estimated), 0.000)::text as "estimatedKWh",
                       coalesce(round(sum(kwh) filter (where estimated) / nullif(sum(kwh), 0), 4), 0.0000)::text as "estimatedShare"
                from intervals group by 1) t) as totals`);
    }
    if (parts.periods) {
      columns.push(`(select coalesce(json_agg(g), '[]') from (
                select supply_point_id as "supplyPointId", date_part('month', local)::int as month, date_part('hour', local)::int as hour,
                       (date_part('isodow', local) >= 6 or local::date = any(?::date[])) as "offDay", sum(kwh)::text as kwh
                from intervals group by 1, 2, 3, 4) g) as groups`);
      params.push(`{${yearsOf(range).flatMap(nationalHolidays).join(',')}}`);
    }
    // Local time only when something reads it (an HOUR series of points needs none).
    const local = parts.periods || (parts.points && buckets.readsLocal) ? `, ${localTimeSql('start')} as local` : '';
    // Read once for several parts; a single part lets PostgreSQL inline the CTE.
    const [row] =
      columns.length === 0
        ? [{}]
        : await executeOnReplica<{ points?: PointRow[]; totals?: TotalsRow[]; groups?: GroupRow[] }[]>(
            this.em,
            `with intervals as ${columns.length > 1 ? 'materialized ' : ''}(select supply_point_id, start${local}, kwh, estimated from ${intervals.sql})
             select ${columns.join(',\n')}`,
            params,
          );
    const points = groupBySupplyPoint(row!.points ?? [], ({ supplyPointId, start, ...point }) => ({ ...point, start: new Date(start) }));
    const totals = new Map((row!.totals ?? []).map(({ supplyPointId, ...sums }) => [supplyPointId, sums]));
    const groups = groupBySupplyPoint(row!.groups ?? [], (group) => group);
    return supplyPoints.map(({ id, cups, accessTariff }) => ({
      cups,
      accessTariff,
      ...range,
      granularity: request.granularity,
      points: points.get(id) ?? [],
      ...(totals.get(id) ?? EMPTY_TOTALS),
      totalsByPeriod: parts.periods ? periodTotals(accessTariff, groups.get(id) ?? []) : [],
    }));
  }
}

/** What a series computes: its buckets, its totals, its totals per tariff period. */
export type SeriesParts = { points: boolean; totals: boolean; periods: boolean };

export const WHOLE_SERIES: SeriesParts = { points: true, totals: true, periods: true };

type PointRow = Omit<MeasurementPoint, 'start'> & { start: string; supplyPointId: string };
type TotalsRow = Totals & { supplyPointId: string };
type GroupRow = { supplyPointId: string; month: number; hour: number; offDay: boolean; kwh: string };

/** Every period of the tariff, zero when empty; a tariff the rules do not know has none (rather than guessed ones). */
function periodTotals(accessTariff: string, groups: readonly GroupRow[]): PeriodTotal[] {
  if (!isAccessTariff(accessTariff)) return [];
  const periods = periodsOf(accessTariff);
  const sums = new Map(periods.map((period) => [period, [] as string[]]));
  for (const group of groups) sums.get(tariffPeriodAt(accessTariff, group))?.push(group.kwh);
  return periods.map((period) => ({ period, kWh: sumDecimals(sums.get(period)!, 3) }));
}

/** What `totals` answers for a supply point without intervals in the range. */
const EMPTY_TOTALS: Totals = { total: '0.000', realKWh: '0.000', estimatedKWh: '0.000', estimatedShare: '0.0000' };

/** Rows of several supply points, per supply point, in their order. */
function groupBySupplyPoint<Row extends { supplyPointId: string }, T>(rows: Row[], map: (row: Row) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    let group = groups.get(row.supplyPointId);
    if (!group) groups.set(row.supplyPointId, (group = []));
    group.push(map(row));
  }
  return groups;
}

function isAccessTariff(value: string): value is AccessTariff {
  return (ACCESS_TARIFFS as readonly string[]).includes(value);
}
