import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { CupsSeriesArgs } from '../../core/graphql/cups-series-args.js';
import { ForecastService } from './forecast.service.js';
import { ForecastSeries } from './forecast.types.js';

@Resolver()
export class ForecastResolver {
  @Query(() => ForecastSeries, { description: 'Forecast consumption of a CUPS from `from` to `to` (local days, both inclusive).' })
  forecasts(
    @Args(() => CupsSeriesArgs) { cups, ...request }: CupsSeriesArgs,
    @Ctx() { em }: Context,
  ): Promise<ForecastSeries> {
    return new ForecastService(em).seriesForCups(cups, request);
  }
}
