import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { Granularity } from '../../core/series/granularity.js';
import { batchedSeries } from './measurement.loader.js';
import { selectedSeriesParts } from './measurement.resolver.js';
import { MeasurementSeries } from './measurement.types.js';

/**
 * `SupplyPoint.measurements`: the root was already found through the scoped EntityManager. Batched
 * per request and range (measurement.loader.ts), so a list of supply points costs one statement per range.
 */
@Resolver(() => SupplyPoint)
export class SupplyPointMeasurementsResolver {
  @FieldResolver(() => MeasurementSeries, { description: 'Measured consumption from `from` to `to` (local days, both inclusive).' })
  measurements(
    @Root() supplyPoint: SupplyPoint,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('granularity', () => Granularity) granularity: Granularity,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MeasurementSeries> {
    return batchedSeries(ctx, supplyPoint, { from, to, granularity }, selectedSeriesParts(info));
  }
}
