import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { DateScalar } from '../../core/graphql/scalars.js';
import { Granularity } from '../../core/series/granularity.js';
import { ForecastService } from './forecast.service.js';
import { ForecastSeries } from './forecast.types.js';

@Resolver()
export class ForecastResolver {
  @Query(() => ForecastSeries, { description: 'Forecast consumption of a CUPS from `from` to `to` (local days, both inclusive).' })
  forecasts(
    @Arg('cups', () => String) cups: string,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('granularity', () => Granularity) granularity: Granularity,
    @Ctx() { em }: Context,
  ): Promise<ForecastSeries> {
    return new ForecastService(em).seriesForCups(cups, { from, to, granularity });
  }
}
