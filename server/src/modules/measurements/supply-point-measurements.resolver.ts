import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { Granularity } from './granularity.js';
import { MeasurementService } from './measurement.service.js';
import { MeasurementSeries } from './measurement.types.js';

/** `SupplyPoint.measurements`: the root was already found through the scoped EntityManager. */
@Resolver(() => SupplyPoint)
export class SupplyPointMeasurementsResolver {
  @FieldResolver(() => MeasurementSeries, { description: 'Measured consumption from `from` to `to` (local days, both inclusive).' })
  measurements(
    @Root() supplyPoint: SupplyPoint,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('granularity', () => Granularity) granularity: Granularity,
    @Ctx() { em }: Context,
  ): Promise<MeasurementSeries> {
    return new MeasurementService(em).series(supplyPoint, { from, to, granularity });
  }
}
