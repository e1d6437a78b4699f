import { executeOnReplica } from '../../core/db/read-routing.js';
import { checkSeriesRequest, type SeriesRequest } from '../../core/series/local-range.js';
import { bucketing, isoInstantSql, supplyPointRows } from '../../core/series/series-sql.js';
import { SupplyPointSeriesService, type SupplyPointRef } from '../supply-points/index.js';
import type { ForecastPoint, ForecastSeries } from './forecast.types.js';

/** Expected consumption, read with the same buckets and ranges as measurements. */
export class ForecastService extends SupplyPointSeriesService<ForecastSeries> {
  async series(supplyPoint: SupplyPointRef, request: SeriesRequest): Promise<ForecastSeries> {
    const range = checkSeriesRequest(request);
    const intervals = supplyPointRows('forecast', supplyPoint.id, range);
    const buckets = bucketing(request.granularity, 'start');
    const [rows, [totals]] = await Promise.all([
      executeOnReplica<(Omit<ForecastPoint, 'start'> & { start: string })[]>(
        this.em,
        `select ${isoInstantSql(buckets.start('bucket'))} as start, sum(kwh) as "kWh"
         from (select ${buckets.key} as bucket, kwh from ${intervals.sql}) intervals
         group by bucket order by bucket`,
        intervals.params,
      ),
      executeOnReplica<{ total: string }[]>(this.em, `select coalesce(sum(kwh), 0.000) as total from ${intervals.sql}`, intervals.params),
    ]);
    const points = rows.map((row) => ({ ...row, start: new Date(row.start) }));
    return { cups: supplyPoint.cups, ...range, granularity: request.granularity, points, total: totals!.total };
  }
}
