import type { Context } from '../../core/context.js';
import type { SeriesRequest } from '../../core/series/local-range.js';
import { MeasurementService, type SeriesParts } from './measurement.service.js';
import type { MeasurementSeries } from './measurement.types.js';
import type { SupplyPointRef } from '../supply-points/index.js';

/** The supply points asking for one (from, to, granularity) until the batch runs, and its result. */
type Batch = { supplyPoints: SupplyPointRef[]; series: Promise<MeasurementSeries[]> };

// Per request (the context object), per request key: the batch still collecting supply points.
const batchesByContext = new WeakMap<Context, Map<string, Batch>>();

/**
 * A supply point's series, batched: every root that asks for the same range and granularity
 * before the next turn of the event loop (a list of supply points, each alias of the field)
 * (and parts) shares one MeasurementService.seriesOfMany, so one home query runs one statement
 * per range, not one per CUPS. The roots come from the scoped EntityManager; the SQL filters by their ids.
 */
export function batchedSeries(ctx: Context, supplyPoint: SupplyPointRef, request: SeriesRequest, parts: SeriesParts): Promise<MeasurementSeries> {
  let batches = batchesByContext.get(ctx);
  if (!batches) batchesByContext.set(ctx, (batches = new Map()));
  const key = `${request.from}|${request.to}|${request.granularity}|${+parts.points}${+parts.totals}${+parts.periods}`;
  let batch = batches.get(key);
  if (!batch) {
    const supplyPoints: SupplyPointRef[] = [];
    const open = batches;
    const series = new Promise<MeasurementSeries[]>((resolve) =>
      // setImmediate: after every resolver of this execution step, however deep its middleware's promises.
      setImmediate(() => {
        open.delete(key); // later askers (another step of the query) start a new batch
        resolve(new MeasurementService(ctx.em).seriesOfMany(supplyPoints, request, parts));
      }),
    );
    batches.set(key, (batch = { supplyPoints, series }));
  }
  const index = batch.supplyPoints.push(supplyPoint) - 1;
  return batch.series.then((all) => all[index]!);
}
