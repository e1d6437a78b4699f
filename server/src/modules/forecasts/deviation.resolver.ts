import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { CupsSeriesArgs } from '../../core/graphql/cups-series-args.js';
import { DeviationService } from './deviation.service.js';
import { DeviationSeries } from './deviation.types.js';

@Resolver()
export class DeviationResolver {
  @Query(() => DeviationSeries, {
    description: 'Measured minus forecast consumption of a CUPS from `from` to `to` (local days, both inclusive), per hour that has both.',
  })
  deviations(
    @Args(() => CupsSeriesArgs) { cups, ...request }: CupsSeriesArgs,
    @Ctx() { em }: Context,
  ): Promise<DeviationSeries> {
    return new DeviationService(em).seriesForCups(cups, request);
  }
}
