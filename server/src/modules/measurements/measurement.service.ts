import type { EntityManager } from '@mikro-orm/postgresql';
import { ACCESS_TARIFFS, nationalHolidays, periodsOf, tariffPeriodAt, type AccessTariff } from '@portal/shared';
import { sumDecimals } from '../../core/decimal.js';
import type { Granularity } from './granularity.js';
import { checkSeriesRequest, yearsOf, type LocalRange, type SeriesRequest } from './local-range.js';
import type { MeasurementPoint, MeasurementSeries, PeriodTotal } from './measurement.types.js';
import { bucketStartSql, isoInstantSql, localTimeSql, supplyPointRows, type SqlFragment } from './series-sql.js';
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
    const range = checkSeriesRequest(request);
    const intervals = supplyPointRows('measurement', supplyPoint.id, range);
    const [points, totals, totalsByPeriod] = await Promise.all([
      this.points(intervals, request.granularity),
      this.totals(intervals),
      this.totalsByPeriod(intervals, supplyPoint.accessTariff, range),
    ]);
    const { cups, accessTariff } = supplyPoint;
    return { cups, accessTariff, ...range, granularity: request.granularity, points, ...totals, totalsByPeriod };
  }

  private async points(intervals: SqlFragment, granularity: Granularity): Promise<MeasurementPoint[]> {
    const rows = await this.em.execute<(Omit<MeasurementPoint, 'start'> & { start: string })[]>(
      `select ${isoInstantSql('bucket')} as start, sum(kwh) as "kWh", bool_or(estimated) as estimated, count(*)::int as intervals
       from (select ${bucketStartSql(granularity, 'start')} as bucket, kwh, estimated from ${intervals.sql}) intervals
       group by bucket order by bucket`,
      intervals.params,
    );
    return rows.map((row) => ({ ...row, start: new Date(row.start) }));
  }

  private async totals(intervals: SqlFragment): Promise<Totals> {
    // The 0.000 / 0.0000 literals give empty ranges the same scale as real sums.
    const [row] = await this.em.execute<Totals[]>(
      `select coalesce(sum(kwh), 0.000) as total,
              coalesce(sum(kwh) filter (where not estimated), 0.000) as "realKWh",
              coalesce(sum(kwh) filter (where estimated), 0.000) as "estimatedKWh",
              coalesce(round(sum(kwh) filter (where estimated) / nullif(sum(kwh), 0), 4), 0.0000) as "estimatedShare"
       from ${intervals.sql}`,
      intervals.params,
    );
    return row!;
  }

  /**
   * SQL groups the intervals by what decides a tariff period (local month, local hour, off day):
   * at most 13 × 24 × 2 groups, which shared's tariffPeriodAt maps, so the rules live only there.
   */
  private async totalsByPeriod(intervals: SqlFragment, accessTariff: string, range: LocalRange): Promise<PeriodTotal[]> {
    // A tariff the rules do not know has no periods to report (rather than guessed ones).
    if (!isAccessTariff(accessTariff)) return [];
    const holidays = `{${yearsOf(range).flatMap(nationalHolidays).join(',')}}`;
    const groups = await this.em.execute<{ month: number; hour: number; offDay: boolean; kwh: string }[]>(
      `select extract(month from local)::int as month, extract(hour from local)::int as hour,
              (extract(isodow from local) in (6, 7) or local::date = any(?::date[])) as "offDay", sum(kwh) as kwh
       from (select ${localTimeSql('start')} as local, kwh from ${intervals.sql}) intervals
       group by 1, 2, 3`,
      [holidays, ...intervals.params],
    );
    const periods = periodsOf(accessTariff);
    const sums = new Map(periods.map((period) => [period, [] as string[]]));
    for (const group of groups) sums.get(tariffPeriodAt(accessTariff, group))?.push(group.kwh);
    return periods.map((period) => ({ period, kWh: sumDecimals(sums.get(period)!, 3) }));
  }
}

function isAccessTariff(value: string): value is AccessTariff {
  return (ACCESS_TARIFFS as readonly string[]).includes(value);
}
