import type { EntityManager } from '@mikro-orm/postgresql';
import { ACCESS_TARIFFS, nationalHolidays, periodsOf, tariffPeriodAt, type AccessTariff } from '@portal/shared';
import { sumDecimals } from '../../core/decimal.js';
import type { Granularity } from './granularity.js';
import { checkSeriesRequest, yearsOf, type LocalRange, type SeriesRequest } from './local-range.js';
import type { MeasurementPoint, MeasurementSeries, PeriodTotal } from './measurement.types.js';
import { bucketStartSql, isoInstantSql, localTimeSql, supplyPointsRows } from './series-sql.js';
import { requireSupplyPoint, type SupplyPointRef } from './supply-point-by-cups.js';

type Totals = Pick<MeasurementSeries, 'total' | 'realKWh' | 'estimatedKWh' | 'estimatedShare'>;

/** Measured consumption, aggregated in SQL: the table holds years × CUPS × 8,760–35,040 rows. */
export class MeasurementService {
  constructor(private readonly em: EntityManager) {}

  async seriesForCups(cups: string, request: SeriesRequest): Promise<MeasurementSeries> {
    checkSeriesRequest(request); // before the lookup, so a bad range never costs a query
    return this.series(await requireSupplyPoint(this.em, cups), request);
  }

  async series(supplyPoint: SupplyPointRef, request: SeriesRequest): Promise<MeasurementSeries> {
    const [series] = await this.seriesOfMany([supplyPoint], request);
    return series!;
  }

  /**
   * The series of several supply points over one request, in their order: three statements in
   * all, whatever their number (SupplyPoint.measurements batches its roots through this).
   */
  async seriesOfMany(supplyPoints: readonly SupplyPointRef[], request: SeriesRequest): Promise<MeasurementSeries[]> {
    const range = checkSeriesRequest(request);
    if (supplyPoints.length === 0) return [];
    const ids = [...new Set(supplyPoints.map((supplyPoint) => supplyPoint.id))];
    const [points, totals, totalsByPeriod] = await Promise.all([
      this.points(ids, range, request.granularity),
      this.totals(ids, range),
      this.totalsByPeriod(supplyPoints, range),
    ]);
    return supplyPoints.map(({ id, cups, accessTariff }) => ({
      cups,
      accessTariff,
      ...range,
      granularity: request.granularity,
      points: points.get(id) ?? [],
      ...(totals.get(id) ?? EMPTY_TOTALS),
      totalsByPeriod: totalsByPeriod.get(id) ?? [],
    }));
  }

  private async points(ids: string[], range: LocalRange, granularity: Granularity): Promise<Map<string, MeasurementPoint[]>> {
    const intervals = supplyPointsRows('measurement', ids, range);
    const rows = await this.em.execute<(Omit<MeasurementPoint, 'start'> & { start: string; supplyPointId: string })[]>(
      `select supply_point_id as "supplyPointId", ${isoInstantSql('bucket')} as start, sum(kwh) as "kWh",
              bool_or(estimated) as estimated, count(*)::int as intervals
       from (select supply_point_id, ${bucketStartSql(granularity, 'start')} as bucket, kwh, estimated from ${intervals.sql}) intervals
       group by supply_point_id, bucket order by supply_point_id, bucket`,
      intervals.params,
    );
    return groupBySupplyPoint(rows, ({ supplyPointId, start, ...point }) => ({ ...point, start: new Date(start) }));
  }

  private async totals(ids: string[], range: LocalRange): Promise<Map<string, Totals>> {
    const intervals = supplyPointsRows('measurement', ids, range);
    // The 0.000 / 0.0000 literals give empty sums the same scale as real ones (and EMPTY_TOTALS).
    const rows = await this.em.execute<(Totals & { supplyPointId: string })[]>(
      `select supply_point_id as "supplyPointId",
              coalesce(sum(kwh), 0.000) as total,
              coalesce(sum(kwh) filter (where not estimated), 0.000) as "realKWh",
              coalesce(sum(kwh) filter (where estimated), 0.000) as "estimatedKWh",
              coalesce(round(sum(kwh) filter (where estimated) / nullif(sum(kwh), 0), 4), 0.0000) as "estimatedShare"
       from ${intervals.sql}
       group by supply_point_id`,
      intervals.params,
    );
    return new Map(rows.map(({ supplyPointId, ...totals }) => [supplyPointId, totals]));
  }

  /**
   * SQL groups the intervals by what decides a tariff period (local month, local hour, off day):
   * at most 13 × 24 × 2 groups per supply point, which shared's tariffPeriodAt maps, so the rules
   * live only there. Each supply point gets every period of its own access tariff.
   */
  private async totalsByPeriod(supplyPoints: readonly SupplyPointRef[], range: LocalRange): Promise<Map<string, PeriodTotal[]>> {
    // A tariff the rules do not know has no periods to report (rather than guessed ones).
    const tariffs = new Map<string, AccessTariff>();
    for (const { id, accessTariff } of supplyPoints) if (isAccessTariff(accessTariff)) tariffs.set(id, accessTariff);
    if (tariffs.size === 0) return new Map();
    const intervals = supplyPointsRows('measurement', [...tariffs.keys()], range);
    const holidays = `{${yearsOf(range).flatMap(nationalHolidays).join(',')}}`;
    const groups = await this.em.execute<{ supplyPointId: string; month: number; hour: number; offDay: boolean; kwh: string }[]>(
      `select supply_point_id as "supplyPointId", extract(month from local)::int as month, extract(hour from local)::int as hour,
              (extract(isodow from local) in (6, 7) or local::date = any(?::date[])) as "offDay", sum(kwh) as kwh
       from (select supply_point_id, ${localTimeSql('start')} as local, kwh from ${intervals.sql}) intervals
       group by 1, 2, 3, 4`,
      [holidays, ...intervals.params],
    );
    const groupsOf = groupBySupplyPoint(groups, (group) => group);
    const result = new Map<string, PeriodTotal[]>();
    for (const [id, accessTariff] of tariffs) {
      const periods = periodsOf(accessTariff);
      const sums = new Map(periods.map((period) => [period, [] as string[]]));
      for (const group of groupsOf.get(id) ?? []) sums.get(tariffPeriodAt(accessTariff, group))?.push(group.kwh);
      result.set(id, periods.map((period) => ({ period, kWh: sumDecimals(sums.get(period)!, 3) })));
    }
    return result;
  }
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
