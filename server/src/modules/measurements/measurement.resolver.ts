import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { Granularity } from './granularity.js';
import { MeasurementService } from './measurement.service.js';
import { MeasurementSeries } from './measurement.types.js';

@Resolver()
export class MeasurementResolver {
  @Query(() => MeasurementSeries, {
    description: 'Measured consumption of a CUPS from `from` to `to` (local days, both inclusive), with totals per tariff period.',
  })
  measurements(
    @Arg('cups', () => String) cups: string,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('granularity', () => Granularity) granularity: Granularity,
    @Ctx() { em }: Context,
  ): Promise<MeasurementSeries> {
    return new MeasurementService(em).seriesForCups(cups, { from, to, granularity });
  }
}
