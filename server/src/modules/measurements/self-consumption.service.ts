import { executeOnReplica } from '../../core/db/read-routing.js';
import { checkSeriesRequest, type SeriesRequest } from '../../core/series/local-range.js';
import { bucketing, isoInstantSql, localTimeSql, supplyPointRows } from '../../core/series/series-sql.js';
import { SupplyPointSeriesService, type SupplyPointRef } from '../supply-points/index.js';
import type { SelfConsumptionPoint, SelfConsumptionSeries, SelfConsumptionTotal } from './self-consumption.types.js';

/** What an interval consumed: bought from the grid plus self-consumed. */
const CONSUMED = 'kwh + coalesce(self_consumed_kwh, 0)';

/**
 * The flows of a group of intervals as JSON fields, decimals as text. A null solar column (a
 * curve without it) counts as 0 there, and `solarIntervals` tells "no solar data" from "zero".
 * The self-consumption share counts only intervals that know their generation (e-distribución
 * files give self-consumed without generated: counted, they would push the share over 100 %).
 * The 0.000 literals give empty sums the scale of real ones.
 */
const FLOWS = `'importedKWh', sum(kwh)::text,
  'exportedKWh', coalesce(sum(surplus_kwh), 0.000)::text,
  'generatedKWh', coalesce(sum(generated_kwh), 0.000)::text,
  'selfConsumedKWh', coalesce(sum(self_consumed_kwh), 0.000)::text,
  'selfSufficiency', round(sum(self_consumed_kwh) / nullif(sum(kwh) + coalesce(sum(self_consumed_kwh), 0), 0), 4)::text,
  'selfConsumptionShare', round(sum(self_consumed_kwh) filter (where generated_kwh is not null) / nullif(sum(generated_kwh), 0), 4)::text,
  'estimatedKWh', coalesce(sum(${CONSUMED}) filter (where estimated), 0.000)::text,
  'estimatedShare', coalesce(round(sum(${CONSUMED}) filter (where estimated) / nullif(sum(${CONSUMED}), 0), 4), 0.0000)::text,
  'intervals', count(*)::int,
  'solarIntervals', count(*) filter (where surplus_kwh is not null or generated_kwh is not null or self_consumed_kwh is not null)::int`;

/** Self-consumption of a CUPS (imported, exported, generated, self-consumed), aggregated in SQL like measurements. */
export class SelfConsumptionService extends SupplyPointSeriesService<SelfConsumptionSeries> {
  /** One statement: the range's intervals read once, then bucketed and totalled. */
  async series(supplyPoint: SupplyPointRef, request: SeriesRequest): Promise<SelfConsumptionSeries> {
    const range = checkSeriesRequest(request);
    const intervals = supplyPointRows('measurement', supplyPoint.id, range);
    const buckets = bucketing(request.granularity, 'start', 'local');
    const local = buckets.readsLocal ? `, ${localTimeSql('start')} as local` : '';
    const [row] = await executeOnReplica<{ points: PointRow[]; total: SelfConsumptionTotal | null }[]>(
      this.em,
      `with intervals as materialized (select start${local}, kwh, estimated, surplus_kwh, generated_kwh, self_consumed_kwh from ${intervals.sql})
       select (select coalesce(json_agg(b.point order by b.bucket), '[]') from (
                 select ${buckets.key} as bucket,
                        json_build_object('start', ${isoInstantSql(buckets.start(buckets.key))}, 'estimated', bool_or(estimated), ${FLOWS}) as point
                 from intervals group by 1) b) as points,
              (select json_build_object(${FLOWS}) from intervals having count(*) > 0) as total`,
      intervals.params,
    );
    return {
      cups: supplyPoint.cups,
      ...range,
      granularity: request.granularity,
      points: row!.points.map(({ start, ...point }) => ({ ...point, start: new Date(start) })),
      total: row!.total ?? EMPTY_TOTAL,
    };
  }
}

type PointRow = Omit<SelfConsumptionPoint, 'start'> & { start: string };

/** The total of a range without intervals. */
const EMPTY_TOTAL: SelfConsumptionTotal = {
  importedKWh: '0.000',
  exportedKWh: '0.000',
  generatedKWh: '0.000',
  selfConsumedKWh: '0.000',
  selfSufficiency: null,
  selfConsumptionShare: null,
  intervals: 0,
  estimatedKWh: '0.000',
  estimatedShare: '0.0000',
  solarIntervals: 0,
};
