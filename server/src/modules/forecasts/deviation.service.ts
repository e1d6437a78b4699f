import { executeOnReplica } from '../../core/db/read-routing.js';
import { Granularity } from '../../core/series/granularity.js';
import { checkSeriesRequest, type LocalRange, type SeriesRequest } from '../../core/series/local-range.js';
import { bucketing, isoInstantSql, supplyPointRows, type SqlFragment } from '../../core/series/series-sql.js';
import { SupplyPointSeriesService, type SupplyPointRef } from '../supply-points/index.js';
import type { DeviationPoint, DeviationSeries, DeviationSummary } from './deviation.types.js';

type DeviationRow = Omit<DeviationPoint, 'start'> & { start: string };

/** 100 × deviation / forecast with 2 decimals; null rather than a division by zero. */
const percentSql = (deviation: string, forecast: string): string => `round(100 * ${deviation} / nullif(${forecast}, 0), 2)`;

/** Measurement minus forecast ("desvío"), paired and aggregated in SQL. */
export class DeviationService extends SupplyPointSeriesService<DeviationSeries> {
  /**
   * One statement: the paired hours are computed once (a materialized CTE) and read three ways:
   * the buckets, the summary and the five worst hours. Decimals leave as text (JSON numbers
   * would be floats).
   */
  async series(supplyPoint: SupplyPointRef, request: SeriesRequest): Promise<DeviationSeries> {
    const range = checkSeriesRequest(request);
    const paired = pairedHours(supplyPoint.id, range);
    const buckets = bucketing(request.granularity, 'start');
    const point = (start: string, measured: string, forecast: string, deviation: string) =>
      `json_build_object('start', ${isoInstantSql(start)}, 'measuredKWh', ${measured}::text, 'forecastKWh', ${forecast}::text,
         'deviationKWh', ${deviation}::text, 'deviationPercent', ${percentSql(deviation, forecast)}::text)`;
    const [row] = await executeOnReplica<{ points: DeviationRow[]; summary: Omit<DeviationSummary, 'worstIntervals'>; worst: DeviationRow[] }[]>(
      this.em,
      `${paired.sql}
       select
         (select coalesce(json_agg(${point(buckets.start('bucket'), 'measured', 'forecast', 'deviation')} order by bucket), '[]')
            from (select bucket, sum(measured) as measured, sum(forecast) as forecast, sum(deviation) as deviation
                  from (select ${buckets.key} as bucket, measured, forecast, deviation from paired) hours
                  group by bucket) buckets) as points,
         (select json_build_object(
                   'measuredKWh', coalesce(sum(measured), 0.000)::text, 'forecastKWh', coalesce(sum(forecast), 0.000)::text,
                   'deviationKWh', coalesce(sum(deviation), 0.000)::text, 'absoluteDeviationKWh', coalesce(sum(abs(deviation)), 0.000)::text,
                   'deviationPercent', ${percentSql('sum(deviation)', 'sum(forecast)')}::text)
            from paired) as summary,
         (select coalesce(json_agg(${point('start', 'measured', 'forecast', 'deviation')} order by abs(deviation) desc, start), '[]')
            from (select * from paired order by abs(deviation) desc, start limit 5) worst) as worst`,
      paired.params,
    );
    return {
      cups: supplyPoint.cups,
      ...range,
      granularity: request.granularity,
      points: row!.points.map(toPoint),
      summary: { ...row!.summary, worstIntervals: row!.worst.map(toPoint) },
    };
  }
}

/**
 * A `paired(start, measured, forecast, deviation)` CTE: one row per hour that has both a
 * measurement and a forecast. Both sides are summed per hour first, so quarter-hour readings
 * compare with an hourly forecast (a deviation is defined per hour); hourly rows pass unchanged.
 */
function pairedHours(supplyPointId: string, range: LocalRange): SqlFragment {
  const measured = supplyPointRows('measurement', supplyPointId, range);
  const forecast = supplyPointRows('forecast', supplyPointId, range);
  const hour = bucketing(Granularity.HOUR, 'start').key;
  return {
    sql: `with measured as (select ${hour} as start, sum(kwh) as kwh from ${measured.sql} group by 1),
          forecasted as (select ${hour} as start, sum(kwh) as kwh from ${forecast.sql} group by 1),
          paired as materialized (
            select start, measured.kwh as measured, forecasted.kwh as forecast, measured.kwh - forecasted.kwh as deviation
            from measured join forecasted using (start)
          )`,
    params: [...measured.params, ...forecast.params],
  };
}

function toPoint(row: DeviationRow): DeviationPoint {
  return { ...row, start: new Date(row.start) };
}
